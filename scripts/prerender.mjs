#!/usr/bin/env node
// After `vite build` (npm run build): prerenders the default view into dist/index.html, with
// every chart's SVG in it, so the first paint holds the answer and the charts before any script
// runs. Why this mechanism, and what it gained: bench/README.md ("Prerender").
//
//   1. The app is server-rendered with react-dom/server (scripts/prerender-entry.ts, bundled by
//      Vite for Node): exactly the markup the client's hydrateRoot expects, by construction.
//   2. recharts 3 draws no SVG on the server (its size and axes reach its store only in
//      effects; recharts issue #5997), so the charts are drawn by the built app in Debian's
//      Chromium, at the widths readers use, and each drawing is written into its chart's slot
//      (src/components/chart-islands.ts). The client keeps it until the live chart takes over.
//   3. dist/.prerender/ keeps the client-rendered shell and every year's drawings for the
//      reference server, which renders each year's page from its own data (server/prerendered-pages.ts).
//   4. Link previews: each language's page gets Open Graph and Twitter card tags, and the same
//      Chromium draws each language's preview image (dist/preview.png, dist/az/preview.png…,
//      1200×630: the title, the lead and the trade chart of the default view). robots.txt is
//      written; sitemap.xml too when the build knows its origin. SITE_ORIGIN=https://host sets it
//      (validated: an http(s) origin, no path); without it the previews' addresses are root-relative
//      and the reference server makes them absolute for the origin it is reached at.
//
// Without Chromium (or with PRERENDER=0, or a build for an API) the build finishes with a
// warning and the client-rendered page: nothing breaks, the first view is just slower, and the
// link previews are text only (no image).
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { build, loadEnv } from "vite";
import { chromiumLaunchOptions, chromiumPath, isExecutable } from "./chromium.mjs";
import { contentType } from "./content-types.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = path.join(root, "dist");
const hiddenDir = path.join(dist, ".prerender");
const ssrDir = path.join(root, "node_modules", ".prerender-ssr");
const datasetDir = path.join(root, "mock-data");

/**
 * Viewport widths whose chart drawings ship: the common phone widths and one desktop width
 * (the layout is fixed at max-w-7xl from about 1300 px up). Any other width gets the text
 * prerendered and the charts drawn by the client at once.
 */
export const CAPTURE_WIDTHS = [360, 390, 412, 430, 1440];
const DESKTOP_WIDTH = 1440;

const warn = (message) => console.warn(`\n⚠ prerender: ${message}\n`);

/** dist/ over HTTP on a free port: the unprerendered page of its language for every page path. */
function serveDist(shellOf) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(dist, url.pathname);
    if (url.pathname !== "/" && file.startsWith(dist + path.sep) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { "content-type": contentType(file) });
      res.end(readFileSync(file));
    } else if (url.pathname === "/config.json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    } else {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(shellOf(url.pathname));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

/** In the page: once every panel is ready and every chart slot holds its SVG, each chart's drawing. */
function readDrawings() {
  const panels = [...document.querySelectorAll("section[data-panel]")];
  if (panels.length === 0 || panels.some((p) => p.dataset.state !== "ready")) return null;
  const slots = [...document.querySelectorAll("[data-chart]")];
  const drawings = {};
  for (const slot of slots) {
    const box = slot.firstElementChild;
    const wrapper = box?.querySelector(".recharts-wrapper");
    if (!box || !wrapper || !wrapper.querySelector("svg.recharts-surface")) return null;
    drawings[slot.dataset.chart] = { width: box.clientWidth, html: wrapper.outerHTML };
  }
  const years = [...document.querySelectorAll('select[name="year"] option')].map((o) => o.value).filter(Boolean);
  return { drawings, years };
}

/** Waits until the page's drawings are there and unchanged over two frames. */
async function settledDrawings(page) {
  let previous = null;
  for (let attempt = 0; attempt < 600; attempt++) {
    const now = await page.evaluate(readDrawings);
    if (now !== null && previous !== null && JSON.stringify(now) === JSON.stringify(previous)) return now;
    previous = now;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  throw new Error(`the charts of ${page.url()} did not settle`);
}

/**
 * The captured drawing's ids get a prefix, so they never collide with a live chart's (both
 * can be on the page for a moment while the live chart takes over).
 */
function prefixIds(html) {
  return html
    .replace(/\bid="([^"]+)"/g, 'id="pre-$1"')
    .replace(/url\(#([^)]+)\)/g, "url(#pre-$1)")
    .replace(/url\(&quot;#([^&]+)&quot;\)/g, "url(&quot;#pre-$1&quot;)")
    .replace(/href="#([^"]+)"/g, 'href="#pre-$1"');
}

/** search → chart id → the slot's inner HTML: the desktop drawing, a data block per other width. */
function islandsByView(captures, drawingBlock) {
  const views = {};
  for (const { search, width, drawings } of captures) {
    views[search] ??= {};
    for (const [id, drawing] of Object.entries(drawings)) {
      const list = (views[search][id] ??= []);
      // The drawing is made for the slot's width, not the window's (they differ by the margins).
      if (!list.some((d) => d.width === drawing.width))
        list.push({ width: drawing.width, html: drawing.html, window: width });
    }
  }
  const islands = {};
  for (const [search, charts] of Object.entries(views)) {
    islands[search] = {};
    for (const [id, list] of Object.entries(charts)) {
      // The desktop drawing is in the page itself (seen without JavaScript too, scaled down to
      // fit by the stylesheet); the others wait in data blocks for PICK_SCRIPT.
      const inline = list.find((d) => d.window === DESKTOP_WIDTH) ?? list[list.length - 1];
      islands[search][id] =
        list
          .filter((d) => d !== inline)
          .map((d) => drawingBlock(d.width, prefixIds(d.html)))
          .join("") + prefixIds(inline.html);
    }
  }
  return islands;
}

/** Each language's page path: "/", "/az/", "/ru/". */
async function capture(baseUrl, paths) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const captures = [];
  try {
    for (const [width, path] of CAPTURE_WIDTHS.flatMap((w) => paths.map((p) => [w, p]))) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const settled = async () => {
        const drawings = await settledDrawings(page);
        if (errors.length > 0) throw new Error(`the page failed while prerendering: ${errors.join("; ")}`);
        return drawings;
      };
      await page.goto(`${baseUrl}${path}`);
      const first = await settled();
      captures.push({ search: path, width, drawings: first.drawings });
      for (const year of first.years) {
        await page.goto(`${baseUrl}${path}?year=${year}`);
        captures.push({ search: `${path}?year=${year}`, width, drawings: (await settled()).drawings });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return captures;
}

/**
 * In the page: a link-preview card over everything, at the size of the viewport: the page's
 * title, its lead and the trade chart with its legend (copies of the live ones, so the card
 * shows what the page shows, in its language and styles); `host` under them when it is known.
 */
function composePreview({ host }) {
  const title = document.querySelector("h1");
  const lead = document.querySelector(".lead-text");
  const slot = document.querySelector('[data-chart="trade"]');
  const panel = slot?.closest("section[data-panel]");
  const svg = slot?.querySelector("svg.recharts-surface");
  if (!title || !lead || !panel || !svg) throw new Error("the page has no lead or trade chart to draw a preview of");
  const el = (tag, style, text) => {
    const e = document.createElement(tag);
    e.setAttribute("style", style);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const card = el(
    "div",
    `position:fixed;left:0;top:0;width:${innerWidth}px;height:${innerHeight}px;z-index:2147483647;box-sizing:border-box;` +
      "padding:32px 48px 24px;background:#fff;color:#0f172a;display:flex;flex-direction:column;gap:12px;overflow:hidden",
  );
  card.append(el("div", "font-size:30px;line-height:1.2;font-weight:700", title.textContent ?? ""));
  const text = lead.cloneNode(true);
  // The badges and tags of the page's figures are controls to open; the card only reads.
  for (const badge of text.querySelectorAll(".versions-badge, .derived-tag")) badge.remove();
  for (const figure of text.querySelectorAll(".figure-trigger, .figure-number")) figure.style.textDecoration = "none";
  text.setAttribute("style", "font-size:22px;line-height:1.4;margin:0;max-width:none;color:#1e293b");
  card.append(text);
  const heading = panel.querySelector("h2")?.textContent ?? "";
  const about = panel.querySelector("h2 + p")?.textContent ?? "";
  card.append(el("div", "font-size:16px;line-height:1.3;color:#334155", `${heading}. ${about}`));
  const legend = slot.closest("figure")?.querySelector("ul");
  if (legend) {
    const copy = legend.cloneNode(true);
    copy.style.margin = "0";
    card.append(copy);
  }
  const chart = svg.cloneNode(true);
  chart.removeAttribute("width");
  chart.removeAttribute("height");
  chart.setAttribute("style", "display:block;width:100%;height:100%");
  const box = el("div", "flex:1 1 0;min-height:0");
  box.append(chart);
  card.append(box);
  if (host) card.append(el("div", "font-size:16px;color:#475569", host));
  document.documentElement.style.overflow = "hidden";
  document.body.append(card);
}

/** Each language's preview image of its default view (PREVIEW_SIZE, PNG), beside its page. */
async function drawPreviews(baseUrl, entry, languages, origin) {
  const { width, height } = entry.PREVIEW_SIZE;
  const sizes = [];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const language of languages) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${entry.languagePath(language)}`);
      await settledDrawings(page);
      await page.evaluate(composePreview, { host: origin === null ? null : new URL(origin).host });
      const file = previewFile(entry, language);
      await page.screenshot({ path: file, type: "png", clip: { x: 0, y: 0, width, height } });
      sizes.push(`${entry.previewPath(language)} ${(statSync(file).size / 1024).toFixed(0)} kB`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return sizes;
}

const previewFile = (entry, language) => path.join(dist, ...entry.previewPath(language).split("/").filter(Boolean));

/** robots.txt always; sitemap.xml only at a known origin (a sitemap's addresses must be absolute). */
function writeCrawlerFiles(entry, origin) {
  writeFileSync(path.join(dist, "robots.txt"), entry.robotsTxt(origin));
  const sitemap = path.join(dist, "sitemap.xml");
  if (origin === null) rmSync(sitemap, { force: true });
  else writeFileSync(sitemap, entry.sitemapXml(origin));
}

/** Each language's message catalog chunk, as the Vite manifest names it. */
function catalogChunks(languages) {
  const file = path.join(dist, ".vite", "manifest.json");
  if (!existsSync(file)) return {};
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  return Object.fromEntries(
    languages.flatMap((language) => {
      const chunk = manifest[`src/lib/messages/catalog-${language}.ts`];
      return chunk ? [[language, `/${chunk.file}`]] : [];
    }),
  );
}

async function main() {
  const indexFile = path.join(dist, "index.html");
  if (!existsSync(indexFile)) throw new Error("dist/index.html is missing: run `vite build` first");
  // Run again on a prerendered dist/, it starts from the shell it kept.
  const kept = path.join(hiddenDir, "shell.html");
  const current = readFileSync(indexFile, "utf8");
  const shell = current.includes('rel="alternate"') && existsSync(kept) ? readFileSync(kept, "utf8") : current;
  rmSync(hiddenDir, { recursive: true, force: true });
  const started = performance.now();

  // The server-render entry: it writes each language's page even when nothing is prerendered.
  await build({
    configFile: path.join(root, "vite.config.ts"),
    logLevel: "warn",
    build: {
      ssr: path.join(root, "scripts/prerender-entry.ts"),
      outDir: ssrDir,
      emptyOutDir: true,
      manifest: false,
      copyPublicDir: false,
      rollupOptions: { output: { entryFileNames: "prerender-entry.mjs" } },
    },
  });
  const entry = await import(pathToFileURL(path.join(ssrDir, "prerender-entry.mjs")).href);
  const languages = entry.LANGUAGES;
  const catalogs = catalogChunks(languages);
  // Link previews and crawlers need absolute addresses; the build learns its host only from SITE_ORIGIN.
  const origin = entry.parseSiteOrigin(process.env.SITE_ORIGIN);
  const shellOf = (language, image) =>
    entry.withSocial(entry.shellFor(shell, language, catalogs), datasetDir, language, { origin, image });
  // Without a preview image (none drawn yet, or no Chromium) the pages name none.
  let shells = Object.fromEntries(languages.map((l) => [l, shellOf(l, false)]));
  for (const language of languages) rmSync(previewFile(entry, language), { force: true });
  writeCrawlerFiles(entry, origin);
  if (origin === null)
    console.log(
      "prerender: SITE_ORIGIN is not set: link previews name the pages and images root-relative, " +
        "robots.txt names no sitemap and no sitemap.xml is written (the reference server writes both for its origin).",
    );
  const pageFile = (language) =>
    path.join(dist, ...entry.languagePath(language).split("/").filter(Boolean), "index.html");
  const writePages = (pageOf) => {
    for (const language of languages) {
      mkdirSync(path.dirname(pageFile(language)), { recursive: true });
      writeFileSync(pageFile(language), pageOf(language));
    }
  };
  // Each language has its page (dist/az/index.html…), so a static host serves /az/ as it is.
  writePages((language) => shells[language]);
  // Each panel's chart-only view (dist/embed/trade/index.html, dist/az/embed/trade/index.html…), client-rendered.
  for (const language of languages)
    for (const panel of entry.PANEL_KEYS) {
      const file = path.join(dist, ...entry.embedPath(language, panel).split("/").filter(Boolean), "index.html");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, entry.embedShellFor(shell, language, catalogs, panel));
    }
  const pathLanguage = (pathname) =>
    languages.find((l) => l !== "en" && pathname.startsWith(entry.languagePath(l))) ?? "en";

  if (process.env.PRERENDER === "0")
    return warn(
      "PRERENDER=0: the pages are client-rendered, with no preview image (their link previews are text only).",
    );
  // As Vite reads it: the environment, then .env files.
  if (loadEnv("production", root, "VITE_").VITE_DATA_SOURCE === "http")
    return warn(
      "this build reads an API (VITE_DATA_SOURCE=http): its pages are client-rendered, with no preview image.",
    );
  if (!isExecutable(chromiumPath()))
    return warn(
      `no Chromium at ${chromiumPath()} (install Debian's chromium or set CHROMIUM_PATH): the pages are client-rendered, ` +
        "without their charts in the first paint, and with no preview image (their link previews are text only).",
    );

  const server = await serveDist((pathname) => shells[pathLanguage(pathname)]);
  const { port } = server.address();
  const baseUrl = `http://127.0.0.1:${port}`;
  let captures;
  let previews = [];
  let previewSeconds = 0;
  try {
    captures = await capture(
      baseUrl,
      languages.map((l) => entry.languagePath(l)),
    );
    const previewStart = performance.now();
    try {
      previews = await drawPreviews(baseUrl, entry, languages, origin);
    } catch (error) {
      // A preview is a nicety: without it the pages still ship, with text-only link previews.
      warn(`the preview images could not be drawn (${error instanceof Error ? error.message : String(error)}).`);
      for (const language of languages) rmSync(previewFile(entry, language), { force: true });
    }
    previewSeconds = (performance.now() - previewStart) / 1000;
  } finally {
    server.close();
  }
  if (previews.length === languages.length) shells = Object.fromEntries(languages.map((l) => [l, shellOf(l, true)]));
  const islands = islandsByView(captures, entry.drawingBlock);
  const charts = (key) => new Map(Object.entries(islands[key] ?? {}));
  const sizes = [];
  writePages((language) => {
    const key = entry.languagePath(language);
    const page = entry.pageWithView(shells[language], entry.renderBundled(datasetDir, language, "", charts(key)));
    sizes.push(`${key} ${(Buffer.byteLength(page) / 1024).toFixed(1)} kB`);
    return page;
  });

  mkdirSync(hiddenDir, { recursive: true });
  writeFileSync(path.join(hiddenDir, "shell.html"), shell);
  for (const language of languages) writeFileSync(path.join(hiddenDir, `shell-${language}.html`), shells[language]);
  writeFileSync(
    path.join(hiddenDir, "charts.json"),
    JSON.stringify({ dataset: entry.datasetHash(datasetDir), widths: CAPTURE_WIDTHS, views: islands }),
  );
  console.log(
    `prerender: ${languages.length} languages, default view and ${Object.keys(islands).length / languages.length - 1} year pages each, ` +
      `${captures.length} captures in ${((performance.now() - started) / 1000).toFixed(1)} s; ${sizes.join(", ")}`,
  );
  if (previews.length > 0)
    console.log(`prerender: preview images in ${previewSeconds.toFixed(1)} s: ${previews.join(", ")}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(`prerender failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
}
