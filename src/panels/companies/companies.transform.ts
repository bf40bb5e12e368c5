import type { Company, CompanyCount } from "../../data-source/schema";
import { SECTOR_IDS, type SectorId } from "../../data-source/sector-ids";

export interface SectorCount {
  sector: SectorId;
  count: number;
}

export interface CompaniesView {
  /** Every count as its source states it, dated, oldest first; undated last. */
  counts: CompanyCount[];
  /** Counts that include non-U.S. members (chamber members and associations, mission delegations). */
  otherCounts: CompanyCount[];
  /** Named U.S.-headquartered companies per sector, every sector listed (0 included). */
  bySector: SectorCount[];
  /** Named companies in the selected sectors (U.S. first, then others), counterparts excluded. */
  companies: Company[];
  /** Azerbaijani organisations on the mission programme (not foreign companies present). */
  counterparts: Company[];
}

export function isUsCompany(company: Company): boolean {
  return company.hqCountry === "US";
}

export function isCounterpart(company: Company): boolean {
  return company.roles.every((r) => r.kind === "mission_counterpart");
}

export function buildCompaniesView(
  input: { counts: readonly CompanyCount[]; companies: readonly Company[] },
  sectors: readonly SectorId[],
): CompaniesView {
  const sorted = [...input.counts].sort(
    (a, b) => (a.periodEnd ?? "9999").localeCompare(b.periodEnd ?? "9999") || a.id.localeCompare(b.id),
  );
  const present = input.companies.filter((c) => !isCounterpart(c));
  const bySector = SECTOR_IDS.map((sector) => ({
    sector,
    count: present.filter((c) => c.sector === sector && isUsCompany(c)).length,
  }));
  const selected = present
    .filter((c) => sectors.length === 0 || sectors.includes(c.sector))
    .sort((a, b) => Number(isUsCompany(b)) - Number(isUsCompany(a)) || a.name.localeCompare(b.name));
  const counterparts = input.companies.filter(isCounterpart).sort((a, b) => a.name.localeCompare(b.name));
  const mixed = new Set<CompanyCount["concept"]>(["represented_by_chamber", "mission_participants"]);
  const counts = sorted.filter((c) => !mixed.has(c.concept));
  const otherCounts = sorted.filter((c) => mixed.has(c.concept));
  return { counts, otherCounts, bySector, companies: selected, counterparts };
}
