// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasetHash } from "../scripts/dataset-hash.ts";
import { cachedBody, type CachedBody } from "./cached-body.ts";
import { prerenderedPages } from "./prerendered-pages.ts";
import { MOCK_DATA_DIR, dataset, testApp } from "./testing.ts";

const SHELL =
  '<!doctype html><html lang="en"><head><title>t</title></head><body><div id="root"></div>' +
  '<script type="module" src="/assets/index.js"></script></body></html>';
const DRAWING =
  '<div class="recharts-wrapper" style="width:1208px;height:300px"><svg class="recharts-surface"></svg></div>';
const ORIGIN = "http://dashboard.example";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A built dist/ as the prerender leaves it: the shell, and optionally the charts file. */
function staticDir(charts?: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "prerendered-pages-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, ".prerender"));
  writeFileSync(path.join(dir, ".prerender", "shell.html"), SHELL);
  if (charts !== undefined) writeFileSync(path.join(dir, ".prerender", "charts.json"), JSON.stringify(charts));
  return dir;
}

const text = (body: CachedBody | null) => (body === null ? null : Buffer.from(body.identity.body).toString("utf8"));

/** The page's descriptor (what the client reads before it hydrates). */
function descriptor(html: string | null): { search: string; config: { apiBaseUrl: string }; queries?: unknown } {
  const match = /<script type="application\/json" id="prerender-view">(.*?)<\/script>/s.exec(html ?? "");
  if (!match?.[1]) throw new Error("no descriptor in the page");
  return JSON.parse(match[1]) as { search: string; config: { apiBaseUrl: string }; queries?: unknown };
}

describe("prerendered pages", () => {
  it("renders the default view and every pickable year from the server's data, for its own API", () => {
    const pages = prerenderedPages(staticDir(), MOCK_DATA_DIR, dataset);
    if (!pages) throw new Error("no pages");
    const home = text(pages.page("", ORIGIN));
    expect(home).toContain("In 2025, goods trade between Azerbaijan and the U.S.");
    const view = descriptor(home);
    expect(view.search).toBe("");
    expect(view.config.apiBaseUrl).toBe(`${ORIGIN}/api/v1`);
    // The API's answers travel with the page, so hydration needs no request.
    expect(JSON.stringify(view.queries)).toContain('"http","trade"');
    expect(text(pages.page("?year=2024", ORIGIN))).toContain("In 2024");
    // Built once, then served from memory.
    expect(pages.page("?year=2024", ORIGIN)).toBe(pages.page("?year=2024", ORIGIN));
    for (const other of ["?year=1990", "?year=2024&sector=energy", "?table=trade", "?year=abc"])
      expect(pages.page(other, ORIGIN), other).toBeNull();
  });

  it("uses the build's chart drawings only for the data they were drawn from", () => {
    const views = { "": { trade: DRAWING } };
    const same = prerenderedPages(staticDir({ dataset: datasetHash(MOCK_DATA_DIR), views }), MOCK_DATA_DIR, dataset);
    expect(text(same?.page("", ORIGIN) ?? null)).toContain(`data-chart-island="trade">${DRAWING}`);
    const other = prerenderedPages(staticDir({ dataset: "0123456789abcdef", views }), MOCK_DATA_DIR, dataset);
    const html = text(other?.page("", ORIGIN) ?? null);
    expect(html?.includes("In 2025, goods trade")).toBe(true);
    // No drawing in any slot (the pick script names the attribute, so look for a slot's).
    expect(html?.includes('data-chart-island="')).toBe(false);
  });

  it("serves its pages without drawings, with a warning, when the charts file is not one", () => {
    for (const broken of [{ views: [] }, "{ truncated"]) {
      const warnings: string[] = [];
      const dir = staticDir(broken);
      if (typeof broken === "string") writeFileSync(path.join(dir, ".prerender", "charts.json"), broken);
      const pages = prerenderedPages(dir, MOCK_DATA_DIR, dataset, (line) => warnings.push(line));
      expect(warnings.join("\n")).toMatch(/not a prerender charts file/);
      const html = text(pages?.page("", ORIGIN) ?? null);
      expect(html?.includes("In 2025, goods trade")).toBe(true);
      expect(html?.includes('data-chart-island="')).toBe(false);
    }
  });

  it("renders for a bounded number of origins (the Host header is the client's)", () => {
    const pages = prerenderedPages(staticDir(), MOCK_DATA_DIR, dataset);
    for (let i = 0; i < 8; i++) expect(pages?.page("", `http://host-${i}.example`)).not.toBeNull();
    expect(pages?.page("", "http://one-too-many.example")).toBeNull();
    expect(pages?.page("?year=2024", "http://host-0.example")).not.toBeNull();
  });

  it("is absent for a build without the prerender step", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "prerendered-pages-"));
    dirs.push(dir);
    expect(prerenderedPages(dir, MOCK_DATA_DIR, dataset)).toBeNull();
  });

  it("answers '/' with the view the address asks for, other pages with the shell, never the build's index.html", async () => {
    const pages = prerenderedPages(staticDir(), MOCK_DATA_DIR, dataset);
    const staticFiles = new Map([
      ["/index.html", cachedBody("BUNDLED DEFAULT VIEW", "text/html; charset=utf-8", "no-cache")],
    ]);
    const { request } = testApp({ staticFiles, pages });
    const html = { headers: { accept: "text/html" } };
    const year = await (await request("/?year=2024", html)).text();
    expect(descriptor(year).search).toBe("?year=2024");
    // Behind a proxy, the page names the API at the address the reader used.
    const proxied = await request("/", {
      headers: { ...html.headers, "x-forwarded-proto": "https", "x-forwarded-host": "dash.example" },
    });
    expect(descriptor(await proxied.text()).config.apiBaseUrl).toBe("https://dash.example/api/v1");
    expect((await (await request("/index.html", html)).text()).includes("BUNDLED")).toBe(false);
    for (const shellPath of ["/?year=2024&sector=energy", "/some/deep/path"]) {
      const body = await (await request(shellPath, html)).text();
      expect(body, shellPath).toBe(SHELL);
    }
  });
});
