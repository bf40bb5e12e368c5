// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_PREFIX, RESOURCE_FILTERS, RESOURCE_NAMES, RESOURCE_PATHS } from "../src/data-source/api-contract.ts";
import { openApiDocument } from "./openapi.ts";
import { jsonOf, testApp } from "./testing.ts";

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
});
