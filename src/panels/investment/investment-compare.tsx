import { FigureValue } from "../../components/figure-value";
import { CompareBlock, ComparisonItem } from "../../components/year-change";
import { t } from "../../lib/messages";
import { directionLabel } from "./investment.chart-rows";
import { compareInvestment } from "./investment.compare";
import type { InvestmentBase } from "./investment.transform";

/** The flows both ways in the focus year against the comparison year, period for period only. */
export function InvestmentCompare({ base, year, vs }: { base: InvestmentBase; year: number; vs: number }) {
  const comparisons = compareInvestment(base, year, vs);
  return (
    <CompareBlock
      year={year}
      vs={vs}
      conflict={comparisons.some((c) => c.result.kind === "change" && c.result.conflict)}
    >
      {comparisons.map((c) => (
        <ComparisonItem
          key={c.direction}
          measure={t("compare.flow", { direction: directionLabel(c.direction) })}
          result={c.result}
          year={year}
          vs={vs}
          figure={(figure, label) => <FigureValue figure={figure} label={label} />}
        />
      ))}
    </CompareBlock>
  );
}
