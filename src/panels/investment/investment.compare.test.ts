import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { compareFlows, compareInvestment } from "./investment.compare";
import { buildInvestmentBase } from "./investment.transform";

const base = buildInvestmentBase(data.investment.records, dates);

describe("compareFlows (period for period)", () => {
  it("compares two full years", () => {
    const result = compareFlows(base, "us_to_az", 2024, 2023);
    expect(result.kind).toBe("change");
    if (result.kind !== "change") return;
    expect([result.current.primary.value, result.previous.primary.value]).toEqual([149.8, 171.9]);
    expect(result.change.absolute).toBe(-22.1);
    expect(result.fullYear).toBe(true);
  });

  it("compares Jan–Sep with Jan–Sep when a year has only those months", () => {
    const result = compareFlows(base, "us_to_az", 2025, 2024);
    expect(result.kind).toBe("change");
    if (result.kind !== "change") return;
    expect(result.fullYear).toBe(false);
    expect(result.current.primary.periodEnd).toBe("2025-09-30");
    expect(result.previous.primary.periodEnd).toBe("2024-09-30");
    expect(result.change.absolute).toBe(31.14);
  });

  it("never compares Jan–Sep with a full year", () => {
    expect(compareFlows(base, "az_to_us", 2025, 2023)).toEqual({
      kind: "none",
      why: { reason: "no_like_period", year: 2025, period: { start: "2025-01-01", end: "2025-09-30" } },
    });
  });

  it("says which year has no flow", () => {
    expect(compareInvestment(base, 2024, 2022).map((c) => c.result)).toEqual([
      { kind: "none", why: { reason: "missing", year: 2022 } },
      { kind: "none", why: { reason: "missing", year: null } },
    ]);
  });
});
