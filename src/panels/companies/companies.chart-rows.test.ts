import { describe, expect, it } from "vitest";
import { data } from "../../../tests/support/dataset";
import { isHighlighted, sectorBars, sectorSummary } from "./companies.chart-rows";
import { buildCompaniesView } from "./companies.transform";

describe("sectorBars", () => {
  const bars = sectorBars(buildCompaniesView(data.companies, []).bySector);

  it("keeps only the sectors with named U.S. companies, each with its name", () => {
    expect(bars.every((b) => b.count > 0)).toBe(true);
    expect(bars.find((b) => b.sector === "finance")?.label).toBe("Finance");
    expect(bars.map((b) => [b.sector, b.count])).toEqual([
      ["energy", 6],
      ["digital", 3],
      ["finance", 3],
      ["aerospace", 4],
      ["transport", 1],
      ["healthcare", 1],
      ["industry", 2],
      ["consumer", 2],
    ]);
  });

  it("leads the text alternative with the sector that has the most, then points to the table", () => {
    expect(sectorSummary(bars)).toBe(
      "Energy has the most named U.S. companies, 6, of the 8 sectors with any. Every count is in the Table view.",
    );
    expect(sectorSummary(bars)).not.toContain("Aerospace");
  });

  it("names every sector tied for the most, and says when there is none", () => {
    const tied = bars.map((b) => (b.sector === "aerospace" ? { ...b, count: 6 } : b));
    expect(sectorSummary(tied)).toBe(
      "Energy and Aerospace have the most named U.S. companies, 6 each, of the 8 sectors with any. " +
        "Every count is in the Table view.",
    );
    expect(sectorSummary(bars.slice(1, 2))).toBe(
      "Digital has the most named U.S. companies, 3, in the only sector with any. Every count is in the Table view.",
    );
    expect(sectorSummary([])).toBe("No named U.S. companies in any sector. Every count is in the Table view.");
  });
});

describe("isHighlighted", () => {
  it("highlights every sector without a selection, only the selected ones with one", () => {
    expect(isHighlighted("energy", [])).toBe(true);
    expect(isHighlighted("energy", ["finance"])).toBe(false);
    expect(isHighlighted("finance", ["finance"])).toBe(true);
  });
});
