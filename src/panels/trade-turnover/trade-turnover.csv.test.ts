import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { CSV_BOM, toCsv } from "../../export/csv";
import { tradeTable } from "./trade-turnover.table";
import { buildTradeSeries } from "./trade-turnover.transform";

const index = new Map(data.sources.sources.map((s) => [s.id, s]));

describe("trade turnover CSV (real dataset, 2024 selected)", () => {
  const csv = toCsv(tradeTable(buildTradeSeries(data.trade.records, dates), 2024), index);
  const lines = csv.slice(CSV_BOM.length).split("\r\n");

  it("starts with a UTF-8 byte-order mark and ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/(?<!")\n(?!")/);
  });

  it("has a header row with the unit, period, qualifier and source columns", () => {
    expect(lines[0]).toBe(
      "Measure,Period,Period start,Period end,Value (USD million),Unit,Qualifier,Basis,Derived (how),Reported by,Sources,Source links,Record IDs,Other versions (value [sources])",
    );
  });

  it("writes raw numbers, the qualifier and every source of a row, and lists the other versions", () => {
    expect(lines).toContain(
      "Turnover,2024,2024-01-01,2024-12-31,1752.96,USD million,exact,Azerbaijani national statistics,," +
        "not stated (Azerbaijani official statistics implied; the figures match those MP Vugar Bayramov quotes)," +
        "Today.az (undated),today.az/news/analytics/265497.html,trade-2024-turnover-article001," +
        "1752 [MENAFN – AzerNews (2025-08-07)]; 1700 [Azerbaijan.us (2025-08-28)]",
    );
    expect(lines).toContain(
      "Imports from U.S.,2017,2017-01-01,2017-12-31,720.5,USD million,about,Azerbaijani national statistics,," +
        "Azerbaijan State Customs Committee,AzerNews (by Trend) (undated),https://www.azernews.az/business/126801.html," +
        "trade-2017-imports-azernews-126801,",
    );
  });

  it("marks the derived balance as derived, with the records and sources it comes from", () => {
    expect(lines).toContain(
      "Balance (derived),2024,2024-01-01,2024-12-31,-1482.9,USD million,exact,Azerbaijani national statistics," +
        '"exports − imports, from the primary figures",,Today.az (undated); AzerNews (Akbar Novruz) (undated),' +
        "today.az/news/analytics/265497.html | https://www.azernews.az/analysis/239869.html," +
        "trade-2024-exports-article001 trade-2024-imports-article001,",
    );
  });

  it("has one line per figure the chart shows, plus the header", () => {
    // 2010–2025 with data in 2010, 2011, 2017, 2018, 2021–2025.
    expect(lines.filter((l) => l !== "")).toHaveLength(28);
  });
});
