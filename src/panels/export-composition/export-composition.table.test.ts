import { describe, expect, it } from "vitest";
import type { SectorId } from "../../data-source/schema";
import { data, dates } from "../../../tests/support/dataset";
import { exportTable } from "./export-composition.table";
import { buildExportComposition } from "./export-composition.transform";

function table(year: number, sectors: SectorId[]) {
  const { records, namedProducts } = data.exportProducts;
  const view = buildExportComposition(
    { products: records, named: namedProducts, trade: data.trade.records },
    year,
    sectors,
    dates,
  );
  return exportTable(view, sectors);
}
const brief = (year: number, sectors: SectorId[]) =>
  table(year, sectors).rows.map((r) => [...r.labels, r.value, r.basis, r.derived !== null]);

describe("exportTable", () => {
  it("2024, all sectors: the products, the derived 'other' remainder and the total as one figure", () => {
    expect(brief(2024, [])).toEqual([
      ["Aluminum plating", "Industry", 31.7, "oec", false],
      ["Explosive ammunition", "Defense", 8.13, "oec", false],
      ["Ferroalloys", "Industry", 6.79, "oec", false],
      ["Petroleum resins", "Industry", 6.51, "oec", false],
      ["Diamonds", "Other", 2.51, "oec", false],
      ["Other products (derived)", "", 19.26, "oec", true],
      ["Total exports to U.S.", "", 135.03, "national", false],
    ]);
  });

  it("2024, industry only: the industry products and what the filter hides (derived)", () => {
    expect(brief(2024, ["industry"])).toEqual([
      ["Aluminum plating", "Industry", 31.7, "oec", false],
      ["Ferroalloys", "Industry", 6.79, "oec", false],
      ["Petroleum resins", "Industry", 6.51, "oec", false],
      ["Not shown: other sectors and unattributed (derived)", "", 29.9, "oec", true],
      ["Total exports to U.S.", "", 135.03, "national", false],
    ]);
    expect(table(2024, ["industry"]).file).toEqual({
      panel: "exports",
      years: { first: 2024, last: 2024 },
      sectors: ["industry"],
    });
  });

  it("2024: the total row holds every version, national and OEC, the OEC total the remainder uses among them", () => {
    const model = table(2024, []);
    const totalRow = model.rows.find((r) => r.labels[0] === "Total exports to U.S.");
    expect(totalRow?.figure?.versions.map((v) => v.value)).toEqual([135.03, 135.3, 135, 74.9]);
    const remainder = model.rows.find((r) => r.key === "remainder");
    expect(remainder?.recordIds).toContain("trade-2024-exports-oec-article001");
  });

  it("a year without a product split holds only its totals", () => {
    expect(brief(2023, []).every(([label]) => label === "Total exports to U.S.")).toBe(true);
  });
});
