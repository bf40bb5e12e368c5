import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import {
  flowCategory,
  flowChartLabel,
  flowLegend,
  flowRows,
  flowYearOf,
  flowYears,
  groupTitle,
  stockAxis,
  stockChartLabel,
  stockLegend,
  stockPoints,
  stockSeries,
} from "./investment.chart-rows";
import { buildInvestmentBase } from "./investment.transform";

const base = buildInvestmentBase(data.investment.records, dates);
const full = base.groups.find((g) => g.shape === "full");
const partial = base.groups.find((g) => g.shape === "01-01..09-30");
if (!full || !partial) throw new Error("the dataset has full-year and Jan–Sep flows");

describe("flowRows", () => {
  it("gives one row per period with both directions, null where the sources have no figure", () => {
    expect(flowRows(full)).toEqual([
      {
        label: "2023",
        year: 2023,
        usToAz: 171.9,
        azToUs: 311.775,
        usToAzLabel: "$171.9M",
        azToUsLabel: "$311.775M",
      },
      { label: "2024", year: 2024, usToAz: 149.8, azToUs: null, usToAzLabel: "$149.8M", azToUsLabel: null },
    ]);
    expect(flowRows(partial).map((r) => [r.label, r.year, r.usToAz, r.azToUs])).toEqual([
      ["Jan–Sep 2024", 2024, 102.1, null],
      ["Jan–Sep 2025", 2025, 133.24, 77.621],
    ]);
  });

  it("maps a year to its period label on the axis and back, undefined outside the group", () => {
    const rows = flowRows(partial);
    expect(flowCategory(rows, 2025)).toBe("Jan–Sep 2025");
    expect(flowCategory(rows, 2023)).toBeUndefined();
    expect(flowYearOf(rows, "Jan–Sep 2024")).toBe(2024);
    expect(flowYearOf(rows, "2024")).toBeUndefined();
  });

  it("leads the chart's text alternative with the latest period both ways, then points to the table", () => {
    expect(flowChartLabel(flowRows(partial))).toBe(
      "Investment flows, latest of 2 periods (Jan–Sep 2025): U.S. → Azerbaijan $133.24M, Azerbaijan → U.S. $77.621M. " +
        "Every value is in the Table view.",
    );
    expect(flowChartLabel(flowRows(full))).toBe(
      "Investment flows, latest of 2 periods (2024): U.S. → Azerbaijan $149.8M, Azerbaijan → U.S. not in sources. " +
        "Every value is in the Table view.",
    );
    // Earlier periods are in the table, not in the text alternative.
    expect(flowChartLabel(flowRows(full))).not.toContain("171.9");
  });

  it("keeps a stated qualifier and names a single period without 'latest'", () => {
    const [row] = flowRows(partial);
    if (!row) throw new Error("a partial-year row");
    expect(flowChartLabel([{ ...row, usToAzLabel: "more than $133M" }])).toBe(
      "Investment flows, Jan–Sep 2024: U.S. → Azerbaijan more than $133M, Azerbaijan → U.S. not in sources. " +
        "Every value is in the Table view.",
    );
    expect(flowChartLabel([])).toBe("No investment flows shown. Every figure is in the Table view.");
  });
});

describe("groupTitle and flowYears", () => {
  it("names full years and the partial span without its year", () => {
    expect(groupTitle(full)).toBe("Flows, full years");
    expect(groupTitle(partial)).toBe("Flows, Jan–Sep");
  });

  it("lists every year with a flow figure, ascending", () => {
    expect(flowYears(base.groups)).toEqual([2023, 2024, 2025]);
  });
});

describe("stockPoints", () => {
  const us = stockPoints(base.stocks, "us_to_az");
  const az = stockPoints(base.stocks, "az_to_us");

  it("places dated all-sector stock statements in time, qualified ones marked", () => {
    expect(us.map((p) => [new Date(p.time).toISOString().slice(0, 10), p.value, p.label, p.qualified])).toEqual([
      ["2017-10-16", 17000, "$17B", false],
      ["2018-09-10", 13000, "more than $13B", true],
      ["2019-04-18", 10000, "$10B", false],
      ["2019-07-05", 13600, "$13.6B", false],
      ["2020-05-24", 14000, "$14B", false],
      ["2022-02-01", 19000, "about $19B", true],
      ["2026-03-10", 19000, "about $19B", true],
    ]);
    expect(az.map((p) => p.value)).toEqual([3000, 7600, 8200]);
  });

  it("leads the chart's text alternative with the latest statement each way, as stated and dated", () => {
    const text = stockChartLabel(us, az);
    expect(text).toBe(
      "Cumulative investment as officials stated it, latest statement each way: " +
        "U.S. → Azerbaijan about $19B (as of Mar 10, 2026); Azerbaijan → U.S. $8.2B (as of Jul 5, 2019). " +
        "The statements are not one consistent series. Every value is in the Table view.",
    );
    expect(text).not.toContain("$17B");
  });

  it("leaves out a direction without statements", () => {
    expect(stockChartLabel([], az)).not.toContain("U.S. → Azerbaijan");
    expect(stockChartLabel([], az)).toContain("Azerbaijan → U.S. $8.2B");
  });

  it("pads the time axis by half a year and ticks every other 1 January", () => {
    const { domain, ticks } = stockAxis([...us, ...az]);
    expect(domain).toEqual([Date.UTC(2016, 0, 1), Date.parse("2026-03-10T00:00:00Z") + 180 * 86_400_000]);
    expect(ticks.map((t) => new Date(t).getUTCFullYear())).toEqual([2016, 2018, 2020, 2022, 2024, 2026]);
  });

  it("splits each direction into exact (filled) and qualified (hollow) series", () => {
    expect(stockSeries(us, az).map((s) => [s.key, s.name, s.shape, s.points.length])).toEqual([
      ["us_to_az-false", "U.S. → Azerbaijan", "circle", 4],
      ["us_to_az-true", "U.S. → Azerbaijan", "circle", 3],
      ["az_to_us-false", "Azerbaijan → U.S.", "triangle", 3],
      ["az_to_us-true", "Azerbaijan → U.S.", "triangle", 0],
    ]);
  });
});

describe("legends", () => {
  it("are built on call, with the shapes drawn: the two flow directions differ by pattern, not colour alone", () => {
    expect(flowLegend().map((i) => [i.label, i.shape])).toEqual([
      ["U.S. → Azerbaijan", "square"],
      ["Azerbaijan → U.S.", "hatched"],
    ]);
    expect(stockLegend().map((i) => i.shape)).toEqual(["circle", "triangle", "hollow-circle"]);
  });
});
