import { DerivedValue } from "../../components/figure-value";
import { growthFigure } from "./investment.growth";
import type { LikeForLike } from "./investment.transform";

/** Like-for-like changes of the flows in the selected year, each opening both flows it rests on. */
export function GrowthList({ growth }: { growth: readonly LikeForLike[] }) {
  if (growth.length === 0) return null;
  return (
    <ul className="text-sm">
      {growth.map((g) => (
        <GrowthItem key={`${g.direction}-${g.current.key}`} growth={g} />
      ))}
    </ul>
  );
}

function GrowthItem({ growth }: { growth: LikeForLike }) {
  const figure = growthFigure(growth);
  return (
    <li>
      {figure.intro}{" "}
      <DerivedValue label={figure.label} value={figure.value} formula={figure.formula} inputs={figure.inputs} />
    </li>
  );
}
