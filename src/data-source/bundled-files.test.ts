import { describe, expect, it } from "vitest";

/** fetch is called with a URL string here. */
const href = (url: unknown): string => (typeof url === "string" ? url : url instanceof URL ? url.href : "");
import { raw } from "../../tests/support/dataset";
import { fetchBundledDataset } from "./bundled-files";
import { createBundledSource } from "./bundled-source";

describe("fetchBundledDataset", () => {
  it("fetches every resource in parallel, with default request options (so the preload answers it)", async () => {
    const asked: { url: string; init: unknown }[] = [];
    const files = await fetchBundledDataset((url, init) => {
      asked.push({ url: href(url), init });
      const name = Object.entries({ ...raw }).find(([key]) => href(url).includes(key.replace(/P/, "-p")));
      return Promise.resolve(Response.json(name?.[1] ?? {}));
    });
    expect(asked).toHaveLength(6);
    expect(asked.every((a) => a.init === undefined)).toBe(true);
    expect(Object.keys(files).sort()).toEqual(Object.keys(raw).sort());
  });

  it("turns a file that cannot be loaded into an error its panel shows, and the rest keeps working", async () => {
    const files = await fetchBundledDataset((url) =>
      href(url).includes("trade")
        ? Promise.resolve(new Response("gone", { status: 404 }))
        : Promise.reject(new TypeError("Failed to fetch")),
    );
    expect(files.trade).toEqual(new Error("The bundled trade data could not be loaded (HTTP 404)."));
    expect(String(files.sources)).toMatch(
      /The bundled sources data could not be loaded \(TypeError: Failed to fetch\)/,
    );
    const source = createBundledSource({ ...raw, trade: files.trade });
    await expect(source.load("trade", {})).rejects.toThrow("HTTP 404");
    expect(source.peek?.("trade", {})).toBeUndefined();
    expect((await source.load("sources", {})).data.sources.length).toBeGreaterThan(5);
  });
});
