// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  API_PREFIX,
  OPENAPI_PATH,
  RESOURCE_FILTERS,
  RESOURCE_NAMES,
  RESOURCE_PATHS,
  errorBodySchema,
} from "../src/data-source/api-contract.ts";
import type { ResourceMap } from "../src/data-source/data-source.ts";
import { openApiDocument } from "./openapi.ts";
import { loadLabelFiles } from "../scripts/load-dataset.ts";
import { MOCK_DATA_DIR, dataset, jsonOf, testApp } from "./testing.ts";

const committed: unknown = JSON.parse(readFileSync(new URL("./openapi.json", import.meta.url), "utf8"));

describe("OpenAPI document", () => {
  it("committed server/openapi.json is up to date (run `npm run openapi` after changing a schema)", () => {
    expect(committed).toEqual(openApiDocument());
  });

  it("is what the server serves at /api/openapi.json", async () => {
    const response = await testApp().request("/api/openapi.json");
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual(committed);
  });

  it("describes every resource with exactly the parameters it accepts and the 200/304/400/404 answers", () => {
    const doc = openApiDocument();
    for (const resource of RESOURCE_NAMES) {
      const operation = (doc.paths as Record<string, { get: Record<string, unknown> }>)[
        `${API_PREFIX}/${RESOURCE_PATHS[resource]}`
      ]?.get;
      expect(operation, resource).toBeDefined();
      expect(operation?.parameters).toEqual(
        RESOURCE_FILTERS[resource].map((f) => ({ $ref: `#/components/parameters/${f}` })),
      );
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(["200", "304", "400", "404"]));
    }
  });

  it("constrains year to 1991–2100 and sector to known ids joined by ~", () => {
    const { year, sector } = openApiDocument().components.parameters;
    expect(year.schema).toEqual({ type: "integer", minimum: 1991, maximum: 2100 });
    const pattern = new RegExp(sector.schema.pattern);
    expect(pattern.test("energy~finance")).toBe(true);
    expect(pattern.test("energy~")).toBe(false);
    expect(pattern.test("oil")).toBe(false);
  });

  it("resolves every $ref inside the document", () => {
    const doc = openApiDocument();
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) {
      const pointer = ref.slice(8, -1).replace(/^#\//, "").split("/");
      let node: unknown = doc;
      for (const key of pointer) node = (node as Record<string, unknown> | undefined)?.[key];
      expect(node, ref).toBeDefined();
    }
  });

  it("is public and read-only: no security requirement, no security scheme, and GET/HEAD operations only", () => {
    const doc = openApiDocument();
    expect(doc.security).toEqual([]);
    expect(doc.components).not.toHaveProperty("securitySchemes");
    for (const [path, item] of Object.entries(doc.paths)) expect(Object.keys(item), path).toEqual(["get"]);
  });

  it("names as servers the origin it is served from and the reference server's default address", async () => {
    expect(openApiDocument().servers.map((s) => s.url)).toEqual(["/", "http://127.0.0.1:8787"]);
    // "/" resolves against the document's own URL: the same server answers the documented paths.
    const response = await testApp().request(new URL("/api/v1/trade", "http://127.0.0.1:8787/api/openapi.json").href);
    expect(response.status).toBe(200);
  });
});

describe("the server answers what the OpenAPI document says", () => {
  const { request } = testApp({ labels: loadLabelFiles(MOCK_DATA_DIR, dataset) });
  // A dataset the loader would never produce, so every handler that reads it throws (→ 500).
  const nothing = Object.fromEntries(RESOURCE_NAMES.map((r) => [r, null]));
  const broken = testApp({ dataset: nothing as unknown as ResourceMap }).request;
  // The index and this document are built at start-up; no request can make them fail, so their
  // 500 (the catch-all for an unexpected failure) is shown on the paths that read the dataset.
  const BUILT_AT_START = new Set([API_PREFIX, OPENAPI_PATH, `${API_PREFIX}/labels/az`, `${API_PREFIX}/labels/ru`]);
  const errorCode = async (response: Response) => errorBodySchema.parse(await jsonOf(response)).error.code;

  /** One request per documented status, at (or, for 404, under) the documented path. */
  const RECIPES: Record<string, (path: string) => Promise<void>> = {
    "200": async (path) => {
      expect((await request(path)).status).toBe(200);
    },
    "304": async (path) => {
      const etag = (await request(path)).headers.get("etag");
      expect(etag).toBeTruthy();
      const response = await request(path, { headers: { "If-None-Match": etag ?? "" } });
      expect(response.status).toBe(304);
      expect(await response.text()).toBe("");
    },
    "400": async (path) => {
      const response = await request(`${path}?nonsense=1`);
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe("bad_parameter");
    },
    "404": async (path) => {
      const response = await request(`${path}/nothing-here`);
      expect(response.status).toBe(404);
      expect(await errorCode(response)).toBe("not_found");
    },
    "405": async (path) => {
      const response = await request(path, { method: "POST" });
      expect(response.status).toBe(405);
      expect(await errorCode(response)).toBe("method_not_allowed");
    },
    "500": async (path) => {
      if (BUILT_AT_START.has(path)) return;
      const response = await broken(path);
      expect(response.status).toBe(500);
      expect(await errorCode(response)).toBe("internal");
    },
  };

  const operations = Object.entries(openApiDocument().paths).map(
    ([path, item]) => [path, Object.keys((item as { get: { responses: object } }).get.responses)] as const,
  );

  it.each(operations)("GET %s: every documented status %j is one the server gives", async (path, statuses) => {
    expect(statuses.length).toBeGreaterThan(1);
    for (const status of statuses) {
      const recipe = RECIPES[status];
      expect(recipe, `${path} documents ${status}, which no test request produces`).toBeDefined();
      await recipe?.(path);
    }
  });

  it("documents /api/health without 304 or 400: it sends no ETag and ignores query parameters", async () => {
    const responses = Object.keys(openApiDocument().paths["/api/health"].get.responses);
    expect(responses).toEqual(["200", "405", "500"]);
    const response = await request("/api/health?nonsense=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeNull();
  });
});
