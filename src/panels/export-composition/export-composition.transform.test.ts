import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { buildExportComposition } from "./export-composition.transform";

const input = {
  products: data.exportProducts.records,
  named: data.exportProducts.namedProducts,
  trade: data.trade.records,
};

describe("buildExportComposition", () => {
  it("lists the 2024 OEC products largest first and derives 'other' from the OEC total", () => {
    const view = buildExportComposition(input, 2024, [], dates);
    expect(view.products.map((f) => f.primary.value)).toEqual([31.7, 8.13, 6.79, 6.51, 2.51]);
    expect(view.basis).toBe("oec");
    expect(view.total?.primary.value).toBe(74.9);
    expect(view.other?.value).toBe(19.26); // 74.9 − 55.64
  });

  it("shows that the national and OEC totals differ", () => {
    const view = buildExportComposition(input, 2024, [], dates);
    expect(view.totalsByBasis.map((f) => [f.primary.basis, f.primary.value])).toEqual(
      expect.arrayContaining([
        ["national", 135.03],
        ["oec", 74.9],
      ]),
    );
  });

  it("filters products by sector and says how much the filter hides", () => {
    const view = buildExportComposition(input, 2024, ["defense"], dates);
    expect(view.products.map((f) => f.primary.product)).toEqual(["Explosive ammunition"]);
    expect(view.hiddenBySector?.value).toBe(66.77);
    expect(view.named.every((n) => n.sector === "defense")).toBe(true);
  });

  it("has no breakdown for 2023 and offers the years that have one", () => {
    const view = buildExportComposition(input, 2023, [], dates);
    expect(view.products).toEqual([]);
    expect(view.other).toBeNull();
    expect(view.availableYears).toEqual([2024]);
  });
});
