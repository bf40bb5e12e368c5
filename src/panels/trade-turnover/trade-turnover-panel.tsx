import { useCallback, useMemo } from "react";
import { ChartLegend, type LegendItem } from "../../components/chart-legend";
import { FigureValue } from "../../components/figure-value";
import { DataTable } from "../../components/data-table";
import { PanelFrame } from "../../components/panel-frame";
import { usePanelExport } from "../../components/panel-tools";
import { panelStatus } from "../../components/panel-status";
import { sourceLabel, SourceRefs, type SourceIndex } from "../../components/source-ref";
import { milestoneMarkers, type MilestoneMarker } from "../../data-source/milestone-years";
import { useResource } from "../../data-source/queries";
import type { TradeRecord } from "../../data-source/schema";
import { COLORS } from "../../lib/colors";
import { formatChange, formatList, formatPeriod, formatQualified } from "../../lib/format";
import { filtersInWords } from "../../lib/export/citation";
import { t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { useFocusYear } from "../../state/focus-year";
import { usePanelTable } from "../../state/panel-view";
import { MILESTONE_MARKER_COLOR, TradeTurnoverChart, type TradeChartRow } from "./trade-turnover-chart";
import {
  indicatorsInYear,
  partialsInYear,
  turnoverGrowth,
  type TradeSeries,
  type TradeYear,
} from "./trade-turnover.transform";
import { useTradeSeries } from "./use-trade-series";
import { tradeTable } from "./trade-turnover.table";

const ID = "trade-turnover";

const TRADE_LEGEND: LegendItem[] = [
  { label: t("trade.imports"), color: COLORS.imports, shape: "square" },
  { label: t("trade.exports"), color: COLORS.exports, shape: "square" },
  { label: t("trade.turnover"), color: COLORS.turnover, shape: "line" },
  { label: t("trade.balance"), color: COLORS.balance, shape: "dashed-line" },
];
const HATCH_LEGEND: LegendItem = { label: t("trade.hatchLegend"), color: COLORS.imports, shape: "hatched" };
const MILESTONE_LEGEND: LegendItem = {
  label: t("milestones.chartLegend"),
  color: MILESTONE_MARKER_COLOR,
  shape: "triangle",
};
const NO_MARKERS: readonly MilestoneMarker[] = [];

/** Milestone titles of the years on the chart's axis, for the chart's text alternative. */
function milestoneSummary(markers: readonly MilestoneMarker[], rows: readonly TradeChartRow[]): string {
  const onAxis = markers.filter((m) => rows.some((r) => r.year === m.year));
  if (onAxis.length === 0) return "";
  return t("milestones.chartSummary", { summary: onAxis.map((m) => `${m.year}: ${m.titles.join("; ")}`).join(" | ") });
}

/** "Publisher, date" of a figure's primary version, for the chart tooltip (provenance opens from the headline and table). */
function sourceLine(figure: TradeYear["imports"], sources: SourceIndex | undefined): string | null {
  if (!figure || !sources) return null;
  return figure.primary.sourceIds
    .map((id) => sources.get(id))
    .flatMap((s) => (s ? [sourceLabel(s)] : []))
    .join("; ");
}

export function toChartRows(series: TradeSeries, sources?: SourceIndex): TradeChartRow[] {
  return series.years.map((y) => ({
    importsSource: sourceLine(y.imports, sources),
    exportsSource: sourceLine(y.exports, sources),
    turnoverSource: sourceLine(y.turnover, sources),
    year: y.year,
    imports: y.imports?.primary.value ?? null,
    exports: y.exports?.primary.value ?? null,
    turnover: y.turnover?.primary.value ?? null,
    balance: y.balance?.value ?? null,
    importsOtherBasis: y.imports !== undefined && y.imports.primary.basis !== "national",
    exportsOtherBasis: y.exports !== undefined && y.exports.primary.basis !== "national",
  }));
}

const qualified = (r: TradeRecord) => formatQualified(r.value, r.unit, r.qualifier);

function chartSummary(series: TradeSeries): string {
  const parts = series.years
    .filter((y) => y.turnover ?? y.imports ?? y.exports)
    .map((y) => {
      const bits = [
        y.imports ? `${t("trade.imports")} ${qualified(y.imports.primary)}` : null,
        y.exports ? `${t("trade.exports")} ${qualified(y.exports.primary)}` : null,
        y.turnover ? `${t("trade.turnover")} ${qualified(y.turnover.primary)}` : null,
      ].filter((b): b is string => b !== null);
      return `${y.year}: ${bits.join(", ")}`;
    });
  return parts.join("; ");
}

export function TradeTurnoverPanel() {
  const { trade, sources, series } = useTradeSeries();
  // Markers are optional: if the milestones fail to load, the chart is drawn without them.
  const milestones = useResource("milestones");
  const markers = milestones.data ? milestoneMarkers(milestones.data.milestones) : NO_MARKERS;
  const year = useFocusYear();
  const selectYear = useFilterStore((s) => s.selectYear);
  const status = panelStatus([trade, sources], series !== null && sources.value !== null);
  const [asTable] = usePanelTable("trade");
  const getTable = useCallback(() => (series ? tradeTable(series, year) : null), [series, year]);
  const exports = usePanelExport("trade", getTable, sources.value?.index ?? null, filtersInWords(year, null));

  return (
    <PanelFrame
      id={ID}
      title={t("trade.title")}
      description={t("trade.description")}
      {...status}
      year={year}
      exports={exports}
    >
      {series && sources.value && (
        <TradeTurnoverBody
          asTable={asTable}
          series={series}
          year={year}
          onSelectYear={selectYear}
          sources={sources.value.index}
          markers={markers}
        />
      )}
    </PanelFrame>
  );
}

interface BodyProps {
  series: TradeSeries;
  year: number | null;
  onSelectYear: (year: number) => void;
  sources: SourceIndex;
  markers: readonly MilestoneMarker[];
  asTable: boolean;
}

function TradeTurnoverBody({ series, year, onSelectYear, sources, markers, asTable }: BodyProps) {
  const dataYears = series.years.filter((y) => y.turnover ?? y.imports ?? y.exports).map((y) => y.year);
  const rows = useMemo(() => toChartRows(series, sources), [series, sources]);
  const summary = useMemo(() => chartSummary(series), [series]);
  const markerSummary = useMemo(() => milestoneSummary(markers, rows), [markers, rows]);
  // Built only while the table is shown: a year change in chart view costs nothing here.
  const table = useMemo(() => (asTable ? tradeTable(series, year) : null), [asTable, series, year]);
  if (series.years.length === 0) return <p className="empty-note">{t("trade.noFullYears")}</p>;
  const hatched = series.years.some(
    (y) =>
      (y.imports && y.imports.primary.basis !== "national") || (y.exports && y.exports.primary.basis !== "national"),
  );
  return (
    <>
      {table ? (
        <DataTable model={table} sources={sources} />
      ) : (
        <figure className="m-0">
          <div
            role="img"
            data-chart=""
            aria-label={`${t("trade.chartSummary", { summary })} ${markerSummary}`.trim()}
            className="year-highlight"
            data-selected-year={year ?? undefined}
          >
            <TradeTurnoverChart rows={rows} onSelectYear={onSelectYear} milestones={markers} />
          </div>
          <ChartLegend
            items={[...TRADE_LEGEND, ...(hatched ? [HATCH_LEGEND] : []), ...(markerSummary ? [MILESTONE_LEGEND] : [])]}
          />
          <figcaption className="mt-1 text-xs text-slate-600">
            {series.gapYears.length > 0 &&
              t("trade.gapNote", {
                years: formatList(series.gapYears.map(String)),
              })}
            {hatched && <> {t("trade.hatchNote")}</>}
          </figcaption>
        </figure>
      )}
      <div role="group" aria-label={t("trade.selectYear")} className="flex flex-wrap gap-1">
        {dataYears.map((y) => (
          <button key={y} type="button" className="chip" aria-pressed={y === year} onClick={() => onSelectYear(y)}>
            {y}
          </button>
        ))}
      </div>
      {year !== null && <YearDetails series={series} year={year} sources={sources} />}
    </>
  );
}

function YearDetails({ series, year, sources }: { series: TradeSeries; year: number; sources: SourceIndex }) {
  const partials = partialsInYear(series, year);
  const indicators = indicatorsInYear(series, year);
  const growth = turnoverGrowth(series, year);
  return (
    <div className="grid gap-3 text-sm md:grid-cols-2">
      <div>
        <h3 className="subheading">{t("trade.reportedIndicators", { year })}</h3>
        {indicators.length === 0 && !growth && <p className="empty-note">{t("trade.noIndicators", { year })}</p>}
        <ul className="space-y-1">
          {growth && (
            <li>
              {t("headline.growth")} {t("headline.growthVs", { year: growth.previousYear })}:{" "}
              <strong className="tabular-nums">{formatChange(growth.value)}</strong>{" "}
              <span className="derived-tag">{t("common.derived")}</span>
            </li>
          )}
          {indicators.map((f) => (
            <li key={f.primary.id}>
              {t(`trade.metric.${f.primary.metric}`)} ({formatPeriod(f.primary.periodStart, f.primary.periodEnd)}):{" "}
              <FigureValue figure={f} sources={sources} />{" "}
              <span className="text-xs">
                — <SourceRefs ids={f.primary.sourceIds} sources={sources} />
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="subheading">{t("trade.partialTitle")}</h3>
        {partials.length === 0 ? (
          <p className="empty-note">{t("trade.noPartial")}</p>
        ) : (
          <ul className="space-y-1">
            {partials.map((p) => (
              <li key={p.key}>
                {formatPeriod(p.figure.primary.periodStart, p.figure.primary.periodEnd)} ·{" "}
                {t(`trade.metric.${p.metric}`)}: <FigureValue figure={p.figure} sources={sources} />{" "}
                <span className="text-xs">
                  — <SourceRefs ids={p.figure.primary.sourceIds} sources={sources} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
