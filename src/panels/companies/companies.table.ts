import type { SourceDates } from "../../data-source/primary";
import type { Company, CompanyCount, SectorId } from "../../data-source/schema";
import { buildFigures } from "../../data-source/versions";
import { derivedRow, figureRow, type TableModel, type TableRow } from "../../export/table-model";
import { t } from "../../lib/messages";
import { isCounterpart, isUsCompany, type CompaniesView } from "./companies.transform";
import { panelTitle } from "../../lib/panels";

/**
 * Counts of the same concept for the same date are versions of one figure (the 2026 mission:
 * "31 companies" and "more than 31 companies"): one row, primary by the rule, the others one
 * click away. Undated counts stay apart, each with its own source ("over 250" and "300"
 * registered: nothing says they count at the same moment).
 */
function countRows(counts: readonly CompanyCount[], dates: SourceDates): TableRow[] {
  const figures = buildFigures(counts, dates);
  return [...figures.values()].map((f) => figureRow(f, [t(`companies.concept.${f.primary.concept}`)]));
}

/** The counts as each source states them (each its own concept and date). */
export function countsTable(counts: readonly CompanyCount[], caption: string, dates: SourceDates): TableModel {
  return {
    panel: "companies",
    title: panelTitle("companies"),
    caption,
    labelHeaders: [t("companies.concept")],
    rows: countRows(counts, dates),
    file: { panel: "companies", years: null },
  };
}

/**
 * What the companies panel shows: the stated counts, the counts that include non-U.S.
 * members, and the named U.S. companies per sector (derived: counted in code from the
 * companies the sources name); the selected sectors are marked current.
 */
export function companiesTable(
  view: CompaniesView,
  companies: readonly Company[],
  sectors: readonly SectorId[],
  dates: SourceDates,
): TableModel {
  const rows: TableRow[] = [...countRows(view.counts, dates), ...countRows(view.otherCounts, dates)];
  for (const { sector, count } of view.bySector) {
    if (count === 0) continue;
    const named = companies.filter((c) => c.sector === sector && isUsCompany(c) && !isCounterpart(c));
    rows.push(
      derivedRow(
        { value: count, fromIds: named.map((c) => c.id) },
        named.flatMap((c) => c.roles.flatMap((r) => r.sourceIds)),
        {
          key: `sector-${sector}`,
          labels: [t("companies.namedInSector", { sector: t(`sector.${sector}`) })],
          how: t("companies.namedHow"),
          unit: "companies",
          periodStart: null,
          periodEnd: null,
          current: sectors.includes(sector),
        },
      ),
    );
  }
  return {
    panel: "companies",
    title: panelTitle("companies"),
    caption: t("companies.tableCaption"),
    labelHeaders: [t("companies.concept")],
    rows,
    file: { panel: "companies", years: null },
  };
}
