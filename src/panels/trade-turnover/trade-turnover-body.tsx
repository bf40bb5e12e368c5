import { useMemo } from "react";
import { ChartFigure } from "../../components/chart-figure";
import { lazyChart } from "../../components/lazy-chart";
import { DataTable } from "../../components/data-table";
import { LazyDetails } from "../../components/lazy-details";
import { useSourceIndex } from "../../components/sources-context";
import type { MilestoneMarker } from "../../data-source/milestone-years";
import { formatList } from "../../lib/format";
import { t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import {
  chartSummary,
  dataYears,
  hasOtherBasis,
  milestoneSummary,
  toChartRows,
  tradeLegend,
} from "./trade-turnover.chart-rows";
import { tradeTable } from "./trade-turnover.table";
import type { TradeSeries } from "./trade-turnover.transform";
import { YearDetails } from "./trade-year-details";
import { TradeCompare } from "./trade-compare";

// recharts loads with the first live chart, not with the page (a prerendered drawing needs none).
const TradeTurnoverChart = lazyChart(() => import("./trade-turnover-chart").then((m) => m.TradeTurnoverChart));

interface BodyProps {
  series: TradeSeries;
  year: number | null;
  /** The year compared with `year`, or null. */
  vs: number | null;
  markers: readonly MilestoneMarker[];
  asTable: boolean;
}

export function TradeTurnoverBody({ series, year, vs, markers, asTable }: BodyProps) {
  const sources = useSourceIndex();
  const selectYear = useFilterStore((s) => s.selectYear);
  const rows = useMemo(() => toChartRows(series, sources), [series, sources]);
  const summary = useMemo(() => chartSummary(series), [series]);
  const markerSummary = useMemo(() => milestoneSummary(markers, rows), [markers, rows]);
  const hatched = useMemo(() => hasOtherBasis(series), [series]);
  const years = useMemo(() => dataYears(series), [series]);
  // Built only while the table is shown: a year change in chart view costs nothing here.
  const table = useMemo(() => (asTable ? tradeTable(series, year) : null), [asTable, series, year]);
  if (series.years.length === 0) return <p className="empty-note">{t("trade.noFullYears")}</p>;
  return (
    <>
      {year !== null && vs !== null && <TradeCompare series={series} year={year} vs={vs} />}
      {table ? (
        <DataTable model={table} />
      ) : (
        <figure className="m-0">
          <ChartFigure
            id="trade"
            height={300}
            label={`${summary} ${markerSummary}`.trim()}
            legend={tradeLegend({ hatched, milestones: markerSummary !== "" })}
          >
            <TradeTurnoverChart rows={rows} milestones={markers} />
          </ChartFigure>
          <figcaption className="mt-1 text-xs text-slate-600">
            {series.gapYears.length > 0 && t("trade.gapNote", { years: formatList(series.gapYears.map(String)) })}
            {hatched && <> {t("trade.hatchNote")}</>}
          </figcaption>
        </figure>
      )}
      <div role="group" aria-label={t("trade.selectYear")} className="flex flex-wrap gap-1">
        {years.map((y) => (
          <button key={y} type="button" className="chip" aria-pressed={y === year} onClick={() => selectYear(y)}>
            {y}
          </button>
        ))}
      </div>
      {year !== null && (
        <LazyDetails
          key={year}
          className="rounded-md border border-slate-200 px-3 py-1 text-sm"
          summary={t("trade.moreForYear", { year })}
        >
          {() => <YearDetails series={series} year={year} />}
        </LazyDetails>
      )}
    </>
  );
}
