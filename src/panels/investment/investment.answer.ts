/** The answer the investment panel opens with: the latest flows both ways and the latest stated U.S. stock. Pure. */
import type { InvestmentRecord } from "../../data-source/schema";
import type { Figure } from "../../data-source/versions";
import type { InvestmentBase } from "./investment.transform";

export interface LatestFlows {
  start: string;
  end: string;
  usToAz?: Figure<InvestmentRecord>;
  azToUs?: Figure<InvestmentRecord>;
}

/** Latest period (by its end) in the year or before: one with both directions first, else the latest with either. */
export function latestFlows(base: InvestmentBase, year: number): LatestFlows | null {
  const periods = base.groups
    .flatMap((g) => g.periods)
    .filter((p) => p.year <= year && (p.usToAz ?? p.azToUs))
    .sort((a, b) => (a.end === b.end ? a.start.localeCompare(b.start) : b.end.localeCompare(a.end)));
  const both = periods.find((p) => p.usToAz && p.azToUs);
  const latest = periods[0];
  // A lone direction wins only when it is more recent than the last period with both.
  const pick = both && latest && latest.end > both.end ? latest : (both ?? latest);
  if (!pick) return null;
  return { start: pick.start, end: pick.end, usToAz: pick.usToAz, azToUs: pick.azToUs };
}

/** The latest cumulative U.S. → Azerbaijan stock for all sectors stated on or before the year's end. */
export function latestUsStock(base: InvestmentBase, year: number): Figure<InvestmentRecord> | null {
  const end = `${year}-12-31`;
  const stocks = base.stocks.filter(
    (f) =>
      f.primary.direction === "us_to_az" &&
      f.primary.scope === "all_sectors" &&
      f.primary.periodEnd !== null &&
      f.primary.periodEnd <= end,
  );
  return stocks.reduce<Figure<InvestmentRecord> | null>(
    (best, f) => (best === null || (f.primary.periodEnd ?? "") > (best.primary.periodEnd ?? "") ? f : best),
    null,
  );
}
