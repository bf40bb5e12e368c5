import { memo, useMemo } from "react";
import { ChartFigure } from "../../components/chart-figure";
import { lazyChart } from "../../components/lazy-chart";
import { FigureValue } from "../../components/figure-value";
import { SourceRefs } from "../../components/source-ref";
import { formatPeriod } from "../../lib/format";
import { t } from "../../lib/messages";
import { directionLabel, stockChartLabel, stockLegend, stockPoints } from "./investment.chart-rows";
import type { InvestmentView } from "./investment.transform";

// recharts loads with the first live chart, not with the page (a prerendered drawing needs none).
const StockChart = lazyChart(() => import("./stock-chart").then((m) => m.StockChart));

type Stocks = InvestmentView["stocks"];

/** Year-independent: memoised so a year change leaves the stock chart alone. */
export const StocksView = memo(function StocksView({ stocks }: { stocks: Stocks }) {
  const us = useMemo(() => stockPoints(stocks, "us_to_az"), [stocks]);
  const az = useMemo(() => stockPoints(stocks, "az_to_us"), [stocks]);
  return (
    <div className="text-sm">
      <h3 className="subheading">{t("fdi.stocks")}</h3>
      <p className="text-xs text-slate-600">{t("fdi.stocksNote")}</p>
      {us.length + az.length > 0 && (
        <ChartFigure id="fdi-stocks" height={220} label={stockChartLabel(us, az)} legend={stockLegend()}>
          <StockChart usToAz={us} azToUs={az} />
        </ChartFigure>
      )}
    </div>
  );
});

/** Every stock statement with its scope, period, reporter and sources. */
export function StockList({ stocks }: { stocks: Stocks }) {
  return (
    <ul className="mt-2 space-y-1">
      {stocks.map((f) => (
        <li key={f.primary.id}>
          <span className="font-medium">{directionLabel(f.primary.direction)}</span>: <FigureValue figure={f} /> (
          {t(`fdi.scope.${f.primary.scope}`)}, {formatPeriod(f.primary.periodStart, f.primary.periodEnd)}
          {f.primary.dateInferred ? `, ${t("common.inferred")}` : ""}) {f.primary.reporter} —{" "}
          <span className="text-xs">
            <SourceRefs ids={f.primary.sourceIds} />
          </span>
        </li>
      ))}
    </ul>
  );
}
