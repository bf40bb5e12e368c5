import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { milestoneMarkers } from "../../data-source/milestone-years";
import { axisBreaks, markedYears, milestonePlacements, yearRanges } from "./trade-turnover.chart-marks";
import {
  chartSummary,
  dataYears,
  hasOtherBasis,
  milestoneSummary,
  segments,
  toChartRows,
  tradeLegend,
} from "./trade-turnover.chart-rows";
import { buildTradeSeries } from "./trade-turnover.transform";

const series = buildTradeSeries(data.trade.records, dates);
const index = new Map(data.sources.sources.map((s) => [s.id, s]));

describe("toChartRows", () => {
  const rows = toChartRows(series, index);
  const row = (y: number) => rows.find((r) => r.year === y);

  it("draws the primary national figures and the derived balance of each year", () => {
    expect(row(2024)).toMatchObject({ imports: 1617.93, exports: 135.03, turnover: 1752.96, balance: -1482.9 });
    expect(row(2024)?.importsOtherBasis).toBe(false);
  });

  it("names each primary figure's source for the tooltip", () => {
    expect(row(2024)?.turnoverSource).toMatch(/\w+, \d{1,2} \w{3} \d{4}|undated/);
    expect(toChartRows(series)[0]?.turnoverSource).toBeNull();
  });

  it("marks a year whose imports are not national statistics (2010: U.S.-side imports)", () => {
    expect(row(2010)?.importsOtherBasis).toBe(true);
    expect(hasOtherBasis(series)).toBe(true);
  });
});

describe("axis of data years", () => {
  const rows = toChartRows(series);

  it("gives room only to years with figures, and puts a break where years are missing", () => {
    expect(rows.map((r) => r.year)).toEqual(dataYears(series));
    expect(rows.some((r) => series.gapYears.includes(r.year))).toBe(false);
    const breaks = axisBreaks(rows);
    expect(breaks.flatMap((b) => b.missing)).toEqual(series.gapYears);
    expect(breaks[0]).toMatchObject({ after: 2011, before: 2017, missing: [2012, 2013, 2014, 2015, 2016] });
    expect(yearRanges(series.gapYears)).toEqual(["2012–2016", "2019–2020"]);
    expect(yearRanges([2019])).toEqual(["2019"]);
  });

  it("never joins the lines across a break or into a year on mixed bases", () => {
    const segmentOf = (y: number) => rows.find((r) => r.year === y)?.segment;
    // 2010: national turnover over U.S.-side imports: drawn apart from everything.
    expect(rows.find((r) => r.year === 2010)).toMatchObject({ mixedBasis: true, importsBasis: "us_official" });
    expect(segmentOf(2010)).not.toBe(segmentOf(2011));
    expect(rows.find((r) => r.year === 2011)?.mixedBasis).toBe(false);
    expect(segmentOf(2011)).not.toBe(segmentOf(2017));
    expect(segmentOf(2017)).toBe(segmentOf(2018));
    expect(segmentOf(2018)).not.toBe(segmentOf(2021));
    expect(segmentOf(2022)).toBe(segmentOf(2025));
    expect(segments(rows)).toHaveLength(new Set(rows.map((r) => r.segment)).size);
  });

  it("places milestones on their year, or on the break of a missing year, and only within the chart's span", () => {
    const markers = milestoneMarkers(data.milestones.milestones);
    const placements = milestonePlacements(markers, rows);
    const on2025 = placements.find((p) => p.kind === "year" && p.year === 2025);
    expect(on2025).toBeDefined();
    // Chevron's 2019 asset sale sits on the 2019–2020 break.
    const onBreak = placements.find((p) => p.kind === "break" && p.at.after === 2018);
    expect(onBreak?.kind === "break" && onBreak.markers.map((m) => m.year)).toEqual([2019]);
    const first = rows[0]?.year ?? 0;
    const last = rows[rows.length - 1]?.year ?? 0;
    for (const y of markedYears(placements)) expect(y >= first && y <= last).toBe(true);
    expect(markers.some((m) => m.year < first || m.year > last)).toBe(true);
  });
});

describe("text alternative and legend", () => {
  it("leads with the takeaway, names the missing years and points to the table, in a few sentences", () => {
    const summary = chartSummary(series);
    expect(summary).toMatch(
      /^Turnover peaked at \$2\.3B in 2010 and was \$1\.557B in 2025; imports from the U\.S\. are most of it in every year with comparable figures\. /,
    );
    expect(summary).toContain("no full-year figures for 2012–2016 and 2019–2020.");
    expect(summary).toMatch(/Table view\.$/);
    expect(summary.length).toBeLessThan(400);
  });

  it("computes the takeaway from the data: the share when imports are not always most of it", () => {
    const latest = series.years.filter((y) => y.year >= 2024);
    const halved = latest.map((y) =>
      y.imports ? { ...y, imports: { ...y.imports, primary: { ...y.imports.primary, value: 100 } } } : y,
    );
    const summary = chartSummary({ ...series, years: halved, gapYears: [] });
    expect(summary).toMatch(/^Turnover peaked at \$1,752\.96M in 2024 and was \$1\.557B in 2025; /);
    expect(summary).toContain("imports from the U.S. were 6.4% of it in 2025.");
    expect(summary).not.toContain("no full-year figures");
  });

  it("names the milestone years on the chart only", () => {
    const rows = toChartRows(series);
    const markers = milestoneMarkers(data.milestones.milestones);
    const text = milestoneSummary(markers, rows);
    expect(text).toBe("Milestones marked on the chart: 2011, 2016, 2017, 2019, and 2025.");
    expect(milestoneSummary([], rows)).toBe("");
  });

  it("adds the hatched and milestone entries only when they are drawn", () => {
    expect(tradeLegend({ hatched: false, milestones: false }).map((i) => i.shape)).toEqual([
      "square",
      "square",
      "line",
      "dashed-line",
    ]);
    expect(tradeLegend({ hatched: true, milestones: true }).map((i) => i.shape)).toEqual([
      "square",
      "square",
      "line",
      "dashed-line",
      "hatched",
      "triangle",
    ]);
  });
});
