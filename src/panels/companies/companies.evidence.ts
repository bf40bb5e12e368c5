/**
 * How recent each named company's evidence is, so no company reads as present on evidence
 * decades old (Amoco's 1994 role, Chevron's 2019 asset sale). A role's date is what it is about
 * (its period), else the newest publication date of its sources. Pure.
 */
import type { SourceDates } from "../../data-source/primary";
import type { Company, CompanyCount } from "../../data-source/schema";
import { buildFigures, type Figure } from "../../data-source/versions";

/** Evidence from this year on counts as current (the sources' "now": 2025–2026). */
const RECENT_FROM = 2025;

type Role = Company["roles"][number];

/** The year a role's evidence belongs to, or null when neither the role nor its sources are dated. */
function roleYear(role: Role, dates: SourceDates): number | null {
  const own = role.periodEnd ?? role.periodStart;
  if (own) return Number(own.slice(0, 4));
  const published = role.sourceIds
    .map((id) => dates.published(id))
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  return published ? Number(published.slice(0, 4)) : null;
}

export function latestEvidenceYear(company: Company, dates: SourceDates): number | null {
  const years = company.roles.map((r) => roleYear(r, dates)).filter((y): y is number => y !== null);
  return years.length > 0 ? Math.max(...years) : null;
}

export interface EvidenceGroups {
  /** At least one role from RECENT_FROM on, in the order given. */
  recent: Company[];
  /** Only older or undated evidence. */
  earlier: Company[];
}

export function groupByEvidence(companies: readonly Company[], dates: SourceDates): EvidenceGroups {
  const recent: Company[] = [];
  const earlier: Company[] = [];
  for (const c of companies) ((latestEvidenceYear(c, dates) ?? 0) >= RECENT_FROM ? recent : earlier).push(c);
  return { recent, earlier };
}

/**
 * The newest dated count of U.S. companies as its sources state it (all its versions kept), for the
 * panel's answer; null when no count is dated.
 */
export function latestCount(counts: readonly CompanyCount[], dates: SourceDates): Figure<CompanyCount> | null {
  let latest: Figure<CompanyCount> | null = null;
  for (const f of buildFigures(counts, dates).values()) {
    const end = f.primary.periodEnd;
    if (end === null) continue;
    if (latest === null || end > (latest.primary.periodEnd ?? "")) latest = f;
  }
  return latest;
}
