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

  it("says every sector and its count in the text alternative", () => {
    expect(sectorSummary(bars)).toBe(
      "Bar chart of named U.S. companies per sector. Energy 6; Digital 3; Finance 3; Aerospace 4; Transport 1; Healthcare 1; Industry 2; Consumer 2",
    );
  });
});

describe("isHighlighted", () => {
  it("highlights every sector without a selection, only the selected ones with one", () => {
    expect(isHighlighted("energy", [])).toBe(true);
    expect(isHighlighted("energy", ["finance"])).toBe(false);
    expect(isHighlighted("finance", ["finance"])).toBe(true);
  });
});
