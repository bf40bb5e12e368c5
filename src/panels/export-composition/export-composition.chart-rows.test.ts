import { describe, expect, it } from "vitest";
import { exportView } from "../../../tests/support/export-view";
import { barsSummary, namedSourceIds, toBars, totalsInWords } from "./export-composition.chart-rows";

const view = exportView;

describe("toBars", () => {
  it("draws the 2024 products largest first, then the derived 'other' without a sector", () => {
    const bars = toBars(view(2024));
    expect(bars.map((b) => b.value)).toEqual([31.7, 8.13, 6.79, 6.51, 2.51, 19.26]);
    expect(bars.at(-1)).toEqual({ label: "Other products (derived)", value: 19.26, qualifier: "exact", sector: null });
    expect(bars.slice(0, -1).every((b) => b.sector !== null)).toBe(true);
  });

  it("leaves 'other' out under a sector filter", () => {
    expect(toBars(view(2024, ["defense"]))).toEqual([
      { label: "Explosive ammunition", value: 8.13, qualifier: "exact", sector: "defense" },
    ]);
  });

  it("has no bars for a year without a breakdown", () => {
    expect(toBars(view(2023))).toEqual([]);
  });
});

describe("barsSummary", () => {
  it("leads with the largest product and the total on its basis, then points to the table", () => {
    const v = view(2024);
    expect(barsSummary(2024, toBars(v), v.total)).toBe(
      "Aluminum plating is the largest of 5 products shown for 2024, at $31.7M of $74.9M (OEC) in total exports to the U.S. " +
        "Every value is in the Table view.",
    );
  });

  it("is a sentence or two, not a list of every bar", () => {
    const v = view(2024);
    const text = barsSummary(2024, toBars(v), v.total);
    expect(text.length).toBeLessThan(200);
    expect(text).not.toContain("Ferroalloys");
    expect(text).not.toContain("Other products");
  });

  it("never calls the derived remainder the largest product, even when it is the largest bar", () => {
    const bars = [
      { label: "Carpets", value: 1, qualifier: "exact" as const, sector: "consumer" as const },
      { label: "Other products (derived)", value: 50, qualifier: "exact" as const, sector: null },
    ];
    expect(barsSummary(2030, bars)).toBe(
      "Carpets is the only product shown for 2030, at $1M. Every value is in the Table view.",
    );
  });

  it("follows the sector filter and keeps a source's qualifier", () => {
    const v = view(2024, ["defense"]);
    expect(barsSummary(2024, toBars(v))).toBe(
      "Explosive ammunition is the only product shown for 2024, at $8.13M. Every value is in the Table view.",
    );
    const about = [{ label: "Crude oil", value: 30, qualifier: "approx" as const, sector: "energy" as const }];
    expect(barsSummary(2024, about)).toContain("at about $30M.");
    expect(barsSummary(2023, [])).toBe("No product values shown for 2023. Every figure is in the Table view.");
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
