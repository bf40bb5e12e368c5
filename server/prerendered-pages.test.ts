// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasetHash } from "../scripts/dataset-hash.ts";
import { cachedBody, type CachedBody } from "./cached-body.ts";
import { prerenderedPages } from "./prerendered-pages.ts";
import { MOCK_DATA_DIR, dataset, testApp } from "./testing.ts";
import { loadLabelFiles } from "../scripts/load-dataset.ts";

const labels = loadLabelFiles(MOCK_DATA_DIR, dataset);

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
  for (const language of ["en", "az", "ru"])
    writeFileSync(
      path.join(dir, ".prerender", `shell-${language}.html`),
      SHELL.replace('lang="en"', `lang="${language}"`),
    );
  if (charts !== undefined) writeFileSync(path.join(dir, ".prerender", "charts.json"), JSON.stringify(charts));
  return dir;
}

const text = (body: CachedBody | null) => (body === null ? null : Buffer.from(body.identity.body).toString("utf8"));

/** The page's descriptor (what the client reads before it hydrates). */
function descriptor(html: string | null): {
  search: string;
  language?: string;
  path?: string;
  config: { apiBaseUrl: string };
  queries?: unknown;
} {
  const match = /<script type="application\/json" id="prerender-view">(.*?)<\/script>/s.exec(html ?? "");
  if (!match?.[1]) throw new Error("no descriptor in the page");
  return JSON.parse(match[1]) as { search: string; config: { apiBaseUrl: string }; queries?: unknown };
}

describe("prerendered pages", () => {
  it("makes the build's root-relative link-preview addresses absolute at the request's origin", () => {
    const dir = staticDir();
    const tags = '<meta property="og:url" content="/az/" /><meta name="twitter:image" content="/az/preview.png" />';
    writeFileSync(path.join(dir, ".prerender", "shell-az.html"), SHELL.replace("</head>", `${tags}</head>`));
    const page = text(prerenderedPages(dir, MOCK_DATA_DIR, dataset, labels)?.page("az", "", ORIGIN) ?? null);
    expect(page).toContain(`<meta property="og:url" content="${ORIGIN}/az/" />`);
    expect(page).toContain(`<meta name="twitter:image" content="${ORIGIN}/az/preview.png" />`);
  });

  it("renders the default view and every pickable year from the server's data, for its own API", () => {
    const pages = prerenderedPages(staticDir(), MOCK_DATA_DIR, dataset);
    if (!pages) throw new Error("no pages");
    const home = text(pages.page("en", "", ORIGIN));
    expect(home).toContain("In 2025, goods trade between Azerbaijan and the U.S.");
    const view = descriptor(home);
    expect(view.search).toBe("");
    expect(view.config.apiBaseUrl).toBe(`${ORIGIN}/api/v1`);
    // The API's answers travel with the page, so hydration needs no request.
    expect(JSON.stringify(view.queries)).toContain('"http","trade"');
    expect(text(pages.page("en", "?year=2024", ORIGIN))).toContain("In 2024");
    // Built once, then served from memory.
    expect(pages.page("en", "?year=2024", ORIGIN)).toBe(pages.page("en", "?year=2024", ORIGIN));
    // A shared link pins the data version: the same view's page (the boot script sets the pin aside too).
    expect(pages.page("en", "?year=2024&data=da1be9fd", ORIGIN)).toBe(pages.page("en", "?year=2024", ORIGIN));
    expect(pages.page("en", "?data=da1be9fd", ORIGIN)).toBe(pages.page("en", "", ORIGIN));
    for (const other of ["?year=1990", "?year=2024&sector=energy", "?table=trade", "?year=abc", "?year=2024&data=nope"])
      expect(pages.page("en", other, ORIGIN), other).toBeNull();
  });

  it("renders each language's pages in that language, with its labels and its descriptor", () => {
    const pages = prerenderedPages(staticDir(), MOCK_DATA_DIR, dataset, labels);
    if (!pages) throw new Error("no pages");
    const az = text(pages.page("az", "?year=2024", ORIGIN));
    expect(az).toContain('<html lang="az"');
    expect(descriptor(az)).toMatchObject({ search: "?year=2024", language: "az", path: "/az/" });
    const ru = text(pages.page("ru", "", ORIGIN)) ?? "";
    expect(descriptor(ru)).toMatchObject({ language: "ru", path: "/ru/" });
    // A translated label (a milestone title) is in the Russian page instead of its English.
    const milestone = dataset.milestones.milestones.find((m) => m.date.startsWith("2025"));
    const title = labels.ru?.labels[milestone?.id ?? ""]?.title ?? "";
    const english = milestone?.title ?? "";
    expect(title).not.toBe("");
    // (The page's part the reader sees: the API's answers travel with it in English.)
    const shown = ru.slice(
      ru.indexOf('<div id="root">'),
      ru.indexOf('<script type="application/json" id="prerender-assets">'),
    );
    expect(shown.includes(title.replace(/&/g, "&amp;").replace(/"/g, "&quot;"))).toBe(true);
    expect(shown.includes(english)).toBe(false);
    // The labels query travels with the page, so it hydrates without a request of its own.
    expect(JSON.stringify(descriptor(ru).queries)).toContain('"labels","http","ru"');
  });

  it("uses the build's chart drawings only for the data they were drawn from", () => {
    const views = { "/": { trade: DRAWING } };
    const same = prerenderedPages(staticDir({ dataset: datasetHash(MOCK_DATA_DIR), views }), MOCK_DATA_DIR, dataset);
    expect(text(same?.page("en", "", ORIGIN) ?? null)).toContain(`data-chart-island="trade">${DRAWING}`);
    const other = prerenderedPages(staticDir({ dataset: "0123456789abcdef", views }), MOCK_DATA_DIR, dataset);
    const html = text(other?.page("en", "", ORIGIN) ?? null);
    expect(html?.includes("In 2025, goods trade")).toBe(true);
    // No drawing in any slot (the pick script names the attribute, so look for a slot's).
    expect(html?.includes('data-chart-island="')).toBe(false);
  });

  it("serves its pages without drawings, with a warning, when the charts file is not one", () => {
    for (const broken of [{ views: [] }, "{ truncated"]) {
      const warnings: string[] = [];
      const dir = staticDir(broken);
      if (typeof broken === "string") writeFileSync(path.join(dir, ".prerender", "charts.json"), broken);
      const pages = prerenderedPages(dir, MOCK_DATA_DIR, dataset, {}, (line) => warnings.push(line));
      expect(warnings.join("\n")).toMatch(/not a prerender charts file/);
      const html = text(pages?.page("en", "", ORIGIN) ?? null);
      expect(html?.includes("In 2025, goods trade")).toBe(true);
      expect(html?.includes('data-chart-island="')).toBe(false);
    }
  });

  it("renders for a bounded number of origins (the Host header is the client's)", () => {
    const pages = prerenderedPages(staticDir(), MOCK_DATA_DIR, dataset);
    for (let i = 0; i < 8; i++) expect(pages?.page("en", "", `http://host-${i}.example`)).not.toBeNull();
    expect(pages?.page("en", "", "http://one-too-many.example")).toBeNull();
    expect(pages?.page("en", "?year=2024", "http://host-0.example")).not.toBeNull();
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
    // Each language's address gets its page; the build's /az/index.html is never sent either.
    const az = await (await request("/az/?year=2024", html)).text();
    expect(descriptor(az)).toMatchObject({ search: "?year=2024", language: "az" });
    expect(descriptor(await (await request("/ru/index.html", html)).text()).language).toBe("ru");
    expect(await (await request("/az/?year=2024&sector=energy", html)).text()).toBe(
      SHELL.replace('lang="en"', 'lang="az"'),
    );
    for (const shellPath of ["/?year=2024&sector=energy", "/some/deep/path"]) {
      const body = await (await request(shellPath, html)).text();
      expect(body, shellPath).toBe(SHELL);
    }
  });
});
