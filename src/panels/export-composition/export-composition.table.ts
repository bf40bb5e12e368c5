import type { SectorId } from "../../data-source/schema";
import { derivedRow, figureRow, type TableModel, type TableRow } from "../../export/table-model";
import { t } from "../../lib/messages";
import type { ExportComposition } from "./export-composition.transform";
import { panelTitle } from "../../lib/panels";

/**
 * What the export panel shows for the year and sectors: the products (largest first), the
 * derived remainder ("other" without a sector filter; "not shown" with one), and the
 * full-year export total as one figure with all its versions (national and OEC disagree).
 */
export function exportTable(view: ExportComposition, sectors: readonly SectorId[]): TableModel {
  const start = `${view.year}-01-01`;
  const end = `${view.year}-12-31`;
  const rows: TableRow[] = view.products.map((f) => figureRow(f, [f.primary.product, t(`sector.${f.primary.sector}`)]));
  const total = view.total?.primary;
  const remainder = sectors.length === 0 ? view.other : view.hiddenBySector;
  if (remainder && total) {
    // Both remainders are the total minus the products listed (all of them without a filter).
    rows.push(
      derivedRow(remainder, [...total.sourceIds, ...view.products.flatMap((f) => f.primary.sourceIds)], {
        key: "remainder",
        labels: [sectors.length === 0 ? t("exports.other") : t("exports.notShown"), ""],
        how: sectors.length === 0 ? t("exports.otherHow") : t("exports.notShownHow"),
        unit: "USD million",
        periodStart: start,
        periodEnd: end,
        basis: view.basis,
      }),
    );
  }
  // One row for the total, with every version (the OEC total the remainder uses among them), as in the trade table.
  if (view.exportsFigure) rows.push(figureRow(view.exportsFigure, [t("exports.totalRow"), ""]));
  return {
    panel: "exports",
    title: panelTitle("exports"),
    caption: t("exports.tableCaption", { year: view.year }),
    labelHeaders: [t("table.product"), t("table.sector")],
    rows,
    file: { panel: "exports", years: { first: view.year, last: view.year }, sectors },
  };
}
