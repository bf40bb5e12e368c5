import { describe, expect, it } from "vitest";
import { SYNTHETIC_SOURCE, syntheticProducts } from "../../../scripts/synthetic-dataset.mjs";
import { parseResource } from "../../data-source/parse-resource";
import { sourceDates } from "../../data-source/versions";
import { data, dates } from "../../../tests/support/dataset";
import { exportView } from "../../../tests/support/export-view";
import type { SectorId, TradeRecord } from "../../data-source/schema";
import { toBars } from "./export-composition.chart-rows";
import { otherBarProvenance } from "./export-composition.remainder";
import { exportTable } from "./export-composition.table";
import { buildExportComposition, TOP_PRODUCTS } from "./export-composition.transform";

// A generated, SYNTHETIC many-product year (valid against the schema), as an organisation's fuller dataset would be.
const many = parseResource("exportProducts", {
  records: syntheticProducts({ products: 250, years: 2, firstYear: 2030 }),
  namedProducts: [],
}).records;
const manyDates = sourceDates([...data.sources.sources, SYNTHETIC_SOURCE]);
const sum = (values: readonly number[]) => Math.round(values.reduce((s, v) => s + v, 0) * 1000) / 1000;

function manyView(sectors: readonly SectorId[] = [], trade: readonly TradeRecord[] = []) {
  return buildExportComposition({ products: many, named: [], trade }, 2030, sectors, manyDates);
}

/** A full-year OEC export total for 2030 stated as exactly `value` (to test the remainder of a covering total). */
function oecTotal(value: number): TradeRecord {
  return {
    id: "synthetic-total-2030",
    value,
    qualifier: "exact",
    statedAs: `$${value} million (synthetic)`,
    unit: "USD million",
    periodStart: "2030-01-01",
    periodEnd: "2030-12-31",
    dateInferred: false,
    reporter: "SYNTHETIC benchmark data",
    sourceIds: [SYNTHETIC_SOURCE.id],
    metric: "exports",
    basis: "oec",
    scope: "all_goods",
  };
}

describe("the largest products and one derived bar for the rest", () => {
  it("draws the 10 largest of 250 products and sums the other 240 into one derived bar", () => {
    const view = manyView();
    const values = view.products.map((f) => f.primary.value);
    expect(view.products).toHaveLength(250); // the table and the CSV keep every product
    expect(view.top.map((f) => f.primary.value)).toEqual(values.slice(0, TOP_PRODUCTS));
    expect(view.otherBar).toEqual({
      method: "sum",
      derived: { value: sum(values.slice(TOP_PRODUCTS)), fromIds: view.products.slice(10).map((f) => f.primary.id) },
      products: 240,
    });
    const bars = toBars(view);
    expect(bars).toHaveLength(11);
    expect(bars.at(-1)).toMatchObject({ label: "240 other products (derived)", sector: null });
  });

  it("says the sum's formula and how many products it adds, listing the largest few", () => {
    const view = manyView();
    const bar = view.otherBar;
    const p = bar && otherBarProvenance(view, bar, "240 other products (derived)");
    expect(p?.formula).toMatch(/^Sum of 240 products = \$[\d,.]+M$/);
    expect(p?.inputs.map((i) => i.label)).toEqual(view.products.slice(10, 20).map((f) => f.primary.product));
    expect(p?.moreInputs).toBe(230);
  });

  it("with a total covering every product, the last bar is the total minus the 10 drawn, so the bars add up", () => {
    const all = sum(many.filter((r) => r.periodStart === "2030-01-01").map((r) => r.value));
    const view = manyView([], [oecTotal(Math.round((all + 100) * 1000) / 1000)]);
    expect(view.other?.value).toBe(100);
    expect(view.otherBar?.method).toBe("total");
    const bars = toBars(view);
    expect(bars).toHaveLength(11);
    expect(bars.at(-1)?.label).toBe("All other exports (derived)");
    expect(sum(bars.map((b) => b.value))).toBe(view.total?.primary.value);
    const p = view.otherBar && otherBarProvenance(view, view.otherBar, "All other exports (derived)");
    expect(p?.formula).toMatch(/\(10 products\)/);
    expect(p?.inputs).toHaveLength(11); // the total and the 10 products drawn
  });

  it("a total smaller than the products gives no remainder (another footing), under a sector filter too", () => {
    const view = manyView(["energy"], [oecTotal(1)]);
    expect(view.other).toBeNull();
    expect(view.hiddenBySector).toBeNull();
    expect(view.otherBar?.method).toBe("sum");
    expect(view.top.every((f) => f.primary.sector === "energy")).toBe(true);
    expect(view.otherBar?.products).toBe(view.products.length - 10);
  });

  it("keeps every product in the table (paged on screen), with the derived bar only on the chart", () => {
    const model = exportTable(manyView(), []);
    expect(model.rows).toHaveLength(250);
    expect(model.rows.every((r) => r.derived === null)).toBe(true);
  });

  it("changes nothing for the bundled data: 5 products in 2024, the only year with a product split", () => {
    const view = exportView(2024);
    expect(view.availableYears).toEqual([2024]);
    expect(view.top).toEqual(view.products);
    expect(view.otherBar).toEqual({ method: "total", derived: view.other, products: 0 });
    expect(toBars(view).at(-1)?.label).toBe("Other products (derived)");
    expect(exportView(2024, ["industry"]).otherBar).toBeNull();
    expect(
      buildExportComposition(
        { products: data.exportProducts.records, named: [], trade: data.trade.records },
        2024,
        [],
        dates,
      ).top,
    ).toHaveLength(5);
  });
});
