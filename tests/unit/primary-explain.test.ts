import { describe, expect, it } from "vitest";
import { data, dates } from "../support/dataset";
import { buildTradeSeries } from "../../src/panels/trade-turnover/trade-turnover.transform";
import { decidingStep, explainPrimary } from "../../src/data-source/primary-explain";
import { buildFigures, groupVersions, periodKey } from "../../src/data-source/versions";

const trade = buildTradeSeries(data.trade.records, dates);
const year = (y: number) => trade.years.find((r) => r.year === y);
const investment = groupVersions(
  data.investment.records,
  (r) => `${r.metric}|${r.direction}|${r.scope}|${periodKey(r)}`,
  dates,
);
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe("explainPrimary on the dataset's real conflicts", () => {
  it("2025 turnover: exact beats qualified, then the more precise figure wins", () => {
    const figure = year(2025)?.turnover;
    expect(figure?.primary.value).toBe(1557);
    const explanation = figure && explainPrimary(figure, dates);
    expect(explanation?.steps.map((s) => [s.step, s.number, ids(s.beaten)])).toEqual([
      ["exact", 1, ["trade-2025-turnover-year-end-article004", "trade-2025-turnover-trend-4163142"]],
      ["precise", 3, ["trade-2025-turnover-article003"]],
    ]);
  });

  it("2024 exports: national statistics beat OEC, then precision beats rounding", () => {
    const figure = year(2024)?.exports;
    expect(figure?.primary.value).toBe(135.03);
    const steps = figure ? explainPrimary(figure, dates)?.steps : undefined;
    expect(steps?.map((s) => [s.step, ids(s.beaten)])).toEqual([
      ["national", ["trade-2024-exports-oec-article001"]],
      ["precise", ["trade-2024-exports-trend-4025248", "trade-2024-exports-article000"]],
    ]);
  });

  it("Azerbaijani investment in the U.S., Jan–Sep 2025: 77.621 over 117 by precision", () => {
    const figure = investment.get("flow|az_to_us|all_sectors|2025-01-01..2025-09-30");
    expect(figure?.primary.value).toBe(77.621);
    expect(figure && explainPrimary(figure, dates)?.steps.map((s) => s.step)).toEqual(["precise"]);
  });

  it("its growth, by the rule alone: tied up to the seed test, the dated publication wins (the panel then pairs it with its flow)", () => {
    const figure = investment.get("flow_growth|az_to_us|all_sectors|2025-01-01..2025-09-30");
    expect(figure?.primary.value).toBe(2.5);
    expect(figure && explainPrimary(figure, dates)?.steps.map((s) => s.step)).toEqual(["later"]);
  });

  it("2026 mission participants: the exact 31 beats “more than 31”", () => {
    const [figure] = buildFigures(
      data.companies.counts.filter((c) => c.concept === "mission_participants"),
      dates,
    ).values();
    expect(figure?.primary.value).toBe(31);
    expect(figure?.primary.qualifier).toBe("exact");
    expect(figure && explainPrimary(figure, dates)?.steps.map((s) => s.step)).toEqual(["exact"]);
  });

  it("has nothing to explain for a single version", () => {
    const figure = year(2024)?.imports;
    expect(figure && explainPrimary({ versions: figure.versions.slice(0, 1) }, dates)).toBeNull();
  });

  it("falls back to the id when every test ties", () => {
    const v = { value: 1, qualifier: "exact" as const, sourceIds: ["article-003"] };
    expect(decidingStep({ ...v, id: "a" }, { ...v, id: "b" }, dates)).toBe("id");
  });
});
