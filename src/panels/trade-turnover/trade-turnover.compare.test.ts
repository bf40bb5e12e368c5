import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import type { TradeRecord } from "../../data-source/schema";
import { compareTrade, compareTradeMetric } from "./trade-turnover.compare";
import { buildTradeSeries } from "./trade-turnover.transform";

const series = buildTradeSeries(data.trade.records, dates);

/** A trade record like the dataset's, for the periods the bundled data does not have. */
function record(id: string, metric: TradeRecord["metric"], start: string, end: string, value: number): TradeRecord {
  const base = data.trade.records.find((r) => r.metric === metric && r.qualifier === "exact");
  if (!base) throw new Error(`no ${metric} record`);
  return { ...base, id, periodStart: start, periodEnd: end, value, statedAs: String(value) };
}

describe("compareTradeMetric (like for like)", () => {
  it("compares two full years from the primary versions, with the change and its inputs", () => {
    const result = compareTradeMetric(series, "turnover", 2024, 2022);
    expect(result.kind).toBe("change");
    if (result.kind !== "change") return;
    expect(result.current.primary.value).toBe(1752.96);
    expect(result.previous.primary.value).toBe(570.1);
    expect(result.change.absolute).toBe(1182.86);
    expect(result.change.relative).toBeCloseTo(1182.86 / 570.1, 10);
    expect(result.change.fromIds).toEqual([result.current.primary.id, result.previous.primary.id]);
    expect(result.fullYear).toBe(true);
    // 2022 turnover has two versions (570.1 and 570): the primary of each side is used, and said so.
    expect(result.conflict).toBe(true);
  });

  it("compares in either direction: an earlier focus year gives the change from the later one", () => {
    const result = compareTradeMetric(series, "imports", 2022, 2024);
    expect(result.kind === "change" && result.change.absolute).toBe(-1138.13);
  });

  it("says which year the sources give nothing for", () => {
    expect(compareTradeMetric(series, "exports", 2024, 2021)).toEqual({
      kind: "none",
      why: { reason: "missing", year: 2021 },
    });
    expect(compareTradeMetric(series, "exports", 2011, 2010)).toEqual({
      kind: "none",
      why: { reason: "missing", year: null },
    });
  });

  it("never computes a change from an 'about' figure", () => {
    const result = compareTradeMetric(series, "imports", 2018, 2017);
    expect(result.kind).toBe("none");
    expect(result.kind === "none" && result.why.reason).toBe("qualified");
  });

  it("never compares figures on different bases", () => {
    // 2010 imports are U.S. official statistics, 2018 imports national statistics.
    expect(compareTradeMetric(series, "imports", 2018, 2010)).toEqual({ kind: "none", why: { reason: "basis" } });
  });

  it("never compares part of a year with a full year, and names the part-year period", () => {
    const records = [...data.trade.records, record("x-2026-jan-oct", "turnover", "2026-01-01", "2026-10-31", 1200)];
    const withPartial = buildTradeSeries(records, dates);
    expect(compareTradeMetric(withPartial, "turnover", 2026, 2024)).toEqual({
      kind: "none",
      why: { reason: "no_like_period", year: 2026, period: { start: "2026-01-01", end: "2026-10-31" } },
    });
  });

  it("compares the same months of both years when the sources give that very period", () => {
    const records = [
      ...data.trade.records,
      record("x-2026-jan-oct", "turnover", "2026-01-01", "2026-10-31", 1200),
      record("x-2026-jan-nov", "turnover", "2026-01-01", "2026-11-30", 1300),
    ];
    const result = compareTradeMetric(buildTradeSeries(records, dates), "turnover", 2026, 2025);
    expect(result.kind).toBe("change");
    if (result.kind !== "change") return;
    // The latest matching period: Jan–Nov 2026 against the Jan–Nov 2025 figure (1,364, primary).
    expect(result.fullYear).toBe(false);
    expect(result.current.primary.periodEnd).toBe("2026-11-30");
    expect(result.previous.primary.periodEnd).toBe("2025-11-30");
    expect(result.change.absolute).toBe(1300 - result.previous.primary.value);
  });

  it("compares turnover, imports and exports, in that order", () => {
    expect(compareTrade(series, 2024, 2023).map((c) => [c.metric, c.result.kind])).toEqual([
      ["turnover", "change"],
      ["imports", "change"],
      ["exports", "change"],
    ]);
  });
});
