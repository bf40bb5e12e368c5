import { describe, expect, it } from "vitest";
import { data, dates } from "../../tests/support/dataset";
import { buildInvestmentBase } from "../panels/investment/investment.transform";
import { buildTradeSeries } from "../panels/trade-turnover/trade-turnover.transform";
import { buildLead, importsShare } from "./lead.transform";

const series = buildTradeSeries(data.trade.records, dates);
const base = buildInvestmentBase(data.investment.records, dates);
const record = (id: string | undefined) => data.trade.records.find((r) => r.id === id);

describe("buildLead", () => {
  it("2024: the primary turnover, imports and exports, their derived change and imports' share", () => {
    const lead = buildLead(series, base, 2024);
    expect(lead.turnover?.primary.value).toBe(1752.96);
    expect(lead.imports?.primary.value).toBe(1617.93);
    expect(lead.exports?.primary.value).toBe(135.03);
    expect(lead.growth?.previousYear).toBe(2023);
    const share = lead.importsShare;
    expect(share?.value).toBeCloseTo(1617.93 / (1617.93 + 135.03), 10);
    // Computed from exactly the two records shown beside it.
    expect(share?.fromIds.map((id) => record(id)?.value)).toEqual([1617.93, 135.03]);
    expect(lead.partials).toEqual([]);
  });

  it("2025: the turnover primary by the rule, with its versions; change on 2024 from the two primaries", () => {
    const lead = buildLead(series, base, 2025);
    expect(lead.turnover?.primary.value).toBe(1557);
    expect(lead.turnover?.versions.length).toBeGreaterThan(1);
    expect(lead.growth?.value).toBeCloseTo(1557 / 1752.96 - 1, 10);
  });

  it("the latest flows both ways in a period ending in the year or before, never after", () => {
    const flows2025 = buildLead(series, base, 2025).flows;
    expect(flows2025?.usToAz).toBeDefined();
    expect(flows2025?.azToUs).toBeDefined();
    expect(flows2025?.end.startsWith("2025")).toBe(true);
    const flows2023 = buildLead(series, base, 2023).flows;
    expect(Number(flows2023?.end.slice(0, 4))).toBeLessThanOrEqual(2023);
    expect(buildLead(series, base, 1995).flows).toBeNull();
    expect(buildLead(series, null, 2025).flows).toBeNull();
  });

  it("a year without full-year trade figures has none, and lists what the sources give for it", () => {
    const lead = buildLead(series, base, 2026);
    expect(lead.turnover).toBeNull();
    expect(lead.importsShare).toBeNull();
    for (const p of lead.partials) expect(p.figure.primary.periodEnd?.startsWith("2026")).toBe(true);
  });
});

describe("importsShare", () => {
  const imports = data.trade.records.find((r) => r.metric === "imports" && r.qualifier === "exact");
  it("is not computed from a qualified figure or across bases", () => {
    if (!imports) throw new Error("no exact imports record");
    expect(importsShare(imports, { ...imports, id: "x", qualifier: "approx" })).toBeNull();
    expect(importsShare(imports, { ...imports, id: "x", basis: "oec" })).toBeNull();
    expect(importsShare(imports, { ...imports, id: "x" })?.value).toBe(0.5);
  });
});
