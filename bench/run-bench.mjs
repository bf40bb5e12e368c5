#!/usr/bin/env node
// `npm run bench` — performance figures for the production build.
//   1. npm run build (skip with BENCH_SKIP_BUILD=1)
//   2. serve dist/ from a tiny static server on 127.0.0.1:<free port>
//   3. launch Chromium once; for BENCH_RUNS runs (default 9, minimum 7), each in a new
//      browser context (cold HTTP cache): load "/" and time until all panels are drawn,
//      then time two Year filter changes (→ 2023, → 2025)
//   4. measure JS/CSS bytes in dist/assets (raw and gzip)
// Prints a table and writes bench/results/latest.json. Figures are compared with the
// targets but never fail the run: the exit code is non-zero only if measuring fails.
import { spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { contentType } from "../scripts/content-types.mjs";
import {
  CHROMIUM_INSTALL_HINT,
  chromiumLaunchOptions,
  chromiumPath,
  isExecutable,
} from "../tests/e2e/support/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = path.join(root, "dist");
const resultsDir = path.join(root, "bench", "results");

const PANEL_IDS = ["trade-turnover", "export-composition", "foreign-direct-investment", "companies-present"];
const DEFAULT_YEAR = 2025;
const OTHER_YEAR = 2023;
const TARGETS = {
  loadMs: 1000,
  filterChangeMs: 50,
  jsCssGzipBytes: 250 * 1000,
  domElements: 1500,
  phonePageHeightPx: 7500,
};
const STEP_TIMEOUT_MS = 30_000;
const VIEWPORT = { width: 1280, height: 900 };

const MIN_RUNS = 7;
const DEFAULT_RUNS = 9;

function runCount() {
  const raw = process.env.BENCH_RUNS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_RUNS;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < MIN_RUNS) {
    console.warn(
      `[bench] BENCH_RUNS=${raw} is not a number ≥ ${MIN_RUNS}; using ${Number.isFinite(n) ? MIN_RUNS : DEFAULT_RUNS}.`,
    );
    return Number.isFinite(n) ? MIN_RUNS : DEFAULT_RUNS;
  }
  return n;
}

// ---------------------------------------------------------------------------------------
// Build
function build() {
  if (process.env.BENCH_SKIP_BUILD === "1") {
    console.log("[bench] BENCH_SKIP_BUILD=1: using the existing dist/");
    return;
  }
  console.log("[bench] Building (npm run build)…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0)
    throw new Error(`npm run build failed (${result.error?.message ?? `exit code ${result.status}`})`);
}

// ---------------------------------------------------------------------------------------
// Static server for dist/ with SPA fallback

function fileIfExists(file) {
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function startServer(dir) {
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const resolved = path.resolve(dir, `.${pathname}`);
    if (resolved !== dir && !resolved.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    let file = fileIfExists(resolved) ?? fileIfExists(path.join(resolved, "index.html"));
    // SPA fallback: unknown paths that do not look like files get the app shell.
    if (file === null && path.extname(pathname) === "") file = path.join(dir, "index.html");
    if (file === null) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const type = contentType(file);
    res.writeHead(200, { "Content-Type": type, "Content-Length": statSync(file).size, "Cache-Control": "no-cache" });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

// ---------------------------------------------------------------------------------------
// In-page measurement. These functions run inside the browser (serialised by Playwright).

/** Init script: from the first moment of the document, checks every animation frame
 *  whether all panels are ready and drawn, and records performance.now() (ms since
 *  navigation start) once the frame that shows them has been painted. */
function installLoadProbe(panelIds) {
  const state = { doneAt: null, error: null };
  window.__benchLoad = state;
  // Every chart slot (data-chart) must hold a laid-out recharts SVG. (Checking only the
  // .recharts-wrapper elements that exist would pass before the charts have mounted.)
  const chartsDrawn = (panel) =>
    [...panel.querySelectorAll("[data-chart]")].every((slot) => {
      const svg = slot.querySelector(".recharts-wrapper > svg.recharts-surface");
      return svg !== null && svg.getBoundingClientRect().width > 0;
    });
  const check = () => {
    const panels = panelIds.map((id) => document.querySelector(`section[data-panel="${id}"]`));
    const failed = panels.find((p) => p !== null && p.dataset.state === "error");
    if (failed) {
      state.error = `panel "${failed.dataset.panel}" is in the error state`;
      return;
    }
    if (panels.every((p) => p !== null && p.dataset.state === "ready" && chartsDrawn(p))) {
      // We are in a frame callback; a message posted now arrives after this frame is painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.doneAt = performance.now();
      };
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Changes the Year <select> the way a user would (native value setter + bubbling
 *  'change', which React listens to) and resolves with the ms from the change until all
 *  panels show the new year, are ready and drawn, and the next frame has been painted. */
function changeYear({ panelIds, year, timeoutMs }) {
  const select = [...document.querySelectorAll("select")].find((el) =>
    [...(el.labels ?? [])].some((label) => (label.textContent ?? "").trim().startsWith("Year")),
  );
  if (!select) throw new Error('no <select> labelled "Year" found');
  if (![...select.options].some((o) => o.value === String(year))) {
    throw new Error(
      `the Year select has no option ${year} (options: ${[...select.options].map((o) => o.value).join(", ")})`,
    );
  }
  // Every chart slot (data-chart) must hold a laid-out recharts SVG. (Checking only the
  // .recharts-wrapper elements that exist would pass before the charts have mounted.)
  const chartsDrawn = (panel) =>
    [...panel.querySelectorAll("[data-chart]")].every((slot) => {
      const svg = slot.querySelector(".recharts-wrapper > svg.recharts-surface");
      return svg !== null && svg.getBoundingClientRect().width > 0;
    });
  const updated = () =>
    panelIds.every((id) => {
      const p = document.querySelector(`section[data-panel="${id}"]`);
      return p !== null && p.dataset.year === String(year) && p.dataset.state === "ready" && chartsDrawn(p);
    });

  return new Promise((resolve, reject) => {
    let finished = false;
    let observer = null;
    const timer = setTimeout(
      () => finish(new Error(`panels did not update to ${year} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    function finish(error) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      observer?.disconnect();
      if (error) {
        reject(error);
        return;
      }
      // Next frame, then a message that arrives once that frame is painted: the change is on screen.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    }
    const check = () => {
      if (!finished && updated()) finish(null);
    };
    const poll = () => {
      if (finished) return;
      check();
      if (!finished) requestAnimationFrame(poll);
    };
    observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });

    const t0 = performance.now();
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set;
    setValue.call(select, String(year));
    select.dispatchEvent(new Event("change", { bubbles: true }));
    check();
    requestAnimationFrame(poll);
  });
}

// ---------------------------------------------------------------------------------------
async function measureRun(browser, origin, index) {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: origin });
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.addInitScript(installLoadProbe, PANEL_IDS);
    await page.goto("/", { waitUntil: "commit" });
    const handle = await page
      .waitForFunction(
        () => window.__benchLoad && (window.__benchLoad.doneAt !== null || window.__benchLoad.error !== null),
        null,
        {
          timeout: STEP_TIMEOUT_MS,
          polling: 50,
        },
      )
      .catch(() => null);
    const probe = await page.evaluate(() => window.__benchLoad ?? null);
    if (handle === null || probe === null || probe.doneAt === null) {
      throw new Error(
        `run ${index + 1}: panels were not all drawn within ${STEP_TIMEOUT_MS} ms` +
          (probe?.error ? ` (${probe.error})` : "") +
          (pageErrors.length > 0 ? `; page errors: ${pageErrors.join(" | ")}` : ""),
      );
    }
    const loadMs = probe.doneAt;
    // What the default view costs the browser: every element in the document once all panels are drawn.
    const domElements = await page.evaluate(() => document.getElementsByTagName("*").length);
    const toOtherMs = await page.evaluate(changeYear, {
      panelIds: PANEL_IDS,
      year: OTHER_YEAR,
      timeoutMs: STEP_TIMEOUT_MS,
    });
    const backMs = await page.evaluate(changeYear, {
      panelIds: PANEL_IDS,
      year: DEFAULT_YEAR,
      timeoutMs: STEP_TIMEOUT_MS,
    });
    if (pageErrors.length > 0) throw new Error(`run ${index + 1}: uncaught page errors: ${pageErrors.join(" | ")}`);
    return { loadMs, domElements, yearChangeMs: [toOtherMs, backMs] };
  } finally {
    await context.close();
  }
}

/** The default view's full page length on a 360 px phone, once every panel is drawn. */
async function phonePageHeight(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, baseURL: origin });
  try {
    const page = await context.newPage();
    await page.addInitScript(installLoadProbe, PANEL_IDS);
    await page.goto("/");
    await page.waitForFunction(() => window.__benchLoad?.doneAt != null, null, { timeout: STEP_TIMEOUT_MS });
    return await page.evaluate(() => document.documentElement.scrollHeight);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// Bundle size
function assetSizes() {
  const assetsDir = path.join(distDir, "assets");
  const html = readFileSync(path.join(distDir, "index.html"), "utf8");
  const files = readdirSync(assetsDir)
    .filter((name) => /\.(m?js|css)$/.test(name))
    .sort()
    .map((name) => {
      const content = readFileSync(path.join(assetsDir, name));
      return {
        file: `assets/${name}`,
        type: name.endsWith(".css") ? "css" : "js",
        initial: html.includes(`/assets/${name}`), // referenced by index.html (loaded up front)
        rawBytes: content.length,
        gzipBytes: gzipSync(content).length,
      };
    });
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  const total = (list) => ({ rawBytes: sum(list, "rawBytes"), gzipBytes: sum(list, "gzipBytes") });
  const js = files.filter((f) => f.type === "js");
  const css = files.filter((f) => f.type === "css");
  return { files, totals: { js: total(js), css: total(css), jsCss: total(files) } };
}

// ---------------------------------------------------------------------------------------
// Statistics and report
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)), n: sorted.length };
}

const round = (n) => Math.round(n * 10) / 10;
const ms = (n) => n.toFixed(1);
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const verdict = (value, target) => (value <= target ? "meets target" : "OVER target");

function printReport(result) {
  const { timings, bundle, targets } = result;
  const line = "─".repeat(100);
  console.log(`\n${line}`);
  console.log(
    `Benchmark — ${result.runs} runs, new browser context per run, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${result.browser}`,
  );
  const [load1] = result.machine.loadAverageAtStart;
  console.log(
    `Machine: ${result.machine.cpus} CPUs, load average at start ${load1.toFixed(2)}${load1 > result.machine.cpus * 0.5 ? " — busy machine, timings will be inflated" : ""}`,
  );
  console.log(line);
  console.log(`${pad("Timing (ms)", 50)}${lpad("median", 9)}${lpad("min", 9)}${lpad("max", 9)}   target`);
  const row = (label, s, target) =>
    console.log(
      `${pad(label, 50)}${lpad(ms(s.median), 9)}${lpad(ms(s.min), 9)}${lpad(ms(s.max), 9)}   ≤ ${target} ms median (${verdict(s.median, target)})`,
    );
  row("load → all panels drawn", timings.loadMs, targets.loadMs);
  row(
    `year change → all panels updated (${timings.yearChangeMs.n} changes)`,
    timings.yearChangeMs,
    targets.filterChangeMs,
  );
  row(`  of which ${DEFAULT_YEAR} → ${OTHER_YEAR}`, timings.yearChangeToOtherMs, targets.filterChangeMs);
  row(`  of which ${OTHER_YEAR} → ${DEFAULT_YEAR}`, timings.yearChangeBackMs, targets.filterChangeMs);
  console.log(line);
  console.log(
    `${pad("DOM elements on the default view", 50)}${lpad(result.domElements.median, 9)}${lpad(result.domElements.min, 9)}${lpad(result.domElements.max, 9)}   ≤ ${targets.domElements} (${verdict(result.domElements.median, targets.domElements)})`,
  );
  console.log(
    `${pad("Page length at 360 px wide, default view (px)", 50)}${lpad(result.phonePageHeightPx, 9)}${lpad("", 18)}   ≤ ${targets.phonePageHeightPx} (${verdict(result.phonePageHeightPx, targets.phonePageHeightPx)})`,
  );
  console.log(line);
  console.log(`${pad("Bundle (dist/assets)", 52)}${lpad("raw", 14)}${lpad("gzip", 14)}`);
  for (const f of bundle.files)
    console.log(
      `${pad(`${f.file}${f.initial ? "" : " (lazy)"}`, 52)}${lpad(kB(f.rawBytes), 14)}${lpad(kB(f.gzipBytes), 14)}`,
    );
  console.log(
    `${pad("JS total", 52)}${lpad(kB(bundle.totals.js.rawBytes), 14)}${lpad(kB(bundle.totals.js.gzipBytes), 14)}`,
  );
  console.log(
    `${pad("CSS total", 52)}${lpad(kB(bundle.totals.css.rawBytes), 14)}${lpad(kB(bundle.totals.css.gzipBytes), 14)}`,
  );
  console.log(
    `${pad("JS + CSS total", 52)}${lpad(kB(bundle.totals.jsCss.rawBytes), 14)}${lpad(kB(bundle.totals.jsCss.gzipBytes), 14)}` +
      `   target gzip ≤ ${kB(targets.jsCssGzipBytes)} (${verdict(bundle.totals.jsCss.gzipBytes, targets.jsCssGzipBytes)})`,
  );
  console.log(line);
  console.log("Targets are informational; the benchmark does not fail on them. JSON: bench/results/latest.json\n");
}

// ---------------------------------------------------------------------------------------
async function main() {
  const runs = runCount();
  const machine = { cpus: os.cpus().length, loadAverageAtStart: os.loadavg().map(round) };
  const executable = chromiumPath();
  if (!isExecutable(executable)) throw new Error(`Chromium not found at ${executable}.\n${CHROMIUM_INSTALL_HINT}`);

  build();
  const bundle = assetSizes();

  const { server, origin } = await startServer(distDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const browserVersion = `Chromium ${browser.version()}`;
  const perRun = [];
  let phoneHeight = 0;
  try {
    console.log(`[bench] Serving dist/ at ${origin}; ${browserVersion}; ${runs} runs`);
    for (let i = 0; i < runs; i += 1) {
      const r = await measureRun(browser, origin, i);
      perRun.push(r);
      console.log(
        `[bench] run ${lpad(i + 1, 2)}/${runs}: load ${lpad(r.loadMs.toFixed(1), 7)} ms   ` +
          `year ${DEFAULT_YEAR}→${OTHER_YEAR} ${lpad(r.yearChangeMs[0].toFixed(1), 6)} ms   ${OTHER_YEAR}→${DEFAULT_YEAR} ${lpad(r.yearChangeMs[1].toFixed(1), 6)} ms`,
      );
    }
    phoneHeight = await phonePageHeight(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }

  const result = {
    date: new Date().toISOString(),
    runs,
    browser: browserVersion,
    executablePath: executable,
    viewport: VIEWPORT,
    node: process.version,
    machine,
    targets: TARGETS,
    timings: {
      loadMs: stats(perRun.map((r) => r.loadMs)),
      yearChangeMs: stats(perRun.flatMap((r) => r.yearChangeMs)),
      yearChangeToOtherMs: stats(perRun.map((r) => r.yearChangeMs[0])),
      yearChangeBackMs: stats(perRun.map((r) => r.yearChangeMs[1])),
    },
    domElements: stats(perRun.map((r) => r.domElements)),
    phonePageHeightPx: phoneHeight,
    meetsTargets: {},
    bundle,
    perRun: perRun.map((r, i) => ({
      run: i + 1,
      loadMs: round(r.loadMs),
      [`yearChange${DEFAULT_YEAR}to${OTHER_YEAR}Ms`]: round(r.yearChangeMs[0]),
      [`yearChange${OTHER_YEAR}to${DEFAULT_YEAR}Ms`]: round(r.yearChangeMs[1]),
    })),
  };
  result.meetsTargets = {
    load: result.timings.loadMs.median <= TARGETS.loadMs,
    filterChange: result.timings.yearChangeMs.median <= TARGETS.filterChangeMs,
    jsCssGzip: bundle.totals.jsCss.gzipBytes <= TARGETS.jsCssGzipBytes,
  };

  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  printReport(result);
}

main().catch((error) => {
  console.error(`\n[bench] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
