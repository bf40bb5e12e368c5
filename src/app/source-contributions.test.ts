import { describe, expect, it } from "vitest";
import { data } from "../../tests/support/dataset";
import { sourceContributions } from "./source-contributions";

const all = sourceContributions({
  trade: data.trade.records,
  products: data.exportProducts.records,
  namedProducts: data.exportProducts.namedProducts,
  investment: data.investment.records,
  companyCounts: data.companies.counts,
  companies: data.companies.companies,
  milestones: data.milestones.milestones,
});
const counts = (id: string) => Object.fromEntries((all.get(id) ?? []).map((c) => [c.kind, c.items.length]));

describe("sourceContributions", () => {
  it("counts what seed 004 contributed, per resource", () => {
    const expected = (kind: "trade" | "investment") =>
      data[kind].records.filter((r) => r.sourceIds.includes("article-004")).length;
    expect(counts("article-004")).toMatchObject({
      trade: expected("trade"),
      investment: expected("investment"),
      companyCounts: 2,
    });
    expect(expected("trade")).toBeGreaterThan(0);
  });

  it("credits a record with two sources to both", () => {
    for (const id of ["article-001", "web-azernews-239869"]) {
      const trade = all.get(id)?.find((c) => c.kind === "trade");
      expect(trade?.items.some((i) => i.kind === "trade" && i.record.id === "trade-2024-exports-article001")).toBe(
        true,
      );
    }
  });

  it("lists kinds in a fixed order and every cited source has an entry", () => {
    const kinds = (all.get("article-001") ?? []).map((c) => c.kind);
    expect(kinds.slice(0, 2)).toEqual(["trade", "products"]);
    const cited = new Set(data.trade.records.flatMap((r) => r.sourceIds));
    for (const id of cited) expect(all.has(id)).toBe(true);
  });

  it("counts nothing from resources not given", () => {
    expect(sourceContributions({}).size).toBe(0);
  });
});
