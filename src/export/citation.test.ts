import { describe, expect, it } from "vitest";
import { data } from "../../tests/support/dataset";
import {
  activeFiltersInWords,
  buildCitation,
  citeSource,
  filtersInWords,
  localIsoDate,
  sourceLine,
  sourceAddress,
  usedSources,
} from "./citation";

const index = new Map(data.sources.sources.map((s) => [s.id, s]));

describe("filtersInWords", () => {
  it("says the year and the sectors in words", () => {
    expect(filtersInWords(2024, ["energy", "finance"])).toBe("year 2024, sectors: energy, finance");
    expect(filtersInWords(2025, [])).toBe("year 2025, all sectors");
    expect(filtersInWords(2025, null)).toBe("year 2025");
    expect(filtersInWords(null, ["digital"])).toBe("sectors: digital");
  });
});

describe("activeFiltersInWords (an image's subtitle)", () => {
  it("names the year and the sectors, marking a filter the panel does not depend on", () => {
    expect(activeFiltersInWords(2024, ["energy"], { year: true, sectors: true })).toBe("year 2024, sectors: energy");
    expect(activeFiltersInWords(2024, ["energy", "finance"], { year: true, sectors: false })).toBe(
      "year 2024, sectors: energy, finance (not applied to this chart)",
    );
    expect(activeFiltersInWords(2025, ["digital"], { year: false, sectors: true })).toBe(
      "year 2025 (not applied to this chart), sectors: digital",
    );
  });

  it("says “all sectors” where sectors apply, and leaves an unselected, unused sector filter out", () => {
    expect(activeFiltersInWords(2025, [], { year: true, sectors: true })).toBe("year 2025, all sectors");
    expect(activeFiltersInWords(2025, [], { year: true, sectors: false })).toBe("year 2025");
  });
});

describe("sourceLine (drawn into images)", () => {
  it("names each document by publisher and date, counting those that would read the same", () => {
    const line = sourceLine(usedSources(["article-000", "article-001", "article-004", "article-003"], index));
    expect(line).toBe(
      "Sources: Azerbaijan.us (Aug 28, 2025); Today.az (undated; 2 documents); Trend News Agency (Feb 24, 2026)",
    );
  });
});

describe("usedSources", () => {
  it("keeps first-seen order, drops repeats and unknown ids", () => {
    expect(usedSources(["article-001", "nope", "article-000", "article-001"], index).map((s) => s.id)).toEqual([
      "article-001",
      "article-000",
    ]);
  });
});

describe("buildCitation", () => {
  it("gives title, filters, link, access date and each source with publisher, title, date and where to find it", () => {
    const text = buildCitation({
      year: 2024,
      sectors: ["energy", "finance"],
      tables: ["Trade turnover"],
      link: "https://example.org/?year=2024&sector=energy~finance&table=trade",
      accessed: new Date(2026, 2, 12, 23, 30),
      sources: usedSources(["article-000", "web-azernews-239869"], index),
    });
    expect(text).toBe(
      [
        "Azerbaijan–U.S. economic relations, interactive dashboard; view: year 2024, sectors: energy, finance.",
        "Shown as tables: Trade turnover.",
        "https://example.org/?year=2024&sector=energy~finance&table=trade",
        "Accessed Mar 12, 2026.",
        "Sources:",
        "- Azerbaijan.us, “Azerbaijan–U.S. Trade Nearly Doubles as Political Dialogue Resumes”, Aug 28, 2025, azerbaijan.us/?p=8853",
        `- ${citeSource(index.get("web-azernews-239869")!)}`,
      ].join("\n"),
    );
    expect(citeSource(index.get("web-azernews-239869")!)).toMatch(
      /^AzerNews \(Akbar Novruz\), “.+”, undated, https:\/\/www\.azernews\.az\/analysis\/239869\.html$/,
    );
  });

  it("names every document by publisher, title, date and address, never by an internal word", () => {
    const text = buildCitation({
      year: 2025,
      sectors: [],
      link: "http://x/?year=2025",
      accessed: new Date(2026, 0, 1),
      sources: data.sources.sources,
    });
    expect(text).not.toMatch(/seed|\.txt|mock-data/i);
    for (const source of data.sources.sources) expect(text).toContain(`“${source.title}”`);
  });

  it("leaves out the tables line and the sources when there are none", () => {
    const text = buildCitation({
      year: 2025,
      sectors: [],
      link: "http://x/",
      accessed: new Date(2026, 0, 1),
      sources: [],
    });
    expect(text).toBe(
      "Azerbaijan–U.S. economic relations, interactive dashboard; view: year 2025, all sectors.\nhttp://x/\nAccessed Jan 1, 2026.",
    );
  });

  it("takes a primary article's address from its attribution where the page gives one, else none", () => {
    expect(sourceAddress(index.get("article-001")!)).toBe("today.az/news/analytics/265497.html");
    // Trend's attribution names only its Russian version: not the article's own address.
    expect(sourceAddress(index.get("article-003")!)).toBeNull();
    expect(citeSource(index.get("article-003")!)).toBe(
      "Trend News Agency, “Azerbaijan–U.S. economic ties: from the Contract of the Century to a strategic economic partnership”, Feb 24, 2026",
    );
  });

  it("dates the access by the reader's local day", () => {
    expect(localIsoDate(new Date(2026, 2, 12, 23, 59))).toBe("2026-03-12");
  });
});
