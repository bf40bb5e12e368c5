import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { barsSummary, namedSourceIds, toBars, totalsInWords } from "./export-composition.chart-rows";
import { buildExportComposition } from "./export-composition.transform";
import type { SectorId } from "../../data-source/schema";

const view = (year: number, sectors: SectorId[] = []) =>
  buildExportComposition(
    { products: data.exportProducts.records, named: data.exportProducts.namedProducts, trade: data.trade.records },
    year,
    sectors,
    dates,
  );

describe("toBars", () => {
  it("draws the 2024 products largest first, then the derived 'other' without a sector", () => {
    const bars = toBars(view(2024), false);
    expect(bars.map((b) => b.value)).toEqual([31.7, 8.13, 6.79, 6.51, 2.51, 19.26]);
    expect(bars.at(-1)).toEqual({ label: "Other products (derived)", value: 19.26, sector: null });
    expect(bars.slice(0, -1).every((b) => b.sector !== null)).toBe(true);
  });

  it("leaves 'other' out under a sector filter", () => {
    expect(toBars(view(2024, ["defense"]), true)).toEqual([
      { label: "Explosive ammunition", value: 8.13, sector: "defense" },
    ]);
  });

  it("has no bars for a year without a breakdown", () => {
    expect(toBars(view(2023), false)).toEqual([]);
  });
});

describe("barsSummary", () => {
  it("names every bar with its value", () => {
    expect(barsSummary(2024, toBars(view(2024, ["defense"]), true))).toBe(
      "Bar chart of export products for 2024. Explosive ammunition $8.13M",
    );
  });
});

describe("totalsInWords", () => {
  it("sets the national and OEC totals of 2024 side by side", () => {
    const words = totalsInWords(view(2024));
    expect(words.split(" vs ").sort()).toEqual(["$135.03M (Azerbaijani national statistics)", "$74.9M (OEC)"]);
  });
});

describe("namedSourceIds", () => {
  it("lists each source of the named products once", () => {
    const v = view(2024);
    const ids = namedSourceIds(v);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(v.named.flatMap((n) => n.sourceIds)));
  });
});
