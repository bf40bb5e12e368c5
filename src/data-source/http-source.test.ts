import { describe, expect, it } from "vitest";
import { data } from "../../tests/support/dataset";
import { respond } from "./api-contract";
import { ApiError, retryDelay, shouldRetry } from "./api-error";
import { createHttpSource } from "./http-source";
import { DatasetError } from "./validate";

const base = "https://api.example.org/api/v1";

function urlOf(input: RequestInfo | URL): string {
  return typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

describe("HTTP data source", () => {
  it("fetches a language's labels, validated, and refuses another language's or a broken file", async () => {
    const labels = { language: "ru", labels: { "milestone-x": { title: "Заголовок" } } };
    const answer = (body: unknown, status = 200) =>
      createHttpSource({ baseUrl: base, timeoutMs: 1000, fetch: () => Promise.resolve(jsonResponse(body, status)) });
    const urls: string[] = [];
    const source = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: (input) => {
        urls.push(urlOf(input));
        return Promise.resolve(jsonResponse(labels));
      },
    });
    expect(await source.loadLabels?.("ru")).toEqual(labels);
    expect(urls).toEqual([`${base}/labels/ru`]);
    await expect(answer(labels).loadLabels?.("az")).rejects.toThrow(/labels are for “ru”, not “az”/);
    await expect(
      answer({ language: "ru", labels: { "milestone-x": { colour: "red" } } }).loadLabels?.("ru"),
    ).rejects.toThrow(/labels\/ru/);
    await expect(
      answer({ error: { code: "not_found", message: "no ru labels" } }, 404).loadLabels?.("ru"),
    ).rejects.toThrow(/HTTP 404 — no ru labels/);
  });

  it("requests the contract's path with canonical filters and returns the validated envelope", async () => {
    const urls: string[] = [];
    const source = createHttpSource({
      baseUrl: `${base}/`,
      timeoutMs: 1000,
      fetch: (input) => {
        urls.push(urlOf(input));
        return Promise.resolve(jsonResponse(respond("exportProducts", data.exportProducts, { year: 2024 })));
      },
    });
    const response = await source.load("exportProducts", { year: 2024, sectors: ["finance", "energy"] });
    expect(urls).toEqual([`${base}/export-products?year=2024&sector=energy~finance`]);
    expect(response.meta.filters.year).toBe(2024);
    expect(response.data.records.length).toBeGreaterThan(0);
    expect(source).toMatchObject({ kind: "http", origin: base });
  });

  it("drops filters a resource does not take", async () => {
    const urls: string[] = [];
    const source = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: (input) => {
        urls.push(urlOf(input));
        return Promise.resolve(jsonResponse(respond("sources", data.sources, {})));
      },
    });
    await source.load("sources", { year: 2024, sectors: ["energy"] });
    expect(urls).toEqual([`${base}/sources`]);
  });

  it("names the request, the record and the field when a response breaks the schema", async () => {
    const good = respond("trade", data.trade, {});
    const [first, ...rest] = good.data.records;
    const broken = { ...good, data: { records: [{ ...first, value: "1,752.96" }, ...rest] } };
    const source = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: () => Promise.resolve(jsonResponse(broken)),
    });
    await expect(source.load("trade", {})).rejects.toThrow(
      new RegExp(
        `GET ${base}/trade: records\\[0\\] \\(id "${first?.id ?? ""}"\\), field "value"`.replace(
          "records",
          "data.records",
        ),
      ),
    );
  });

  it.each([
    "javascript:alert(document.cookie)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
  ])("rejects a response linking a source to %j, naming the request, the record and the field", async (url) => {
    const good = respond("sources", data.sources, {});
    const at = good.data.sources.findIndex((s) => s.kind === "web");
    const target = good.data.sources[at];
    if (!target) throw new Error("sources.json has no web source");
    const hostile = { ...good, data: { sources: good.data.sources.map((s, i) => (i === at ? { ...s, url } : s)) } };
    const source = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: () => Promise.resolve(jsonResponse(hostile)),
    });
    const error = await source.load("sources", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(
      `GET ${base}/sources: data.sources[${at}] (id "${target.id}"), field "url": must be an absolute http:// or https:// URL (no other scheme, no user name or password, no spaces or control characters)`,
    );
    expect(shouldRetry(0, error)).toBe(false);
  });

  it("rejects a response for another resource, and a body that is not JSON", async () => {
    const other = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: () =>
        Promise.resolve(
          jsonResponse({
            ...respond("trade", data.trade, {}),
            meta: { ...respond("trade", data.trade, {}).meta, resource: "investment" },
          }),
        ),
    });
    await expect(other.load("trade", {})).rejects.toThrow(/for “investment”, not “trade”/);
    const html = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: () => Promise.resolve(new Response("<!doctype html>", { status: 200 })),
    });
    const error = await html.load("trade", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(String(error)).toMatch(/not valid JSON/);
    expect((error as ApiError).retryable).toBe(false);
  });

  it("reports the API's own message for 4xx (not retried) and retries 5xx and network errors", async () => {
    const badRequest = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: () =>
        Promise.resolve(
          jsonResponse(
            { error: { code: "bad_parameter", parameter: "year", message: '"year" must be a four-digit year' } },
            400,
          ),
        ),
    });
    const e400 = (await badRequest.load("trade", { year: 2024 }).catch((e: unknown) => e)) as ApiError;
    expect(e400.message).toBe(`GET ${base}/trade?year=2024: HTTP 400 — "year" must be a four-digit year`);
    expect(shouldRetry(0, e400)).toBe(false);

    const down = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: () => Promise.resolve(new Response("", { status: 503 })),
    });
    const e503 = (await down.load("trade", {}).catch((e: unknown) => e)) as ApiError;
    expect(e503.message).toBe(`GET ${base}/trade: HTTP 503`);
    expect(shouldRetry(0, e503)).toBe(true);
    expect(shouldRetry(3, e503)).toBe(false);

    const offline = createHttpSource({
      baseUrl: base,
      timeoutMs: 1000,
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    const eNet = (await offline.load("trade", {}).catch((e: unknown) => e)) as ApiError;
    expect(eNet.message).toMatch(/could not be reached \(Failed to fetch\)/);
    expect(shouldRetry(1, eNet)).toBe(true);
    expect(shouldRetry(0, new Error("schema"))).toBe(false);
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it("times out a request that never answers, and passes a cancellation through untouched", async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason as Error));
      });
    const slow = createHttpSource({ baseUrl: base, timeoutMs: 1000, fetch: hang });
    const timedOut = (await slow.load("trade", {}).catch((e: unknown) => e)) as ApiError;
    expect(timedOut.message).toBe(`GET ${base}/trade: no answer within 1 s`);
    expect(timedOut.retryable).toBe(true);

    const controller = new AbortController();
    const pending = slow.load("trade", {}, controller.signal).catch((e: unknown) => e);
    controller.abort();
    const cancelled = await pending;
    expect(cancelled).not.toBeInstanceOf(ApiError);
    expect((cancelled as Error).name).toBe("AbortError");
  });
});
