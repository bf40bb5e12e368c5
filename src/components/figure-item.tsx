import type { Figure } from "../data-source/versions";
import type { SourcedRecord } from "../lib/provenance";
import { FigureValue } from "./figure-value";
import { SourceRefs } from "./source-ref";

/** One sourced figure in a list: "What (period): value — sources", the value opening its provenance. */
export function FigureItem<T extends SourcedRecord>({ label, figure }: { label: string; figure: Figure<T> }) {
  return (
    <li>
      {label}: <FigureValue figure={figure} />{" "}
      <span className="text-xs">
        — <SourceRefs ids={figure.primary.sourceIds} />
      </span>
    </li>
  );
}
