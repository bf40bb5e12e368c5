// @vitest-environment node
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LruMap, acceptsGzip, etagMatches } from "./cached-body.ts";
import { testApp } from "./testing.ts";

const { request } = testApp();

describe("ETag and conditional requests", () => {
  it("answers 304 without a body when If-None-Match holds the current ETag", async () => {
    const first = await request("/api/v1/export-products?year=2024");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{8}-[A-Za-z0-9_-]{27}"$/); // the dataset version, then the body hash
    const again = await request("/api/v1/export-products?year=2024", { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("public, max-age=60, must-revalidate");
    expect(again.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("also matches a weak form and a list of candidates", async () => {
    const etag = (await request("/api/v1/trade")).headers.get("etag") ?? "";
    const weak = await request("/api/v1/trade", { headers: { "if-none-match": `"other", W/${etag}` } });
    expect(weak.status).toBe(304);
  });

  it("sends the body again for a stale ETag", async () => {
    const response = await request("/api/v1/trade", { headers: { "if-none-match": '"stale"' } });
    expect(response.status).toBe(200);
    expect((await response.text()).length).toBeGreaterThan(100);
  });

  it("gives different queries different ETags, and equivalent queries the same one", async () => {
    const etag = async (path: string) => (await request(path)).headers.get("etag");
    const all = await etag("/api/v1/export-products");
    const y2024 = await etag("/api/v1/export-products?year=2024");
    const y2023 = await etag("/api/v1/export-products?year=2023");
    expect(new Set([all, y2024, y2023]).size).toBe(3);
    expect(await etag("/api/v1/companies?sector=finance~energy")).toBe(
      await etag("/api/v1/companies?sector=energy~finance"),
    );
  });

  it("serves gzip to clients that accept it, with its own ETag and Vary", async () => {
    const plain = await request("/api/v1/trade");
    const zipped = await request("/api/v1/trade", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toBe("Accept-Encoding");
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    expect(zipped.headers.get("etag")).not.toBe(plain.headers.get("etag"));
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect(Number(zipped.headers.get("content-length"))).toBe(bytes.byteLength);
    expect(gunzipSync(bytes).toString("utf8")).toBe(await plain.text());
  });
});

describe("Cache-Control", () => {
  it.each([
    ["/api/v1/trade", "public, max-age=60, must-revalidate"],
    ["/api/v1", "public, max-age=60, must-revalidate"],
    ["/api/v1/trade?year=abc", "no-store"],
    ["/api/nothing", "no-store"],
    ["/api/health", "no-store"],
    ["/api/openapi.json", "no-cache"],
    ["/config.json", "no-cache"],
  ])("%s → %s", async (path, expected) => {
    expect((await request(path)).headers.get("cache-control")).toBe(expected);
  });
});

describe("cache helpers", () => {
  it("matches If-None-Match by weak comparison, and * matches anything", () => {
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"b", "a"', '"a"')).toBe(true);
    expect(etagMatches("*", '"a"')).toBe(true);
    expect(etagMatches('"ab"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });

  it("honours a refusal of gzip", () => {
    expect(acceptsGzip("gzip, br")).toBe(true);
    expect(acceptsGzip("br, gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("evicts the least recently used entry beyond its limit", () => {
    const lru = new LruMap<string, number>(3);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.set("c", 3);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("d", 4);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(1);
    expect(lru.size).toBe(3);
  });
});
