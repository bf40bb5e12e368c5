import { describe, expect, it } from "vitest";
import companies from "../../mock-data/companies.json";
import exportProducts from "../../mock-data/export-products.json";
import investment from "../../mock-data/investment.json";
import milestones from "../../mock-data/milestones.json";
import sources from "../../mock-data/sources.json";
import trade from "../../mock-data/trade.json";
import { createBundledSource } from "./bundled-source";
import { datasetProblems } from "./dataset-check";

import type { DataSource, ResourceMap } from "./data-source";
import { RESOURCE_NAMES } from "./api-contract";

const raw = { sources, trade, exportProducts, investment, companies, milestones };

async function loadAll(source: DataSource): Promise<ResourceMap> {
  const entries = await Promise.all(
    RESOURCE_NAMES.map(async (name) => [name, (await source.load(name, {})).data] as const),
  );
  return Object.fromEntries(entries) as unknown as ResourceMap;
}

describe("bundled source", () => {
  it("loads and validates every resource of mock-data", async () => {
    const source = createBundledSource();
    const loaded = await loadAll(source);
    expect(loaded.trade.records.length).toBeGreaterThan(10);
    expect(datasetProblems(loaded)).toEqual([]);
  });

  it("rejects a broken record with an error naming the file, the record and the field", async () => {
    const [first, ...rest] = trade.records;
    const broken = { records: [{ ...first, value: "1,752.96" }, ...rest] };
    const source = createBundledSource({ ...raw, trade: broken });
    await expect(source.load("trade", {})).rejects.toThrow(
      new RegExp(`mock-data/trade\\.json: records\\[0\\] \\(id "${first?.id ?? ""}"\\), field "value": .*number`),
    );
  });

  it("rejects an unknown field and a missing source list", async () => {
    const [first, ...rest] = investment.records;
    const source = createBundledSource({
      ...raw,
      investment: { records: [{ ...first, sourceIds: [], extra: 1 }, ...rest] },
    });
    const error = await source.load("investment", {}).catch((e: unknown) => e);
    expect(String(error)).toMatch(/records\[0\].*sourceIds/);
    expect(String(error)).toMatch(/extra/);
  });

  it("reports a source id that does not exist", async () => {
    const source = createBundledSource();
    const data = await loadAll(source);
    const [first, ...rest] = data.trade.records;
    if (!first) throw new Error("trade.json is empty");
    const problems = datasetProblems({
      ...data,
      trade: { records: [{ ...first, sourceIds: ["web-nowhere"] }, ...rest] },
    });
    expect(problems).toEqual([
      `mock-data/trade.json: records id "${first.id}", field "sourceIds": unknown source "web-nowhere"`,
    ]);
  });
});
