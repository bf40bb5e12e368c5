import { describe, expect, it } from "vitest";
import { data, dates } from "../support/dataset";
import { buildTradeSeries, turnoverGrowth } from "../../src/panels/trade-turnover/trade-turnover.transform";
import { buildExportComposition } from "../../src/panels/export-composition/export-composition.transform";
import { derivedInputs, sourceIdsOf, versionSpread } from "../../src/lib/provenance";

const series = buildTradeSeries(data.trade.records, dates);
const row = (y: number) => series.years.find((r) => r.year === y);

describe("versionSpread", () => {
  it("2025 turnover: about $1,360M to about $1,600M, 240 apart, 15.4% of $1,557M", () => {
    const figure = row(2025)?.turnover;
    expect(figure?.versions.map((v) => v.value)).toEqual([1557, 1550, 1360, 1600]);
    const spread = figure && versionSpread(figure.versions);
    expect(spread).toMatchObject({ min: 1360, max: 1600, value: 240, qualified: true });
    expect(spread?.ofPrimary).toBeCloseTo(240 / 1557, 6);
  });

  it("2024 exports: national 135.03 vs OEC 74.9", () => {
    const spread = versionSpread(row(2024)?.exports?.versions ?? []);
    expect(spread).toMatchObject({ min: 74.9, max: 135.3, value: 60.4, qualified: false });
  });

  it("is null for a single version", () => {
    expect(versionSpread(row(2024)?.turnover?.versions.slice(0, 1) ?? [])).toBeNull();
  });
});

describe("derivedInputs", () => {
  it("the 2024 balance comes from the primary exports and imports, with their sources", () => {
    const balance = row(2024)?.balance;
    expect(balance?.value).toBe(-1482.9);
    const inputs = balance ? derivedInputs(balance, data.trade.records) : [];
    expect(inputs.map((r) => [r.metric, r.value])).toEqual([
      ["exports", 135.03],
      ["imports", 1617.93],
    ]);
    expect(sourceIdsOf(inputs)).toEqual(["article-001", "web-azernews-239869"]);
  });

  it("2025 turnover growth comes from the 2025 and 2024 turnover", () => {
    const growth = turnoverGrowth(series, 2025);
    const inputs = growth ? derivedInputs(growth, data.trade.records) : [];
    expect(inputs.map((r) => r.value)).toEqual([1557, 1752.96]);
  });

  it("the 2024 “other” export remainder comes from the OEC total and the five products", () => {
    const view = buildExportComposition(
      { products: data.exportProducts.records, named: data.exportProducts.namedProducts, trade: data.trade.records },
      2024,
      [],
      dates,
    );
    const other = view.other;
    const inputs = other ? derivedInputs(other, [...data.trade.records, ...data.exportProducts.records]) : [];
    expect(inputs[0]?.id).toBe("trade-2024-exports-oec-article001");
    expect(inputs).toHaveLength(6);
  });

  it("skips ids it cannot find", () => {
    expect(derivedInputs({ fromIds: ["nope"] }, data.trade.records)).toEqual([]);
  });
});
