import { describe, expect, it } from "vitest";
import companies from "../../mock-data/companies.json";
import exportProducts from "../../mock-data/export-products.json";
import investment from "../../mock-data/investment.json";
import milestones from "../../mock-data/milestones.json";
import sources from "../../mock-data/sources.json";
import trade from "../../mock-data/trade.json";
import type { BundledRaw } from "./bundled-files";
import { createBundledSource } from "./bundled-source";
import { parseResource } from "./parse-resource";
import { datasetProblems } from "./dataset-check";
import { DatasetError } from "./validate";

import type { DataSource, ResourceMap } from "./data-source";
import { RESOURCE_NAMES } from "./api-contract";

const raw = { sources, trade, exportProducts, investment, companies, milestones };

async function loadAll(source: DataSource): Promise<ResourceMap> {
  const entries = await Promise.all(
    RESOURCE_NAMES.map(async (name) => [name, (await source.load(name, {})).data] as const),
  );
  return Object.fromEntries(entries) as unknown as ResourceMap;
}

/** As tools and tests use it: every file validated on first use. */
const validated = (files: BundledRaw) => createBundledSource(files, parseResource);

describe("bundled source", () => {
  it("loads and validates every resource of mock-data", async () => {
    const source = validated(raw);
    const loaded = await loadAll(source);
    expect(loaded.trade.records.length).toBeGreaterThan(10);
    expect(datasetProblems(loaded)).toEqual([]);
  });

  it("rejects a broken record with an error naming the file, the record and the field", async () => {
    const [first, ...rest] = trade.records;
    const broken = { records: [{ ...first, value: "1,752.96" }, ...rest] };
    const source = validated({ ...raw, trade: broken });
    await expect(source.load("trade", {})).rejects.toThrow(
      new RegExp(`mock-data/trade\\.json: records\\[0\\] \\(id "${first?.id ?? ""}"\\), field "value": .*number`),
    );
  });

  it("rejects an unknown field and a missing source list", async () => {
    const [first, ...rest] = investment.records;
    const source = validated({
      ...raw,
      investment: { records: [{ ...first, sourceIds: [], extra: 1 }, ...rest] },
    });
    const error = await source.load("investment", {}).catch((e: unknown) => e);
    expect(String(error)).toMatch(/records\[0\].*sourceIds/);
    expect(String(error)).toMatch(/extra/);
  });

  // Whitespace and control characters a browser strips before it reads the scheme are tricks too.
  it.each([
    "javascript:alert(document.domain)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    " https://example.org/",
  ])("rejects the source link %j, naming the file, the record and the field", async (url) => {
    const at = sources.sources.findIndex((s) => s.kind === "web");
    const target = sources.sources[at];
    if (!target) throw new Error("sources.json has no web source");
    const broken = { sources: sources.sources.map((s, i) => (i === at ? { ...s, url } : s)) };
    const source = validated({ ...raw, sources: broken });
    const error = await source.load("sources", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues).toEqual([
      `sources[${at}] (id "${target.id}"), field "url": must be an absolute http:// or https:// URL (no other scheme, no user name or password, no spaces or control characters)`,
    ]);
    expect(String(error)).toContain("mock-data/sources.json: ");
  });

  it("accepts http and https source links", async () => {
    const web = sources.sources.filter((s) => s.kind === "web");
    expect(web.some((s) => s.url?.startsWith("http://"))).toBe(true);
    expect(web.some((s) => s.url?.startsWith("https://"))).toBe(true);
    const loaded = await validated(raw).load("sources", {});
    expect(loaded.data.sources.filter((s) => s.kind === "web").map((s) => s.url)).toEqual(web.map((s) => s.url));
  });

  it("reports a source id that does not exist", async () => {
    const source = validated(raw);
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
