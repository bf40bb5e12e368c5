import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { milestoneMarkers } from "../../data-source/milestone-years";
import {
  chartSummary,
  dataYears,
  hasOtherBasis,
  milestoneSummary,
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

describe("text alternative and legend", () => {
  it("lists every year with data, figures with their qualifier", () => {
    const summary = chartSummary(series);
    expect(summary).toMatch(/^Bar chart of imports and exports by year with turnover line\. /);
    expect(summary).toContain("2024: Imports from U.S. $1,617.93M, Exports to U.S. $135.03M, Turnover $1,752.96M");
    for (const y of dataYears(series)) expect(summary).toContain(`${y}:`);
  });

  it("names the milestones of years on the axis only", () => {
    const rows = toChartRows(series);
    const markers = milestoneMarkers(data.milestones.milestones);
    const text = milestoneSummary(markers, rows);
    expect(text).toMatch(/^Milestones marked on the chart: /);
    const offAxis = markers.filter((m) => !rows.some((r) => r.year === m.year));
    expect(offAxis.length).toBeGreaterThan(0);
    for (const m of offAxis) expect(text).not.toContain(`${m.year}:`);
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
