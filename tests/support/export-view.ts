/** The export composition of the real bundled dataset for a year and sectors (for the export panel's tests). */
import type { SectorId } from "../../src/data-source/schema";
import { buildExportComposition } from "../../src/panels/export-composition/export-composition.transform";
import { data, dates } from "./dataset";

export function exportView(year: number, sectors: readonly SectorId[] = []) {
  return buildExportComposition(
    { products: data.exportProducts.records, named: data.exportProducts.namedProducts, trade: data.trade.records },
    year,
    sectors,
    dates,
  );
}
