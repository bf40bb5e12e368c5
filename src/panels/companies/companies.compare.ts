/**
 * Counts of U.S. companies in two years: a count is a dated statement, so a year's count is the
 * latest one its sources state within that year, and two compare only for the same concept
 * (registered, operating, active differ) and when both are exact (lib/compare.ts). Pure.
 */
import type { SourceDates } from "../../data-source/primary";
import type { CompanyCount } from "../../data-source/schema";
import { buildFigures, type Figure } from "../../data-source/versions";
import { compareFigures, type YearComparison } from "../../lib/compare";

export type CountComparison = {
  concept: CompanyCount["concept"];
  result: YearComparison<CompanyCount, Figure<CompanyCount>>;
};

function latestIn(figures: readonly Figure<CompanyCount>[], concept: string, year: number) {
  return figures
    .filter((f) => f.primary.concept === concept && f.primary.periodEnd?.startsWith(`${year}-`))
    .sort((a, b) => (b.primary.periodEnd ?? "").localeCompare(a.primary.periodEnd ?? ""))[0];
}

/** One comparison per concept the sources count in either year (none when neither year has a dated count). */
export function compareCounts(
  counts: readonly CompanyCount[],
  dates: SourceDates,
  year: number,
  vs: number,
): CountComparison[] {
  const figures = [...buildFigures(counts, dates).values()];
  const concepts = [
    ...new Set(
      figures
        .filter((f) => [year, vs].some((y) => f.primary.periodEnd?.startsWith(`${y}-`)))
        .map((f) => f.primary.concept),
    ),
  ].sort();
  return concepts.map((concept) => {
    const current = latestIn(figures, concept, year);
    const previous = latestIn(figures, concept, vs);
    const result: CountComparison["result"] =
      current && previous
        ? compareFigures(current, previous, true)
        : { kind: "none", why: { reason: "missing", year: current ? vs : year } };
    return { concept, result };
  });
}
