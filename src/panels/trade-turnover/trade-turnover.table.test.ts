import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { tradeTable } from "./trade-turnover.table";
import { buildTradeSeries } from "./trade-turnover.transform";

const series = buildTradeSeries(data.trade.records, dates);
const brief = (year: number | null) =>
  tradeTable(series, year)
    .rows.filter((r) => r.periodStart?.startsWith("2024") || r.periodStart?.startsWith("2025"))
    .map((r) => [r.labels[0], r.periodEnd, r.value, r.qualifier, r.derived !== null, r.current]);

describe("tradeTable", () => {
  it("holds each full year's figures as the chart shows them, the balance derived, the selected year current", () => {
    expect(brief(2024)).toEqual([
      ["Imports from U.S.", "2024-12-31", 1617.93, "exact", false, true],
      ["Exports to U.S.", "2024-12-31", 135.03, "exact", false, true],
      ["Turnover", "2024-12-31", 1752.96, "exact", false, true],
      ["Balance (derived)", "2024-12-31", -1482.9, "exact", true, true],
      ["Balance (reported)", "2024-12-31", -1482, "exact", false, true],
      ["Imports from U.S.", "2025-12-31", 1490, "exact", false, false],
      ["Exports to U.S.", "2025-12-31", 61.8, "exact", false, false],
      ["Turnover", "2025-12-31", 1557, "exact", false, false],
      ["Balance (derived)", "2025-12-31", -1428.2, "exact", true, false],
    ]);
  });

  it("keeps every version of a disputed figure and names the file after the years it covers", () => {
    const model = tradeTable(series, 2025);
    const turnover2025 = model.rows.find((r) => r.labels[0] === "Turnover" && r.periodEnd === "2025-12-31");
    expect(turnover2025?.figure?.versions.length).toBe(4);
    expect(model.file).toEqual({ panel: "trade", years: { first: 2010, last: 2025 } });
    expect(model.labelHeaders).toEqual(["Measure"]);
  });
});
