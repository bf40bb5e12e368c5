import type { Company, CompanyCount, SectorId } from "../../data-source/schema";
import { derivedRow, figureRow, type TableModel, type TableRow } from "../../lib/export/table-model";
import { t } from "../../lib/messages";
import { isCounterpart, isUsCompany, type CompaniesView } from "./companies.transform";

function countRow(count: CompanyCount): TableRow {
  return figureRow({ primary: count, versions: [count], conflict: false }, [t(`companies.concept.${count.concept}`)]);
}

/** The counts as each source states them (each its own concept and date). */
export function countsTable(counts: readonly CompanyCount[], caption: string): TableModel {
  return {
    panel: "companies",
    title: t("companies.title"),
    caption,
    labelHeaders: [t("companies.concept")],
    rows: counts.map(countRow),
    file: { panelId: "companies-present", years: null },
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
): TableModel {
  const rows: TableRow[] = [...view.counts, ...view.otherCounts].map(countRow);
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
    title: t("companies.title"),
    caption: t("companies.tableCaption"),
    labelHeaders: [t("companies.concept")],
    rows,
    file: { panelId: "companies-present", years: null },
  };
}
