/**
 * Direct investment flows of two years, like for like only (lib/compare.ts): a full year with a
 * full year, else the same part of each year (Jan–Sep with Jan–Sep) when the sources give both;
 * otherwise the reason. Pure.
 */
import type { InvestmentRecord } from "../../data-source/schema";
import type { Figure } from "../../data-source/versions";
import { compareFigures, type YearComparison } from "../../lib/compare";
import type { Direction, InvestmentBase } from "./investment.transform";

export type FlowComparison = YearComparison<InvestmentRecord, Figure<InvestmentRecord>>;

const FIELD: Record<Direction, "usToAz" | "azToUs"> = { us_to_az: "usToAz", az_to_us: "azToUs" };

export function compareFlows(base: InvestmentBase, direction: Direction, year: number, vs: number): FlowComparison {
  const field = FIELD[direction];
  const inYear = (y: number) =>
    base.groups.flatMap((g) =>
      g.periods.filter((p) => p.year === y && p[field]).map((p) => ({ shape: g.shape, period: p })),
    );
  const current = inYear(year);
  const previous = inYear(vs);
  // base.groups lists the full years first, then the part-year shapes.
  for (const c of current) {
    const p = previous.find((x) => x.shape === c.shape);
    const a = c.period[field];
    const b = p?.period[field];
    if (a && b) return compareFigures(a, b, c.shape === "full");
  }
  if (current.length === 0 || previous.length === 0)
    return {
      kind: "none",
      why: { reason: "missing", year: current.length > 0 ? vs : previous.length > 0 ? year : null },
    };
  // Both years have flows this way, never for the same period: name the part-year one.
  const partial = current.some((c) => c.shape === "full") ? previous : current;
  const latest = [...partial].sort((a, b) => b.period.end.localeCompare(a.period.end))[0] ?? current[0];
  const partialYear = partial === previous ? vs : year;
  return {
    kind: "none",
    why: {
      reason: "no_like_period",
      year: partialYear,
      period: { start: latest?.period.start ?? "", end: latest?.period.end ?? "" },
    },
  };
}

export function compareInvestment(base: InvestmentBase, year: number, vs: number) {
  return (["us_to_az", "az_to_us"] as const).map((direction) => ({
    direction,
    result: compareFlows(base, direction, year, vs),
  }));
}
