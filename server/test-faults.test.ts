// @vitest-environment node
import { describe, expect, it } from "vitest";
import { responseSchema } from "../src/data-source/api-contract.ts";
import { readConfig } from "./config.ts";
import { jsonOf, parseResponse, testApp } from "./testing.ts";

describe("test fault: malformed responses", () => {
  const { request } = testApp({ testFaults: { delayMs: 0, malformed: "exportProducts" } });

  it("makes the chosen resource valid JSON that breaks the schema, naming a record's value", async () => {
    const response = await request("/api/v1/export-products?year=2024");
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    const result = responseSchema("exportProducts").safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["data", "records", 0, "value"]);
  });

  it("leaves the other resources valid", async () => {
    const body = parseResponse("trade", await jsonOf(await request("/api/v1/trade")));
    expect(body.data.records.length).toBeGreaterThan(0);
  });

  it("breaks a resource without figures too (a record id of the wrong type)", async () => {
    const { request: req } = testApp({ testFaults: { delayMs: 0, malformed: "sources" } });
    const result = responseSchema("sources").safeParse(await jsonOf(await req("/api/v1/sources")));
    expect(result.error?.issues[0]?.path).toEqual(["data", "sources", 0, "id"]);
  });
});

describe("test fault: delay", () => {
  it("delays /api responses only", async () => {
    const { request } = testApp({ testFaults: { delayMs: 150, malformed: null }, staticFiles: new Map() });
    let started = performance.now();
    expect((await request("/api/v1/sources")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    started = performance.now();
    await request("/config.json");
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe("test faults come only from API_TEST_MODE=1", () => {
  it("ignores the fault variables without it", () => {
    expect(readConfig({ API_TEST_DELAY_MS: "500", API_TEST_MALFORMED: "trade" }).testFaults).toBeNull();
    expect(readConfig({ API_TEST_MODE: "true", API_TEST_MALFORMED: "trade" }).testFaults).toBeNull();
  });

  it("reads them with it", () => {
    expect(
      readConfig({ API_TEST_MODE: "1", API_TEST_DELAY_MS: "500", API_TEST_MALFORMED: "exportProducts" }).testFaults,
    ).toEqual({ delayMs: 500, malformed: "exportProducts" });
  });

  it("rejects an unknown resource name", () => {
    expect(() => readConfig({ API_TEST_MODE: "1", API_TEST_MALFORMED: "export-products" })).toThrow(
      /API_TEST_MALFORMED: must be one of sources, trade, exportProducts/,
    );
  });
});
