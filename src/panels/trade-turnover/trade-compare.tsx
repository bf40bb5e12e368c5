import { FigureValue } from "../../components/figure-value";
import { CompareBlock, ComparisonItem } from "../../components/year-change";
import { t } from "../../lib/messages";
import { compareTrade } from "./trade-turnover.compare";
import type { TradeSeries } from "./trade-turnover.transform";

/** Turnover, imports and exports of the focus year against the comparison year, like for like only. */
export function TradeCompare({ series, year, vs }: { series: TradeSeries; year: number; vs: number }) {
  const comparisons = compareTrade(series, year, vs);
  return (
    <CompareBlock
      year={year}
      vs={vs}
      conflict={comparisons.some((c) => c.result.kind === "change" && c.result.conflict)}
    >
      {comparisons.map((c) => (
        <ComparisonItem
          key={c.metric}
          measure={t(`trade.metric.${c.metric}`)}
          result={c.result}
          year={year}
          vs={vs}
          figure={(figure, label) => <FigureValue figure={figure} label={label} />}
        />
      ))}
    </CompareBlock>
  );
}
