/**
 * The trade figures of two years side by side, like for like only (see lib/compare.ts): full
 * year with full year; where a side has only part of a year, the same months of the other year,
 * and only when the sources give that very period. Otherwise the reason, never an estimate. Pure.
 */
import type { TradeRecord } from "../../data-source/schema";
import type { Figure } from "../../data-source/versions";
import { compareFigures, periodShape, type YearComparison } from "../../lib/compare";
import { partialsInYear, type TradeSeries } from "./trade-turnover.transform";

const COMPARE_METRICS = ["turnover", "imports", "exports"] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];

export type TradeYearComparison = YearComparison<TradeRecord, Figure<TradeRecord>>;

export interface TradeComparison {
  metric: CompareMetric;
  year: number;
  vs: number;
  result: TradeYearComparison;
}

function partialsOf(series: TradeSeries, metric: CompareMetric, year: number): Figure<TradeRecord>[] {
  return partialsInYear(series, year)
    .filter((p) => p.metric === metric)
    .map((p) => p.figure);
}

const shapeOf = (f: Figure<TradeRecord>) => periodShape(f.primary.periodStart, f.primary.periodEnd);

/** The latest-ending part-year figure: the one a reader is told about when nothing matches it. */
function longest(figures: readonly Figure<TradeRecord>[]): Figure<TradeRecord> | undefined {
  return [...figures].sort((a, b) => (b.primary.periodEnd ?? "").localeCompare(a.primary.periodEnd ?? ""))[0];
}

export function compareTradeMetric(
  series: TradeSeries,
  metric: CompareMetric,
  year: number,
  vs: number,
): TradeYearComparison {
  const full = (y: number) => series.years.find((r) => r.year === y)?.[metric];
  const current = full(year);
  const previous = full(vs);
  if (current && previous) return compareFigures(current, previous, true);
  // One side (or both) lacks a full year: the same months of both years, if the sources give them.
  const currentParts = partialsOf(series, metric, year);
  const previousParts = partialsOf(series, metric, vs);
  const matches = currentParts
    .flatMap((c) => previousParts.filter((p) => shapeOf(p) === shapeOf(c)).map((p) => [c, p] as const))
    .sort(([a], [b]) => (b.primary.periodEnd ?? "").localeCompare(a.primary.periodEnd ?? ""));
  const [match] = matches;
  if (match) return compareFigures(match[0], match[1], false);
  const hasCurrent = current !== undefined || currentParts.length > 0;
  const hasPrevious = previous !== undefined || previousParts.length > 0;
  if (!hasCurrent || !hasPrevious)
    return { kind: "none", why: { reason: "missing", year: hasCurrent ? vs : hasPrevious ? year : null } };
  // Both years have figures, but one only for part of the year and none for the same months.
  const partialYear = current ? vs : year;
  const part = longest(current ? previousParts : currentParts);
  if (!part?.primary.periodStart || !part.primary.periodEnd)
    return { kind: "none", why: { reason: "missing", year: partialYear } };
  return {
    kind: "none",
    why: {
      reason: "no_like_period",
      year: partialYear,
      period: { start: part.primary.periodStart, end: part.primary.periodEnd },
    },
  };
}

export function compareTrade(series: TradeSeries, year: number, vs: number): TradeComparison[] {
  return COMPARE_METRICS.map((metric) => ({ metric, year, vs, result: compareTradeMetric(series, metric, year, vs) }));
}
