import { describe, expect, it } from "vitest";
import { data } from "../../tests/support/dataset";
import { buildCitation, citeSource, filtersInWords, localIsoDate, usedSources } from "./citation";

const index = new Map(data.sources.sources.map((s) => [s.id, s]));

describe("filtersInWords", () => {
  it("says the year and the sectors in words", () => {
    expect(filtersInWords(2024, ["energy", "finance"])).toBe("year 2024, sectors: energy, finance");
    expect(filtersInWords(2025, [])).toBe("year 2025, all sectors");
    expect(filtersInWords(2025, null)).toBe("year 2025");
    expect(filtersInWords(null, ["digital"])).toBe("sectors: digital");
  });
});

describe("usedSources", () => {
  it("keeps first-seen order, drops repeats and unknown ids", () => {
    expect(usedSources(["seed-001", "nope", "seed-000", "seed-001"], index).map((s) => s.id)).toEqual([
      "seed-001",
      "seed-000",
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
      sources: usedSources(["seed-000", "web-azernews-239869"], index),
    });
    expect(text).toBe(
      [
        "Azerbaijan–U.S. economic relations, interactive dashboard; view: year 2024, sectors: energy, finance.",
        "Shown as tables: Trade turnover.",
        "https://example.org/?year=2024&sector=energy~finance&table=trade",
        "Accessed Mar 12, 2026.",
        "Sources:",
        "- Azerbaijan.us, “Azerbaijan–U.S. Trade Nearly Doubles as Political Dialogue Resumes”, Aug 28, 2025, seed article 000_8e73a360173ef01b.txt",
        `- ${citeSource(index.get("web-azernews-239869")!)}`,
      ].join("\n"),
    );
    expect(citeSource(index.get("web-azernews-239869")!)).toMatch(
      /^AzerNews \(Akbar Novruz\), “.+”, undated, https:\/\/www\.azernews\.az\/analysis\/239869\.html$/,
    );
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

  it("dates the access by the reader's local day", () => {
    expect(localIsoDate(new Date(2026, 2, 12, 23, 59))).toBe("2026-03-12");
  });
});
