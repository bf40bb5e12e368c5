import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { investmentTable } from "./investment.table";
import { buildInvestmentBase } from "./investment.transform";

const base = buildInvestmentBase(data.investment.records, dates);

describe("investmentTable", () => {
  const model = investmentTable(base, 2025);
  const flows = model.rows
    .filter((r) => r.labels[0] !== "Stock" && !r.labels[0]?.startsWith("Stock ("))
    .map((r) => [...r.labels, r.periodStart, r.periodEnd, r.value, r.unit, r.derived !== null, r.current]);

  it("lists U.S.→Azerbaijan and Azerbaijan→U.S. flows by period with like-for-like growth derived in percent", () => {
    expect(flows).toContainEqual([
      "Flow",
      "U.S. → Azerbaijan",
      "2024-01-01",
      "2024-12-31",
      149.8,
      "USD million",
      false,
      false,
    ]);
    expect(flows).toContainEqual([
      "Flow growth (derived)",
      "U.S. → Azerbaijan",
      "2024-01-01",
      "2024-12-31",
      -12.86,
      "percent",
      true,
      false,
    ]);
    expect(flows).toContainEqual([
      "Flow growth (derived)",
      "U.S. → Azerbaijan",
      "2025-01-01",
      "2025-09-30",
      30.5,
      "percent",
      true,
      true,
    ]);
  });

  it("keeps both versions of Azerbaijani investment in the U.S., Jan–Sep 2025", () => {
    const row = model.rows.find(
      (r) => r.labels[1] === "Azerbaijan → U.S." && r.periodStart === "2025-01-01" && r.periodEnd === "2025-09-30",
    );
    expect(row?.figure?.versions.map((v) => v.value).sort((a, b) => a - b)).toEqual([77.621, 117]);
  });

  it("holds every stock statement and is named after the years it covers", () => {
    expect(model.rows.filter((r) => r.labels[0]?.startsWith("Stock"))).toHaveLength(base.stocks.length);
    expect(model.file.panel).toBe("fdi");
    expect(model.file.years?.last).toBe(2026);
  });
});
