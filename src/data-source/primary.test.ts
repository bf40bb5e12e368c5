import { describe, expect, it } from "vitest";
import { rankVersions, significantDigits, type SourceDates, type Version } from "./primary";

const dates: SourceDates = {
  isSeed: (id) => id.startsWith("article-"),
  published: (id) =>
    ({
      "article-003": "2026-02-24",
      "article-004": null,
      "web-a": "2026-03-10",
      "web-b": "2025-04-03",
    })[id] ?? null,
};

const v = (id: string, value: number, extra: Partial<Version> = {}): Version => ({
  id,
  value,
  qualifier: "exact",
  basis: "national",
  sourceIds: ["article-003"],
  ...extra,
});

describe("significantDigits", () => {
  it.each([
    [1752.96, 6],
    [1550, 3],
    [1557, 4],
    [1600, 2],
    [77.621, 5],
    [0.5, 1],
    [0, 1],
  ])("%d has %d significant digits", (value, digits) => {
    expect(significantDigits(value)).toBe(digits);
  });
});

describe("rankVersions", () => {
  it("puts an exact figure before an approximate one", () => {
    const ranked = rankVersions(
      [v("a", 1360, { qualifier: "approx", sourceIds: ["article-004"] }), v("b", 1550)],
      dates,
    );
    expect(ranked.map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("puts national statistics before OEC mirror data, even when less precise", () => {
    const ranked = rankVersions([v("oec", 74.9, { basis: "oec" }), v("nat", 135)], dates);
    expect(ranked[0]?.id).toBe("nat");
  });

  it("prefers the more precise figure", () => {
    const ranked = rankVersions([v("rounded", 1550), v("precise", 1557, { sourceIds: ["article-004"] })], dates);
    expect(ranked[0]?.id).toBe("precise");
  });

  it("prefers a seed to a secondary page at equal precision, then the later publication", () => {
    expect(rankVersions([v("web", 1557, { sourceIds: ["web-a"] }), v("seed", 1558)], dates)[0]?.id).toBe("seed");
    expect(
      rankVersions([v("old", 135.3, { sourceIds: ["web-b"] }), v("new", 135.4, { sourceIds: ["web-a"] })], dates)[0]
        ?.id,
    ).toBe("new");
  });

  it("is deterministic whatever the input order", () => {
    const list = [v("b", 10), v("a", 10), v("c", 10)];
    expect(rankVersions(list, dates).map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(rankVersions([...list].reverse(), dates).map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
});
