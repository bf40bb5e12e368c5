import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { latestFullTradeYear } from "../../state/focus-year";
import { buildTradeSeries, indicatorsInYear, partialsInYear, turnoverGrowth } from "./trade-turnover.transform";

const series = buildTradeSeries(data.trade.records, dates);
const year = (y: number) => series.years.find((row) => row.year === y);

describe("buildTradeSeries", () => {
  it("takes the most precise national figures for 2024 and keeps the other versions", () => {
    const y2024 = year(2024);
    expect(y2024?.imports?.primary.value).toBe(1617.93);
    expect(y2024?.exports?.primary.value).toBe(135.03);
    expect(y2024?.turnover?.primary.value).toBe(1752.96);
    expect(y2024?.turnover?.versions.map((v) => v.value)).toEqual(expect.arrayContaining([1700, 1752, 1752.96]));
    expect(y2024?.exports?.conflict).toBe(true);
    expect(y2024?.exports?.versions.map((v) => v.value)).toEqual(expect.arrayContaining([74.9, 135.03]));
  });

  it("keeps all four 2025 turnover versions, with 1,557 primary by the rule", () => {
    const turnover = year(2025)?.turnover;
    expect(turnover?.primary.value).toBe(1557);
    expect(turnover?.versions.map((v) => v.value).sort()).toEqual([1360, 1550, 1557, 1600]);
  });

  it("derives the balance from the primary imports and exports, never from the dataset", () => {
    expect(year(2024)?.balance).toEqual({
      value: -1482.9,
      fromIds: [year(2024)?.exports?.primary.id, year(2024)?.imports?.primary.id],
    });
    expect(year(2024)?.reportedBalance?.primary.value).toBe(-1482);
    expect(year(2025)?.balance?.value).toBe(-1428.2);
  });

  it("never puts a partial period on the yearly axis", () => {
    for (const row of series.years) {
      for (const f of [row.imports, row.exports, row.turnover]) {
        if (f) expect(f.primary.periodStart?.endsWith("-01-01") && f.primary.periodEnd?.endsWith("-12-31")).toBe(true);
      }
    }
    expect(
      partialsInYear(series, 2025).map((p) => [p.metric, p.figure.primary.periodEnd, p.figure.primary.value]),
    ).toContainEqual(["turnover", "2025-10-31", 1059]);
  });

  it("lists the years between the first and last full year that have no figure", () => {
    expect(series.gapYears).toEqual(expect.arrayContaining([2012, 2013, 2014, 2015, 2016, 2019, 2020]));
    expect(series.gapYears).not.toContain(2024);
  });

  it("defaults to the latest full year and computes growth against the year before", () => {
    expect(latestFullTradeYear(data.trade.records)).toBe(2025);
    // Partial periods never make a year the default: drop 2025's full-year records and 2024 is the default.
    expect(latestFullTradeYear(data.trade.records.filter((r) => !(r.periodEnd === "2025-12-31")))).toBe(2024);
    expect(turnoverGrowth(series, 2025)?.value).toBeCloseTo(1557 / 1752.96 - 1, 10);
    expect(turnoverGrowth(series, 2022)?.value).toBeCloseTo(570.1 / 517.5 - 1, 10);
    expect(turnoverGrowth(series, 2017)).toBeNull(); // 2016 has no figure: no growth is invented
  });

  it("keeps reported indicators (the seed's 94%) apart from derived growth", () => {
    const reported = indicatorsInYear(series, 2024).find(
      (f) => f.primary.metric === "turnover_growth" && f.primary.unit === "percent",
    );
    expect(reported?.primary.value).toBe(94);
  });
});
