import type { Company } from "../../data-source/schema";
import { formatPeriod, perLocale } from "../../lib/format";
import { t } from "../../lib/messages";
import { isUsCompany } from "./companies.transform";

export type CompanyRole = Company["roles"][number];

/** Country names in the current language; made when asked for (never at module load). */
export const regionNames = perLocale((locale) => new Intl.DisplayNames([locale], { type: "region" }));

/** The note on a company that is not U.S.-headquartered ("Not a U.S. company (HQ: Sweden)"); null for a U.S. one. */
export function hqNote(company: Company, regions: Intl.DisplayNames): string | null {
  if (isUsCompany(company)) return null;
  if (company.hqCountry === null) return t("companies.hqUnknown");
  return t("companies.notUs", { country: regions.of(company.hqCountry) ?? company.hqCountry });
}

/** When a role was held, " (Feb 2026, inferred)", or "" when the source gives no date. */
export function roleWhen(role: CompanyRole): string {
  if (!role.periodStart && !role.periodEnd) return "";
  return ` (${formatPeriod(role.periodStart, role.periodEnd)}${role.dateInferred ? `, ${t("common.inferred")}` : ""})`;
}
