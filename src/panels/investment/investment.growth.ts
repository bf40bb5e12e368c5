/** Pure shaping of a like-for-like flow change into what its derived figure shows and opens. */
import type { DerivedInput } from "../../components/provenance-details";
import type { InvestmentRecord } from "../../data-source/schema";
import { formatChange, formatPeriod, formatStated } from "../../lib/format";
import { t } from "../../lib/messages";
import { derivedInputs } from "../../lib/provenance";
import { directionLabel } from "./investment.chart-rows";
import type { LikeForLike } from "./investment.transform";

export interface GrowthFigureModel {
  /** Words before the figure: "U.S. → Azerbaijan, change on 2023 (derived):". */
  intro: string;
  /** What the figure is: "Change in flow U.S. → Azerbaijan, 2024". */
  label: string;
  /** The change, formatted: "-12.9%". */
  value: string;
  formula: string;
  /** The current then the previous flow, each with its label. */
  inputs: (DerivedInput & { record: InvestmentRecord })[];
}

/** Like-for-like change of a flow (this period on the same period a year earlier), opening both flows. */
export function growthFigure(growth: LikeForLike): GrowthFigureModel {
  const field = growth.direction === "us_to_az" ? "usToAz" : "azToUs";
  const direction = directionLabel(growth.direction);
  const records = [growth.current, growth.previous]
    .map((p) => p[field]?.primary)
    .filter((r): r is InvestmentRecord => r !== undefined);
  const inputs = derivedInputs({ fromIds: growth.fromIds }, records).map((record) => ({
    label: `${direction}, ${formatPeriod(record.periodStart, record.periodEnd)}`,
    record,
  }));
  const [current, previous] = inputs;
  const value = formatChange(growth.change);
  return {
    intro: t("fdi.growthLabel", { direction, period: formatPeriod(growth.previous.start, growth.previous.end) }),
    label: t("fdi.growthName", { direction, period: formatPeriod(growth.current.start, growth.current.end) }),
    value,
    formula: t("prov.formula.growth", {
      current: current ? formatStated(current.record) : "?",
      previous: previous ? formatStated(previous.record) : "?",
      result: value,
    }),
    inputs,
  };
}
