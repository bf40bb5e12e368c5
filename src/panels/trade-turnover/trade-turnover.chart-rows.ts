/** Pure shaping for the trade chart: its rows, its text alternative and its legend. */
import type { LegendItem } from "../../components/chart-legend";
import { sourceLabel } from "../../components/source-ref";
import type { SourceIndex } from "../../components/sources-context";
import type { MilestoneMarker } from "../../data-source/milestone-years";
import type { TradeRecord } from "../../data-source/schema";
import { COLORS } from "../../lib/colors";
import { formatQualified } from "../../lib/format";
import { t } from "../../lib/messages";
import type { TradeSeries, TradeYear } from "./trade-turnover.transform";

export const MILESTONE_MARKER_COLOR = "#334155";

export interface TradeChartRow {
  year: number;
  imports: number | null;
  exports: number | null;
  turnover: number | null;
  balance: number | null;
  /** True when the primary value is not Azerbaijani national statistics (drawn hatched). */
  importsOtherBasis: boolean;
  exportsOtherBasis: boolean;
  /** "Publisher, date" of each primary figure, shown in the tooltip. */
  importsSource?: string | null;
  exportsSource?: string | null;
  turnoverSource?: string | null;
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

/** The chart's text alternative: every year with data and its figures as stated. */
export function chartSummary(series: TradeSeries): string {
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
  return t("trade.chartSummary", { summary: parts.join("; ") });
}

/** Milestone titles of the years on the chart's axis, for the chart's text alternative ("" when none). */
export function milestoneSummary(markers: readonly MilestoneMarker[], rows: readonly TradeChartRow[]): string {
  const onAxis = markers.filter((m) => rows.some((r) => r.year === m.year));
  if (onAxis.length === 0) return "";
  return t("milestones.chartSummary", { summary: onAxis.map((m) => `${m.year}: ${m.titles.join("; ")}`).join(" | ") });
}

/** Years whose imports or exports are not Azerbaijani national statistics: drawn hatched. */
export function hasOtherBasis(series: TradeSeries): boolean {
  return series.years.some(
    (y) =>
      (y.imports && y.imports.primary.basis !== "national") || (y.exports && y.exports.primary.basis !== "national"),
  );
}

/** Years that have a level figure (turnover, imports or exports): the year chips. */
export function dataYears(series: TradeSeries): number[] {
  return series.years.filter((y) => y.turnover ?? y.imports ?? y.exports).map((y) => y.year);
}

export function tradeLegend(options: { hatched: boolean; milestones: boolean }): LegendItem[] {
  return [
    { label: t("trade.imports"), color: COLORS.imports, shape: "square" },
    { label: t("trade.exports"), color: COLORS.exports, shape: "square" },
    { label: t("trade.turnover"), color: COLORS.turnover, shape: "line" },
    { label: t("trade.balance"), color: COLORS.balance, shape: "dashed-line" },
    ...(options.hatched ? [{ label: t("trade.hatchLegend"), color: COLORS.imports, shape: "hatched" } as const] : []),
    ...(options.milestones
      ? [{ label: t("milestones.chartLegend"), color: MILESTONE_MARKER_COLOR, shape: "triangle" } as const]
      : []),
  ];
}
