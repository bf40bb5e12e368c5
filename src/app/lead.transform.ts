/**
 * The lead: what the sources say about the selected year, in two or three sentences. Pure:
 * picks sourced figures (never a number that is not a record) and computes the derived ones
 * (change on the previous full year, or on the comparison year when one is chosen; imports'
 * share), each with the records it comes from.
 */
import type { TradeRecord } from "../data-source/schema";
import type { Figure } from "../data-source/versions";
import type { Derived } from "../lib/derived";
import { latestFlows, type LatestFlows } from "../panels/investment/investment.answer";
import type { InvestmentBase } from "../panels/investment/investment.transform";
import { compareTradeMetric, type TradeYearComparison } from "../panels/trade-turnover/trade-turnover.compare";
import {
  partialsInYear,
  turnoverGrowth,
  type PartialFigure,
  type TradeSeries,
} from "../panels/trade-turnover/trade-turnover.transform";

export interface LeadModel {
  year: number;
  turnover: Figure<TradeRecord> | null;
  growth: (Derived & { previousYear: number }) | null;
  imports: Figure<TradeRecord> | null;
  exports: Figure<TradeRecord> | null;
  /** Imports ÷ (imports + exports): only when both are exact figures on the same basis. */
  importsShare: Derived | null;
  /** Partial-year figures of the year, when it has no full-year figure. */
  partials: PartialFigure[];
  /** The latest reported flows both ways in a period ending in the year or before. */
  flows: LatestFlows | null;
  /** With a comparison year: the turnover of the two years, like for like, or why not. */
  comparison: { vs: number; result: TradeYearComparison } | null;
}

export function importsShare(imports: TradeRecord, exports: TradeRecord): Derived | null {
  if (imports.qualifier !== "exact" || exports.qualifier !== "exact") return null;
  if (imports.basis !== exports.basis || imports.unit !== exports.unit) return null;
  const total = imports.value + exports.value;
  if (total <= 0) return null;
  return { value: imports.value / total, fromIds: [imports.id, exports.id] };
}

export function buildLead(
  series: TradeSeries,
  base: InvestmentBase | null,
  year: number,
  vs: number | null = null,
): LeadModel {
  const row = series.years.find((y) => y.year === year);
  const imports = row?.imports ?? null;
  const exports = row?.exports ?? null;
  return {
    year,
    turnover: row?.turnover ?? null,
    growth: turnoverGrowth(series, year),
    imports,
    exports,
    importsShare: imports && exports ? importsShare(imports.primary, exports.primary) : null,
    partials: row ? [] : partialsInYear(series, year),
    flows: base ? latestFlows(base, year) : null,
    comparison: vs === null ? null : { vs, result: compareTradeMetric(series, "turnover", year, vs) },
  };
}
