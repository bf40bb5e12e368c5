// @vitest-environment node
/**
 * The contract test: the dashboard fed by the HTTP source through the reference server (real
 * HTTP on loopback) draws exactly the panel data it draws from the bundled dataset, for every
 * year and every combination of sectors. And the API's own filters agree with the contract's
 * `respond` for every year × sector combination.
 */
import { raw } from "../support/dataset";
import { versionOfDataset } from "../../scripts/dataset-version";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../scripts/load-dataset";
import { createApp } from "../../server/app";
import { MIN_YEAR, RESOURCE_NAMES, respond, type ResourceResponse } from "../../src/data-source/api-contract";
import { createBundledSource } from "../../src/data-source/bundled-source";
import type { DataSource, ResourceMap } from "../../src/data-source/data-source";
import { createHttpSource } from "../../src/data-source/http-source";
import { SECTOR_IDS, type ResourceName, type SectorId } from "../../src/data-source/schema";
import { sourceDates } from "../../src/data-source/versions";
import { buildCompaniesView } from "../../src/panels/companies/companies.transform";
import { buildExportComposition } from "../../src/panels/export-composition/export-composition.transform";
import { buildInvestmentBase, focusInvestment } from "../../src/panels/investment/investment.transform";
import { buildTimeline } from "../../src/panels/milestones/milestones.transform";
import {
  buildTradeSeries,
  indicatorsInYear,
  partialsInYear,
  turnoverGrowth,
} from "../../src/panels/trade-turnover/trade-turnover.transform";

/** JSON with object keys sorted: validated (HTTP) and trusted (bundled) records differ only in key order. */
function stableJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([k, x]) => [k, sortKeys(x)]),
          )
        : v;
  return JSON.stringify(sortKeys(value));
}

const dataset = loadDataset(path.resolve(import.meta.dirname, "../../mock-data"));
// The server states its dataset's version in every meta (the same the build gives the bundle).
const { version: id, lastUpdated } = versionOfDataset(dataset);
const version = { version: id, lastUpdated };
const app = createApp({ dataset });

/** Every subset of the 11 sectors (2,048 of them), the empty one meaning "all sectors". */
const SECTOR_SETS: SectorId[][] = Array.from({ length: 2 ** SECTOR_IDS.length }, (_, mask) =>
  SECTOR_IDS.filter((_, i) => (mask >> i) & 1),
);

function latestYear(data: ResourceMap): number {
  const years = RESOURCE_NAMES.flatMap((r) => respond(r, data[r] as never, {}).meta.years);
  return Math.max(...years);
}
/** Every year the year filter accepts that could hold data, plus one past the latest. */
const YEARS = Array.from({ length: latestYear(dataset) + 2 - MIN_YEAR }, (_, i) => MIN_YEAR + i);

/** Loads what the app loads: whole resources, and export products one year at a time. */
async function loadAsTheAppDoes(source: DataSource) {
  const whole = {} as { [R in ResourceName]: ResourceResponse<R> };
  for (const name of RESOURCE_NAMES) (whole as Record<string, unknown>)[name] = await source.load(name, {});
  const productsByYear = new Map<number, ResourceResponse<"exportProducts">>();
  for (const year of YEARS) productsByYear.set(year, await source.load("exportProducts", { year }));
  return { whole, productsByYear };
}

/**
 * Panel data, as the panels compute it, serialised for comparison. The trade, investment,
 * companies and milestone panels get whole resources in both modes; export composition is the
 * one panel whose input differs (one year per request), so it is checked for every year × sectors.
 */
function yearPanels(loaded: Loaded, year: number): string {
  const { whole } = loaded;
  const dates = sourceDates(whole.sources.data.sources);
  const series = buildTradeSeries(whole.trade.data.records, dates);
  return stableJson({
    growth: turnoverGrowth(series, year),
    partials: partialsInYear(series, year),
    indicators: indicatorsInYear(series, year),
    investment: focusInvestment(
      buildInvestmentBase(whole.investment.data.records, dates),
      whole.investment.data.records,
      year,
      dates,
    ),
  });
}

function companiesPanel(loaded: Loaded, sectors: SectorId[]): string {
  return stableJson(buildCompaniesView(loaded.whole.companies.data, sectors));
}

function milestonesPanel(loaded: Loaded, year: number, sectors: SectorId[]): string {
  return stableJson(buildTimeline(loaded.whole.milestones.data.milestones, year, sectors, false));
}

function exportsPanel(loaded: Loaded, year: number, sectors: SectorId[]): string {
  const { whole, productsByYear } = loaded;
  const products = productsByYear.get(year);
  if (!products) throw new Error(`no products loaded for ${year}`);
  return stableJson(
    buildExportComposition(
      {
        products: products.data.records,
        named: products.data.namedProducts,
        trade: whole.trade.data.records,
        productYears: products.meta.years,
      },
      year,
      sectors,
      sourceDates(whole.sources.data.sources),
    ),
  );
}

type Loaded = Awaited<ReturnType<typeof loadAsTheAppDoes>>;

let server: ServerType;
let baseUrl = "";

beforeAll(async () => {
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("HTTP source through the reference server vs the bundled dataset", () => {
  it("gives every panel the same data for every year and every sector combination", async () => {
    const http = await loadAsTheAppDoes(createHttpSource({ baseUrl, timeoutMs: 10_000 }));
    const bundled = await loadAsTheAppDoes(createBundledSource(raw));
    // What came over HTTP (validated) is exactly what the bundle holds (trusted from the build):
    // the same values, lists in the same order; only the key order of objects may differ.
    expect(http.whole).toStrictEqual(bundled.whole);
    for (const year of YEARS) expect(http.productsByYear.get(year)).toStrictEqual(bundled.productsByYear.get(year));

    // The reference computes export composition from the whole file (no per-year request), so
    // fetching one year at a time is shown to change nothing.
    const wholeExports = (year: number, sectors: SectorId[]) => {
      const { data } = bundled.whole.exportProducts;
      return stableJson(
        buildExportComposition(
          { products: data.records, named: data.namedProducts, trade: bundled.whole.trade.data.records },
          year,
          sectors,
          sourceDates(bundled.whole.sources.data.sources),
        ),
      );
    };
    const mismatches: string[] = [];
    let compared = 0;
    for (const sectors of SECTOR_SETS)
      if (companiesPanel(http, sectors) !== companiesPanel(bundled, sectors))
        mismatches.push(`sectors [${sectors.join(",")}]: companies`);
    for (const year of YEARS) {
      if (yearPanels(http, year) !== yearPanels(bundled, year)) mismatches.push(`year ${year}: trade/investment`);
      for (const sectors of SECTOR_SETS) {
        const label = `year ${year}, sectors [${sectors.join(",")}]`;
        if (exportsPanel(http, year, sectors) !== wholeExports(year, sectors)) mismatches.push(`${label}: exports`);
        if (milestonesPanel(http, year, sectors) !== milestonesPanel(bundled, year, sectors))
          mismatches.push(`${label}: milestones`);
        compared++;
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(compared).toBe(YEARS.length * 2048);
    // Not vacuous: the combinations include years with and without product data.
    expect(http.productsByYear.get(2024)?.data.records.length).toBeGreaterThan(0);
    expect(http.productsByYear.get(2023)?.data.records.length).toBe(0);
  }, 300_000);

  it("filters on the API exactly as the contract says (years × sector subsets)", async () => {
    const mismatches: string[] = [];
    const check = async (
      resource: ResourceName,
      pathAndQuery: string,
      query: { year?: number; sectors?: SectorId[] },
    ) => {
      const response = await app.request(`/api/v1/${pathAndQuery}`);
      const body = await response.text();
      const expected = JSON.stringify(respond(resource, dataset[resource] as never, query, version));
      if (response.status !== 200 || body !== expected) mismatches.push(`${pathAndQuery} (${response.status})`);
    };
    for (const sectors of SECTOR_SETS) {
      const s = sectors.length > 0 ? `sector=${sectors.join("~")}` : "";
      await check("companies", `companies${s ? `?${s}` : ""}`, { sectors });
      for (const year of YEARS) {
        const q = s ? `?year=${year}&${s}` : `?year=${year}`;
        // Every subset for the year with products; subsets of up to two sectors for the others.
        if (sectors.length <= 2 || year === 2024)
          await check("exportProducts", `export-products${q}`, { year, sectors });
        if (sectors.length <= 2) await check("milestones", `milestones${q}`, { year, sectors });
      }
    }
    for (const year of YEARS) {
      await check("trade", `trade?year=${year}`, { year });
      await check("investment", `investment?year=${year}`, { year });
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  }, 300_000);
});
