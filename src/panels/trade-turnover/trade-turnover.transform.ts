import { isFullYear } from "../../lib/format";
import type { SourceDates } from "../../data-source/primary";
import type { TradeMetric, TradeRecord } from "../../data-source/schema";
import { roundMoney, type Derived } from "../../lib/derived";
import { buildFigures, periodYear, type Figure } from "../../data-source/versions";

export interface TradeYear {
  year: number;
  imports?: Figure<TradeRecord>;
  exports?: Figure<TradeRecord>;
  turnover?: Figure<TradeRecord>;
  /** exports − imports, computed from the primary versions. */
  balance?: Derived;
  /** A balance a source itself reported, kept to compare with the derived one. */
  reportedBalance?: Figure<TradeRecord>;
}

export interface PartialFigure {
  key: string;
  metric: TradeMetric;
  figure: Figure<TradeRecord>;
}

export interface TradeSeries {
  /** Every year from the first to the last full-year figure, gaps included. */
  years: TradeYear[];
  gapYears: number[];
  partials: PartialFigure[];
  indicators: Figure<TradeRecord>[];
}

const LEVELS = ["imports", "exports", "turnover", "balance"] as const;
function isLevel(metric: TradeMetric): metric is (typeof LEVELS)[number] {
  return (LEVELS as readonly string[]).includes(metric);
}

export function buildTradeSeries(records: readonly TradeRecord[], dates: SourceDates): TradeSeries {
  const allGoods = records.filter((r) => r.scope === "all_goods");
  const figures = buildFigures(allGoods, dates);
  const byYear = new Map<number, TradeYear>();
  const partials: PartialFigure[] = [];
  const indicators: Figure<TradeRecord>[] = [];

  for (const [key, figure] of figures) {
    const { metric, periodStart, periodEnd } = figure.primary;
    if (!isLevel(metric)) {
      indicators.push(figure);
      continue;
    }
    if (!isFullYear(periodStart, periodEnd)) {
      partials.push({ key, metric, figure });
      continue;
    }
    const year = Number(periodStart?.slice(0, 4));
    const row = byYear.get(year) ?? { year };
    if (metric === "balance") row.reportedBalance = figure;
    else row[metric] = figure;
    byYear.set(year, row);
  }

  for (const row of byYear.values()) {
    const imp = row.imports?.primary;
    const exp = row.exports?.primary;
    if (imp && exp && imp.qualifier === "exact" && exp.qualifier === "exact") {
      row.balance = {
        value: roundMoney(exp.value - imp.value),
        fromIds: [exp.id, imp.id],
      };
    }
  }

  const known = [...byYear.keys()].sort((a, b) => a - b);
  const years: TradeYear[] = [];
  const gapYears: number[] = [];
  const first = known[0];
  const last = known[known.length - 1];
  if (first !== undefined && last !== undefined) {
    for (let y = first; y <= last; y += 1) {
      const row = byYear.get(y);
      if (row) years.push(row);
      else {
        years.push({ year: y });
        gapYears.push(y);
      }
    }
  }
  partials.sort((a, b) => comparePeriods(a.figure.primary, b.figure.primary) || a.metric.localeCompare(b.metric));
  indicators.sort((a, b) => comparePeriods(a.primary, b.primary) || a.primary.metric.localeCompare(b.primary.metric));
  return { years, gapYears, partials, indicators };
}

function comparePeriods(a: TradeRecord, b: TradeRecord): number {
  return (
    (a.periodEnd ?? "").localeCompare(b.periodEnd ?? "") || (a.periodStart ?? "").localeCompare(b.periodStart ?? "")
  );
}

export function partialsInYear(series: TradeSeries, year: number): PartialFigure[] {
  return series.partials.filter((p) => periodYear(p.figure.primary) === year);
}

export function indicatorsInYear(series: TradeSeries, year: number): Figure<TradeRecord>[] {
  return series.indicators.filter((f) => periodYear(f.primary) === year);
}

/** Turnover change against the previous calendar year, when both full years exist. */
export function turnoverGrowth(series: TradeSeries, year: number): (Derived & { previousYear: number }) | null {
  const current = series.years.find((y) => y.year === year)?.turnover?.primary;
  const previous = series.years.find((y) => y.year === year - 1)?.turnover?.primary;
  if (!current || !previous || current.qualifier !== "exact" || previous.qualifier !== "exact") return null;
  return {
    value: current.value / previous.value - 1,
    fromIds: [current.id, previous.id],
    previousYear: year - 1,
  };
}
