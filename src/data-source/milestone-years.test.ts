import { describe, expect, it } from "vitest";
import { data } from "../../tests/support/dataset";
import { milestoneMarkers, milestonesByYear, milestoneYear } from "./milestone-years";

describe("milestonesByYear", () => {
  const list = data.milestones.milestones;
  const byYear = milestonesByYear(list);

  it("groups every milestone once under its year, years ascending", () => {
    const years = [...byYear.keys()];
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect([...byYear.values()].flat()).toHaveLength(list.length);
    for (const [year, events] of byYear) for (const m of events) expect(milestoneYear(m)).toBe(year);
    expect(years[0]).toBe(1992);
    expect(years).toContain(2026);
  });

  it("is cached by the list's identity", () => {
    expect(milestonesByYear(list)).toBe(byYear);
  });
});

describe("milestoneMarkers", () => {
  it("gives one marker per year with that year's titles, stable per list", () => {
    const list = data.milestones.milestones;
    const markers = milestoneMarkers(list);
    expect(markers.map((m) => m.year)).toEqual([...milestonesByYear(list).keys()]);
    expect(markers.find((m) => m.year === 2026)?.titles).toContain("Strategic Partnership Charter signed");
    expect(milestoneMarkers(list)).toBe(markers);
  });
});
