/** Pure shaping for the trade chart: its rows, its text alternative and its legend. */
import type { LegendItem } from "../../components/chart-legend";
import { sourceLabel } from "../../components/source-ref";
import type { SourceIndex } from "../../components/sources-context";
import type { MilestoneMarker } from "../../data-source/milestone-years";
import type { Basis } from "../../data-source/schema-base";
import { COLORS } from "../../lib/colors";
import { formatList, formatShare, formatStated } from "../../lib/format";
import { t } from "../../lib/messages";
import { markedYears, milestonePlacements, yearRanges } from "./trade-turnover.chart-marks";
import type { TradeSeries, TradeYear } from "./trade-turnover.transform";

/** Slate 500: muted beside the data, still 4.8:1 on white (WCAG 1.4.11 asks 3:1). */
export const MILESTONE_MARKER_COLOR = COLORS.milestone;

export interface TradeChartRow {
  year: number;
  imports: number | null;
  exports: number | null;
  turnover: number | null;
  balance: number | null;
  /** True when the primary value is not Azerbaijani national statistics (drawn hatched). */
  importsOtherBasis: boolean;
  exportsOtherBasis: boolean;
  /** The basis of each primary figure (null: no figure), named in the tooltip when not national. */
  importsBasis: Basis | null;
  exportsBasis: Basis | null;
  turnoverBasis: Basis | null;
  /** The year's figures come from different bases (2010: national turnover, U.S.-side imports): not comparable. */
  mixedBasis: boolean;
  /**
   * Runs of years the lines may join: a new run starts after a break in the axis (missing years)
   * and around a mixed-basis year, whose turnover and balance are drawn as lone points.
   */
  segment: number;
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

const hasLevel = (y: TradeYear) => (y.turnover ?? y.imports ?? y.exports) !== undefined;

/** One row per year with a level figure: years without one take no room on the axis (a break marks them). */
export function toChartRows(series: TradeSeries, sources?: SourceIndex): TradeChartRow[] {
  let segment = 0;
  let previous: TradeChartRow | undefined;
  const rows: TradeChartRow[] = [];
  for (const y of series.years.filter(hasLevel)) {
    const bases = [y.imports, y.exports, y.turnover].flatMap((f) => (f ? [f.primary.basis] : []));
    const mixedBasis = new Set(bases).size > 1;
    if (previous && (y.year - previous.year > 1 || mixedBasis || previous.mixedBasis)) segment += 1;
    const row: TradeChartRow = {
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
      importsBasis: y.imports?.primary.basis ?? null,
      exportsBasis: y.exports?.primary.basis ?? null,
      turnoverBasis: y.turnover?.primary.basis ?? null,
      mixedBasis,
      segment,
    };
    rows.push(row);
    previous = row;
  }
  return rows;
}

/** The segments of the lines, in order (one Line per segment: recharts joins every point of a Line). */
export function segments(rows: readonly TradeChartRow[]): number[] {
  return [...new Set(rows.map((r) => r.segment))];
}

/** Imports' part of turnover where both are on one basis, latest last. */
function comparableShares(series: TradeSeries): { year: number; share: number }[] {
  return series.years.flatMap((y) => {
    const imp = y.imports?.primary;
    const turn = y.turnover?.primary;
    if (!imp || !turn || imp.basis !== turn.basis || turn.value <= 0) return [];
    return [{ year: y.year, share: imp.value / turn.value }];
  });
}

/**
 * The chart's text alternative: its takeaway first (peak and latest turnover, how much of it
 * is imports), the years the sources give nothing for, then a pointer to the table view.
 */
export function chartSummary(series: TradeSeries): string {
  const withTurnover = series.years.flatMap((y) => (y.turnover ? [{ year: y.year, figure: y.turnover.primary }] : []));
  const latest = withTurnover[withTurnover.length - 1];
  const peak = withTurnover.reduce<(typeof withTurnover)[number] | undefined>(
    (best, y) => (best === undefined || y.figure.value > best.figure.value ? y : best),
    undefined,
  );
  const parts: string[] = [];
  if (peak && latest) {
    const money = (f: typeof peak.figure) => formatStated(f);
    parts.push(
      peak.year === latest.year
        ? t("trade.summaryPeakLatest", { peak: money(peak.figure), year: peak.year })
        : t("trade.summaryPeak", {
            peak: money(peak.figure),
            peakYear: peak.year,
            latest: money(latest.figure),
            latestYear: latest.year,
          }),
    );
  }
  const shares = comparableShares(series);
  const lastShare = shares[shares.length - 1];
  if (lastShare) {
    parts.push(
      shares.every((s) => s.share > 0.5)
        ? t("trade.summaryImportsMost")
        : t("trade.summaryImportsShare", { share: formatShare(lastShare.share), year: lastShare.year }),
    );
  }
  const takeaway = parts.length > 0 ? `${parts.join("; ")}.` : "";
  const gaps =
    series.gapYears.length > 0 ? t("trade.summaryGaps", { years: formatList(yearRanges(series.gapYears)) }) : "";
  return [takeaway, gaps, t("trade.summaryTable")].filter((s) => s !== "").join(" ");
}

/** The milestone years marked on the chart, for its text alternative ("" when none); the titles are in the Milestones panel. */
export function milestoneSummary(markers: readonly MilestoneMarker[], rows: readonly TradeChartRow[]): string {
  const years = markedYears(milestonePlacements(markers, rows));
  if (years.length === 0) return "";
  return t("milestones.chartSummary", { summary: formatList(years.map(String)) });
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
  return series.years.filter(hasLevel).map((y) => y.year);
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
