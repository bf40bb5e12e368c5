import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { buildInvestmentView } from "./investment.transform";

describe("buildInvestmentView", () => {
  const view2025 = buildInvestmentView(data.investment.records, 2025, dates);

  it("compares Jan–Sep 2025 only with Jan–Sep 2024, never with a full year", () => {
    const partial = view2025.groupsInYear.find((g) => g.shape === "01-01..09-30");
    expect(partial?.periods.map((p) => p.year)).toEqual([2024, 2025]);
    const growth = view2025.growth.find((g) => g.direction === "us_to_az");
    expect(growth?.change).toBeCloseTo(133.24 / 102.1 - 1, 10);
    expect(growth?.previous.start).toBe("2024-01-01");
    expect(growth?.previous.end).toBe("2024-09-30");
  });

  it("keeps both versions of Azerbaijani investment in the U.S. for Jan–Sep 2025", () => {
    const period = view2025.groupsInYear.flatMap((g) => g.periods).find((p) => p.year === 2025);
    expect(period?.azToUs?.conflict).toBe(true);
    expect(period?.azToUs?.versions.map((v) => v.value).sort((a, b) => a - b)).toEqual([77.621, 117]);
    expect(period?.azToUs?.primary.value).toBe(77.621);
  });

  it("lists cumulative stocks as dated statements, including non-monotonic ones", () => {
    const us = view2025.stocks
      .filter((f) => f.primary.direction === "us_to_az" && f.primary.scope === "all_sectors")
      .map((f) => f.primary.value);
    expect(us).toEqual(expect.arrayContaining([17000, 13000, 13600, 14000, 19000]));
  });

  it("says nothing about flows for a year without them", () => {
    const view = buildInvestmentView(data.investment.records, 2019, dates);
    expect(view.groupsInYear).toEqual([]);
    expect(view.growth).toEqual([]);
  });
});
