// @vitest-environment node
import { describe, expect, it } from "vitest";
import { API_PREFIX, RESOURCE_NAMES, RESOURCE_PATHS, errorBodySchema } from "../src/data-source/api-contract.ts";
import type { ResourceName } from "../src/data-source/schema.ts";
import { loadLabelFiles } from "../scripts/load-dataset.ts";
import { labelsFileSchema } from "../src/data-source/labels.ts";
import { MOCK_DATA_DIR, dataset, jsonOf, parseResponse, testApp } from "./testing.ts";

const { request } = testApp();
const url = (resource: ResourceName, query = "") => `${API_PREFIX}/${RESOURCE_PATHS[resource]}${query}`;

async function ok<R extends ResourceName>(resource: R, query = "") {
  const response = await request(url(resource, query));
  expect(response.status, `${url(resource, query)}`).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return parseResponse(resource, await jsonOf(response));
}

async function badParameter(path: string) {
  const response = await request(path);
  expect(response.status, path).toBe(400);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = errorBodySchema.parse(await jsonOf(response));
  expect(body.error.code).toBe("bad_parameter");
  return body.error;
}

describe("labels endpoints", () => {
  it("GET /labels/{az,ru} answers each language's labels file, valid against its schema, with an ETag", async () => {
    const labels = loadLabelFiles(MOCK_DATA_DIR, dataset);
    const { request: withLabels } = testApp({ labels });
    for (const language of ["az", "ru"] as const) {
      const response = await withLabels(`${API_PREFIX}/labels/${language}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBeTruthy();
      const body = labelsFileSchema.parse(await jsonOf(response));
      expect(body).toEqual(labels[language]);
    }
    // A server whose dataset has no such labels says so; an unknown language is no endpoint.
    expect((await request(`${API_PREFIX}/labels/az`)).status).toBe(404);
    expect((await withLabels(`${API_PREFIX}/labels/de`)).status).toBe(404);
  });
});

describe("resource endpoints", () => {
  it.each(RESOURCE_NAMES)("GET %s answers 200 with the whole file, valid against the schema", async (resource) => {
    const body = await ok(resource);
    expect(body.data).toEqual(dataset[resource]);
    expect(body.meta).toMatchObject({ resource, filters: { year: null, sectors: [] } });
  });

  it("filters export products by year and sector together", async () => {
    const body = await ok("exportProducts", "?year=2024&sector=industry");
    expect(body.data.records.length).toBeGreaterThan(0);
    expect(body.data.records.length).toBeLessThan(dataset.exportProducts.records.length);
    for (const r of body.data.records) {
      expect(r.sector).toBe("industry");
      expect(r.periodStart?.slice(0, 4) ?? r.periodEnd?.slice(0, 4)).toBe("2024");
    }
    expect(body.data.namedProducts.map((p) => p.sector)).toEqual(
      dataset.exportProducts.namedProducts.filter((p) => p.sector === "industry").map(() => "industry"),
    );
    expect(body.meta.filters).toEqual({ year: 2024, sectors: ["industry"] });
    expect(body.meta.count).toBe(body.data.records.length + body.data.namedProducts.length);
  });

  it("returns only energy for export-products?year=2024&sector=energy", async () => {
    const body = await ok("exportProducts", "?year=2024&sector=energy");
    const sectors = [...body.data.records, ...body.data.namedProducts].map((r) => r.sector);
    expect(sectors.length).toBeGreaterThan(0);
    expect(new Set(sectors)).toEqual(new Set(["energy"]));
  });

  it("filters trade by year: every record's period overlaps it, and other years are gone", async () => {
    const body = await ok("trade", "?year=2023");
    expect(body.data.records.length).toBeGreaterThan(0);
    for (const r of body.data.records) {
      const first = Number((r.periodStart ?? r.periodEnd ?? "").slice(0, 4));
      const last = Number((r.periodEnd ?? r.periodStart ?? "").slice(0, 4));
      expect(first <= 2023 && last >= 2023, r.id).toBe(true);
    }
    expect(body.data.records.length).toBeLessThan(dataset.trade.records.length);
    expect(body.meta.years).toContain(2025);
  });

  it("filters companies by several sectors and keeps the dataset's order", async () => {
    const body = await ok("companies", "?sector=finance~energy");
    const expected = dataset.companies.companies.filter((c) => c.sector === "energy" || c.sector === "finance");
    expect(body.data.companies.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(body.meta.filters.sectors).toEqual(["energy", "finance"]);
    expect(body.data.counts).toEqual(dataset.companies.counts);
  });

  it("answers the same bytes for the same query, whatever the parameter order or sector order", async () => {
    const a = await (await request(url("exportProducts", "?year=2024&sector=energy~industry"))).text();
    const b = await (await request(url("exportProducts", "?sector=industry~energy&year=2024"))).text();
    const c = await (await request(url("exportProducts", "?year=2024&sector=energy~industry"))).text();
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it("returns an empty list, not an error, for a valid year without records", async () => {
    const body = await ok("investment", "?year=1995");
    expect(body.data.records).toEqual([]);
    expect(body.meta.count).toBe(0);
  });

  it("answers HEAD like GET, without a body", async () => {
    const get = await request(url("trade"));
    const head = await request(url("trade"), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(head.headers.get("content-length")).toBe(get.headers.get("content-length"));
    expect(await head.text()).toBe("");
  });
});

describe("bad parameters → 400 naming the parameter", () => {
  const long = "9".repeat(5_000);
  it.each([
    ["trade", "?year=abc", "year"],
    ["trade", "?year=1850", "year"],
    ["trade", "?year=2101", "year"],
    ["trade", "?year=20245", "year"],
    ["trade", "?year=", "year"],
    ["trade", "?year=2024.0", "year"],
    ["trade", "?year=%202024", "year"],
    ["trade", "?year", "year"],
    ["trade", "?year=2024&year=2025", "year"],
    ["trade", `?year=${long}`, "year"],
    ["trade", "?sector=energy", "sector"],
    ["trade", "?yaer=2024", "yaer"],
    ["investment", "?sector=energy", "sector"],
    ["exportProducts", "?sector=unknown", "sector"],
    ["exportProducts", "?sector=", "sector"],
    ["exportProducts", "?sector=energy~", "sector"],
    ["exportProducts", "?sector=Energy", "sector"],
    ["exportProducts", "?sector=energy,finance", "sector"],
    ["exportProducts", "?sector=energy&sector=finance", "sector"],
    ["exportProducts", `?sector=${"energy~".repeat(800)}energy`, "sector"],
    ["exportProducts", "?year=2024&page=2", "page"],
    ["companies", "?year=2024", "year"],
    ["milestones", "?year=0000", "year"],
    ["sources", "?year=2024", "year"],
    ["sources", "?sector=energy", "sector"],
    ["sources", "?anything=1", "anything"],
  ] as const)("%s%s → %s", async (resource, query, parameter) => {
    const error = await badParameter(url(resource, query));
    expect(error.parameter).toBe(parameter);
    expect(error.message.length).toBeLessThan(400);
  });

  it("shortens a very long unknown parameter name", async () => {
    const error = await badParameter(url("trade", `?${"x".repeat(3_000)}=1`));
    expect(error.parameter?.length).toBeLessThanOrEqual(40);
  });

  it("says which parameters an endpoint takes", async () => {
    expect((await badParameter(url("sources", "?year=2024"))).message).toContain("takes no parameters");
    expect((await badParameter(url("trade", "?sector=energy"))).message).toContain("accepted: year");
  });

  it("is not cached: a bad request after a good one with the same path still fails", async () => {
    await ok("trade", "?year=2024");
    expect((await badParameter(url("trade", "?year=2024&year=2024"))).parameter).toBe("year");
  });
});

describe("other API paths", () => {
  it("lists every endpoint at /api/v1", async () => {
    const response = await request(API_PREFIX);
    expect(response.status).toBe(200);
    const body = (await jsonOf(response)) as { endpoints: { resource: string; path: string; parameters: string[] }[] };
    expect(body.endpoints.map((e) => e.path)).toEqual(RESOURCE_NAMES.map((r) => url(r)));
    expect(body.endpoints.find((e) => e.resource === "exportProducts")?.parameters).toEqual(["year", "sector"]);
  });

  it("reports health with record counts, never cached", async () => {
    const response = await request("/api/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await jsonOf(response)).toEqual({
      status: "ok",
      records: expect.objectContaining({ trade: dataset.trade.records.length }) as unknown,
    });
  });

  it.each(["/api", "/api/", "/api/v2/trade", "/api/v1/trades", "/api/v1/trade/2024", "/api/v1/", "/api/v1/../secret"])(
    "GET %s → 404 JSON",
    async (path) => {
      const response = await request(path);
      expect(response.status).toBe(404);
      expect(errorBodySchema.parse(await jsonOf(response)).error.code).toBe("not_found");
    },
  );

  it.each(["POST", "PUT", "DELETE", "PATCH"])("%s on an API path → 405 JSON with Allow", async (method) => {
    const response = await request(url("trade"), { method });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(errorBodySchema.parse(await jsonOf(response)).error.code).toBe("method_not_allowed");
  });

  it("POST on an unknown API path is a 404, not a 405", async () => {
    expect((await request("/api/v1/nothing", { method: "POST" })).status).toBe(404);
  });

  it("turns an unexpected failure into a 500 JSON without a stack trace, and reports it", async () => {
    const reported: unknown[] = [];
    // A dataset the loader would never produce, to make the handler throw.
    const broken = { ...dataset, trade: { records: null } } as unknown as typeof dataset;
    const { request: brokenRequest } = testApp({ dataset: broken, logError: (e) => reported.push(e) });
    const response = await brokenRequest(url("trade"));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(errorBodySchema.parse(JSON.parse(text))).toEqual({
      error: { code: "internal", message: "internal server error" },
    });
    expect(text).not.toMatch(/at |\.ts|TypeError/);
    expect(reported).toHaveLength(1);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
