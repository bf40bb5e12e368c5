#!/usr/bin/env node
// `npm run bench` — performance figures for the production build, against a floor page.
//   1. npm run build (skip with BENCH_SKIP_BUILD=1)
//   2. serve dist/ and the floor page (bench/floor/index.html, at /__floor/) from one small
//      static server on 127.0.0.1:<free port>
//   3. launch Chromium once; one untimed warm-up pair, then BENCH_RUNS pairs (default 9,
//      minimum 7): the floor page, then the app, each in a new browser context (cold HTTP
//      cache). Floor: ms until its SVG chart is laid out and painted. App: ms until all panels
//      are drawn, total blocking time (long tasks from first contentful paint until drawn + 1 s
//      without a long task), then two Year filter changes (→ 2023, → 2025)
//   4. the same pairs under 4× CPU throttling (DevTools Protocol; BENCH_THROTTLED_RUNS pairs,
//      default BENCH_RUNS, minimum 7): load and blocking time only
//   5. the default view's page length at 360 px, and JS/CSS bytes in dist/assets (first load
//      from Vite's manifest, the rest lazy; raw and gzip)
// Prints a table and writes bench/results/latest.json. Figures are compared with the
// targets but never fail the run: the exit code is non-zero only if measuring fails.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_INSTALL_HINT, chromiumLaunchOptions, chromiumPath, isExecutable } from "../scripts/chromium.mjs";
import { buildApp, median } from "./bench-common.mjs";
import { FLOOR_PATH, startStaticServer } from "./static-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = path.join(root, "dist");
const floorDir = path.join(root, "bench", "floor");
const resultsDir = path.join(root, "bench", "results");

const PANEL_IDS = ["trade-turnover", "export-composition", "foreign-direct-investment", "companies-present"];
const DEFAULT_YEAR = 2025;
const OTHER_YEAR = 2023;
/** Warm year changes after the first one (which ends on OTHER_YEAR): back and forth, twice. */
const WARM_CHANGE_YEARS = [DEFAULT_YEAR, OTHER_YEAR, DEFAULT_YEAR, OTHER_YEAR];
const TARGETS = {
  loadMs: 1000,
  loadVsFloor: 4,
  filterChangeMs: 20,
  firstLoadGzipBytes: 230 * 1000,
  domElements: 1500,
  phonePageHeightPx: 7500,
};
const CPU_THROTTLING_RATE = 4;
const STEP_TIMEOUT_MS = 30_000;
const THROTTLED_STEP_TIMEOUT_MS = 90_000;
const VIEWPORT = { width: 1280, height: 900 };
// Total blocking time: long tasks (> 50 ms) from first contentful paint until the app is drawn
// and then SETTLE_QUIET_MS have passed without a long task, at most SETTLE_CAP_MS after drawn.
const LONG_TASK_MS = 50;
const SETTLE_QUIET_MS = 1000;
const SETTLE_CAP_MS = 5000;

const MIN_RUNS = 7;
const DEFAULT_RUNS = 9;

function runCount(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < MIN_RUNS) {
    const used = Number.isFinite(n) ? MIN_RUNS : fallback;
    console.warn(`[bench] ${name}=${raw} is not a number ≥ ${MIN_RUNS}; using ${used}.`);
    return used;
  }
  return n;
}

// ---------------------------------------------------------------------------------------
// Build
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

/** Init script for the floor page: the same frame probe, done once its SVG chart is laid
 *  out and all four named regions are in the document (the last one ends the page). */
function installFloorProbe() {
  const state = { doneAt: null, error: null };
  window.__benchLoad = state;
  const check = () => {
    const svg = document.querySelector("svg[data-floor-chart]");
    const regions = document.querySelectorAll("section[aria-labelledby]").length;
    if (svg !== null && svg.getBoundingClientRect().width > 0 && regions === 4) {
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

/** Init script: records long tasks and first contentful paint (both buffered). */
function installLongTaskProbe() {
  const probe = { tasks: [], fcp: null, error: null };
  window.__benchLongTasks = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") probe.fcp = e.startTime;
    }).observe({ type: "paint", buffered: true });
  } catch (error) {
    probe.error = String(error);
  }
}

/** Waits (in the page) until `quietMs` have passed since the later of "drawn" and the end of
 *  the last long task, at most `capMs` after drawn; resolves with the long tasks and FCP. */
function settleAfterDrawn({ quietMs, capMs }) {
  const probe = window.__benchLongTasks;
  const drawnAt = window.__benchLoad.doneAt;
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const lastEnd = Math.max(drawnAt, ...probe.tasks.map((t) => t.start + t.duration));
      const quiet = now - lastEnd >= quietMs;
      if (quiet || now - drawnAt >= capMs) {
        resolve({ endAt: now, capped: !quiet, fcp: probe.fcp, tasks: probe.tasks, error: probe.error });
        return;
      }
      setTimeout(tick, 100);
    };
    tick();
  });
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
  // Every chart slot (data-chart) must hold a laid-out recharts SVG of the new view: the live
  // chart, not a prerendered drawing kept on screen until it has drawn (chart-islands.ts).
  const chartsDrawn = (panel) =>
    [...panel.querySelectorAll("[data-chart]")].every((slot) => {
      const svg = slot.querySelector(".recharts-wrapper > svg.recharts-surface");
      return svg !== null && svg.getBoundingClientRect().width > 0 && !slot.querySelector("[data-chart-island]");
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
/** Lighthouse's rule: each long task's part inside [from, to] counts beyond 50 ms. */
function totalBlockingTime(tasks, from, to) {
  let total = 0;
  for (const { start, duration } of tasks) {
    const clipped = Math.min(start + duration, to) - Math.max(start, from);
    if (clipped > LONG_TASK_MS) total += clipped - LONG_TASK_MS;
  }
  return total;
}

/** A new context and page, CPU-throttled through the DevTools Protocol when `throttle`. */
async function newPage(browser, origin, viewport, throttle) {
  const context = await browser.newContext({ viewport, baseURL: origin });
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING_RATE });
  }
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/** Navigates to `url` and waits for the load probe; returns ms since navigation start. */
async function loadUntilDrawn(page, url, pageErrors, label, timeoutMs) {
  await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
  const handle = await page
    .waitForFunction(
      () => window.__benchLoad && (window.__benchLoad.doneAt !== null || window.__benchLoad.error !== null),
      null,
      { timeout: timeoutMs, polling: 50 },
    )
    .catch(() => null);
  const probe = await page.evaluate(() => window.__benchLoad ?? null);
  if (handle === null || probe === null || probe.doneAt === null) {
    throw new Error(
      `${label}: not drawn within ${timeoutMs} ms` +
        (probe?.error ? ` (${probe.error})` : "") +
        (pageErrors.length > 0 ? `; page errors: ${pageErrors.join(" | ")}` : ""),
    );
  }
  return probe.doneAt;
}

async function measureFloor(browser, origin, label, throttle) {
  const { context, page, pageErrors } = await newPage(browser, origin, VIEWPORT, throttle);
  try {
    await page.addInitScript(installFloorProbe);
    await page.addInitScript(installLongTaskProbe);
    const timeout = throttle ? THROTTLED_STEP_TIMEOUT_MS : STEP_TIMEOUT_MS;
    const loadMs = await loadUntilDrawn(page, FLOOR_PATH, pageErrors, label, timeout);
    const fcpMs = await page.evaluate(() => window.__benchLongTasks?.fcp ?? null);
    return { loadMs, fcpMs };
  } finally {
    await context.close();
  }
}

async function measureApp(browser, origin, label, { throttle, yearChanges, appPath = "/" }) {
  const { context, page, pageErrors } = await newPage(browser, origin, VIEWPORT, throttle);
  try {
    await page.addInitScript(installLoadProbe, PANEL_IDS);
    await page.addInitScript(installLongTaskProbe);
    const timeout = throttle ? THROTTLED_STEP_TIMEOUT_MS : STEP_TIMEOUT_MS;
    const loadMs = await loadUntilDrawn(page, appPath, pageErrors, label, timeout);
    // What the default view costs the browser: every element in the document once all panels are drawn.
    const domElements = await page.evaluate(() => document.getElementsByTagName("*").length);
    const settled = await page.evaluate(settleAfterDrawn, { quietMs: SETTLE_QUIET_MS, capMs: SETTLE_CAP_MS });
    if (settled.error !== null) throw new Error(`${label}: long-task observer failed: ${settled.error}`);
    if (settled.fcp === null) throw new Error(`${label}: no first-contentful-paint entry`);
    const tbtMs = totalBlockingTime(settled.tasks, settled.fcp, settled.endAt);
    // The same sum from navigation start: long tasks before the first paint count too.
    const blockingFromStartMs = totalBlockingTime(settled.tasks, 0, settled.endAt);
    const result = {
      loadMs,
      fcpMs: settled.fcp,
      domElements,
      tbtMs,
      blockingFromStartMs,
      longTasks: settled.tasks.length,
      longestTaskMs: Math.max(0, ...settled.tasks.map((t) => t.duration)),
      settleCapped: settled.capped,
    };
    if (yearChanges) {
      const change = (year) => page.evaluate(changeYear, { panelIds: PANEL_IDS, year, timeoutMs: timeout });
      // The first change after a load also brings in the live charts (recharts' chunk and a
      // first render of each) in place of the prerendered drawings: reported on its own. The
      // warm changes after it are what the target is about.
      result.firstYearChangeMs = await change(OTHER_YEAR);
      result.yearChangeMs = [];
      for (const year of WARM_CHANGE_YEARS) result.yearChangeMs.push(await change(year));
    }
    // Debian's Chromium has no Azerbaijani number data: there the /az/ page's numbers come out in
    // another form than the server render's (Node has the data), and React re-renders that text
    // on hydration (error #418). Only that error, only on /az/, only in a browser without the data.
    const lacksAzNumbers =
      appPath.startsWith("/az/") &&
      (await page.evaluate(() => new Intl.NumberFormat("az-Latn-AZ").format(1234.5) !== "1.234,5"));
    const errors = lacksAzNumbers ? pageErrors.filter((m) => !m.includes("error #418")) : pageErrors;
    if (errors.length < pageErrors.length) result.hydrationMismatchFromMissingLocaleData = true;
    if (errors.length > 0) throw new Error(`${label}: uncaught page errors: ${errors.join(" | ")}`);
    return result;
  } finally {
    await context.close();
  }
}

/** `pairs` times: the floor page, then the app, each cold. One untimed warm-up pair first. */
async function alternate(browser, origin, { pairs, throttle, appPath = "/" }) {
  const pass = `${throttle ? `${CPU_THROTTLING_RATE}× CPU` : "unthrottled"}${appPath === "/" ? "" : ` ${appPath}`}`;
  const yearChanges = !throttle && appPath === "/";
  await measureFloor(browser, origin, `${pass} warm-up floor`, throttle);
  await measureApp(browser, origin, `${pass} warm-up app`, { throttle, yearChanges: false, appPath });
  const results = [];
  for (let i = 0; i < pairs; i += 1) {
    const floor = await measureFloor(browser, origin, `${pass} pair ${i + 1} floor`, throttle);
    const app = await measureApp(browser, origin, `${pass} pair ${i + 1} app`, { throttle, yearChanges, appPath });
    results.push({ floor, app });
    const years = app.yearChangeMs
      ? `   first year change ${lpad(ms(app.firstYearChangeMs), 6)}  warm ${app.yearChangeMs.map((v) => ms(v)).join(" ")}`
      : "";
    console.log(
      `[bench] ${pass} ${lpad(i + 1, 2)}/${pairs}: floor ${lpad(ms(floor.loadMs), 7)} ms   app ${lpad(ms(app.loadMs), 7)} ms ` +
        `(×${(app.loadMs / floor.loadMs).toFixed(2)})   TBT ${lpad(ms(app.tbtMs), 6)} ms${years}`,
    );
  }
  return results;
}

/** The default view's full page length on a 360 px phone, once every panel is drawn. */
async function phonePageHeight(browser, origin) {
  const { context, page, pageErrors } = await newPage(browser, origin, { width: 360, height: 800 }, false);
  try {
    await page.addInitScript(installLoadProbe, PANEL_IDS);
    await loadUntilDrawn(page, "/", pageErrors, "phone page length", STEP_TIMEOUT_MS);
    return await page.evaluate(() => document.documentElement.scrollHeight);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// Bytes

/** dist/ paths ("assets/x.js") of the JS and CSS that index.html loads up front: its script and
 *  link tags (modulepreloads included), followed through the static imports of each chunk.
 *  From Vite's manifest (dist/.vite/manifest.json, build.manifest) when there is one, else from
 *  the chunks' own import statements. Dynamic import() targets are not followed: they are lazy. */
function firstLoadFiles(html) {
  const files = new Set([
    ...[...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/(assets\/[^"]+\.(?:m?js|css))"/g)].map((m) => m[1]),
    // A prerendered page lists its entry and preloads (the language's catalog too) for its load script.
    ...[...html.matchAll(/"(?:src|href)":"\/(assets\/[^"]+\.(?:m?js|css))"/g)].map((m) => m[1]),
  ]);
  const manifestFile = path.join(distDir, ".vite", "manifest.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    const seen = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (chunk === undefined || seen.has(key)) return;
      seen.add(key);
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry || files.has(chunk.file)) visit(key);
    return { files, source: "Vite manifest" };
  }
  // Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` in minified chunks.
  const staticImport = /(?:^|[;\s{}()])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  const queue = [...files].filter((f) => f.endsWith(".js"));
  while (queue.length > 0) {
    const file = queue.pop();
    for (const m of readFileSync(path.join(distDir, file), "utf8").matchAll(staticImport)) {
      const target = path.posix.normalize(
        m[1].startsWith("/") ? m[1].slice(1) : path.posix.join(path.posix.dirname(file), m[1]),
      );
      if (!files.has(target)) {
        files.add(target);
        queue.push(target);
      }
    }
  }
  return { files, source: "chunk import statements (no Vite manifest)" };
}

function assetSizes(page = "index.html") {
  const assetsDir = path.join(distDir, "assets");
  const html = readFileSync(path.join(distDir, page));
  const firstLoad = firstLoadFiles(html.toString("utf8"));
  const files = readdirSync(assetsDir)
    .filter((name) => /\.(m?js|css)$/.test(name))
    .sort()
    .map((name) => {
      const content = readFileSync(path.join(assetsDir, name));
      return {
        file: `assets/${name}`,
        type: name.endsWith(".css") ? "css" : "js",
        firstLoad: firstLoad.files.has(`assets/${name}`),
        rawBytes: content.length,
        gzipBytes: gzipSync(content).length,
      };
    });
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  const total = (list) => ({ rawBytes: sum(list, "rawBytes"), gzipBytes: sum(list, "gzipBytes"), files: list.length });
  const first = files.filter((f) => f.firstLoad);
  const lazy = files.filter((f) => !f.firstLoad);
  return {
    firstLoadSource: firstLoad.source,
    indexHtml: { rawBytes: html.length, gzipBytes: gzipSync(html).length },
    files,
    totals: {
      firstLoadJs: total(first.filter((f) => f.type === "js")),
      firstLoadCss: total(first.filter((f) => f.type === "css")),
      firstLoad: total(first),
      lazy: total(lazy),
      all: total(files),
    },
  };
}

// ---------------------------------------------------------------------------------------
// Statistics and report
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: round(median(values)), min: round(sorted[0]), max: round(sorted.at(-1)), n: sorted.length };
}

const round = (n) => Math.round(n * 10) / 10;
const round2 = (n) => Math.round(n * 100) / 100;
const ms = (n) => n.toFixed(1);
/** The prerendered pages of the other languages (dist/az/index.html, dist/ru/index.html). */
const OTHER_LANGUAGES = ["az", "ru"];
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const verdict = (value, target) => (value <= target ? "meets target" : "OVER target");

/** Medians of a pass of floor/app pairs, with both ratios. */
function summarisePass(pairs) {
  const floor = stats(pairs.map((p) => p.floor.loadMs));
  const app = stats(pairs.map((p) => p.app.loadMs));
  const pairRatios = pairs.map((p) => p.app.loadMs / p.floor.loadMs);
  return {
    floorLoadMs: floor,
    appLoadMs: app,
    ratioOfMedians: round2(app.median / floor.median),
    medianOfPairRatios: round2(median(pairRatios)),
    pairRatioRange: [round2(Math.min(...pairRatios)), round2(Math.max(...pairRatios))],
    floorFcpMs: stats(pairs.map((p) => p.floor.fcpMs ?? 0)),
    appFcpMs: stats(pairs.map((p) => p.app.fcpMs)),
    tbtMs: stats(pairs.map((p) => p.app.tbtMs)),
    blockingFromStartMs: stats(pairs.map((p) => p.app.blockingFromStartMs)),
    longestTaskMs: stats(pairs.map((p) => p.app.longestTaskMs)),
    settleCapped: pairs.filter((p) => p.app.settleCapped).length,
  };
}

function printReport(result) {
  const { unthrottled, throttled, bundle, targets } = result;
  const line = "─".repeat(104);
  const row = (label, s, target) =>
    console.log(
      `${pad(label, 52)}${lpad(ms(s.median), 9)}${lpad(ms(s.min), 9)}${lpad(ms(s.max), 9)}   ${target ?? ""}`,
    );
  const ratioRow = (label, pass) =>
    console.log(
      `${pad(label, 52)}${lpad(`×${pass.ratioOfMedians.toFixed(2)}`, 9)}${lpad("", 18)}   ≤ ×${targets.loadVsFloor} (${verdict(pass.ratioOfMedians, targets.loadVsFloor)}); ` +
        `median of pair ratios ×${pass.medianOfPairRatios.toFixed(2)} (×${pass.pairRatioRange[0].toFixed(2)}–×${pass.pairRatioRange[1].toFixed(2)})`,
    );
  console.log(`\n${line}`);
  console.log(
    `Benchmark — floor page and app alternately, ${result.runs} pairs (${result.throttledRuns} under ${CPU_THROTTLING_RATE}× CPU), new browser context per load, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${result.browser}`,
  );
  const [l1, l5, l15] = result.machine.loadAverageAtStart;
  const [e1, e5, e15] = result.machine.loadAverageAtEnd;
  console.log(
    `Machine: ${result.machine.cpus} CPUs, load average ${l1.toFixed(2)} ${l5.toFixed(2)} ${l15.toFixed(2)} at start, ${e1.toFixed(2)} ${e5.toFixed(2)} ${e15.toFixed(2)} at end` +
      (Math.max(l1, e1) > result.machine.cpus * 0.5 ? " — busy machine, timings inflated (the ratios less so)" : ""),
  );
  console.log(line);
  console.log(`${pad("Timing (ms)", 52)}${lpad("median", 9)}${lpad("min", 9)}${lpad("max", 9)}   target`);
  row("floor page → chart drawn", unthrottled.floorLoadMs);
  row(
    "app: load → all panels drawn",
    unthrottled.appLoadMs,
    `≤ ${targets.loadMs} ms (${verdict(unthrottled.appLoadMs.median, targets.loadMs)})`,
  );
  ratioRow("  app / floor (ratio of medians)", unthrottled);
  row("app: first contentful paint", unthrottled.appFcpMs);
  row("app: total blocking time (FCP → drawn + settle)", unthrottled.tbtMs);
  row("app: blocking time from navigation start", unthrottled.blockingFromStartMs);
  row("app: longest task", unthrottled.longestTaskMs);
  row(
    `year change, warm → all panels updated (${result.yearChangeMs.n} changes)`,
    result.yearChangeMs,
    `≤ ${targets.filterChangeMs} ms (${verdict(result.yearChangeMs.median, targets.filterChangeMs)})`,
  );
  row(`  of which ${DEFAULT_YEAR} → ${OTHER_YEAR}`, result.yearChangeToOtherMs);
  row(`  of which ${OTHER_YEAR} → ${DEFAULT_YEAR}`, result.yearChangeBackMs);
  row(`first year change after a load (live charts take over)`, result.firstYearChangeMs);
  console.log(line);
  console.log(
    `${pad(`${CPU_THROTTLING_RATE}× CPU throttling (ms)`, 52)}${lpad("median", 9)}${lpad("min", 9)}${lpad("max", 9)}`,
  );
  row("floor page → chart drawn", throttled.floorLoadMs);
  row("app: load → all panels drawn", throttled.appLoadMs);
  ratioRow("  app / floor (ratio of medians)", throttled);
  row("app: first contentful paint", throttled.appFcpMs);
  row("app: total blocking time (FCP → drawn + settle)", throttled.tbtMs);
  row("app: blocking time from navigation start", throttled.blockingFromStartMs);
  row("app: longest task", throttled.longestTaskMs);
  const capped = unthrottled.settleCapped + throttled.settleCapped;
  if (capped > 0)
    console.log(
      `(${capped} app loads still had long tasks ${SETTLE_CAP_MS / 1000} s after drawn: their TBT stops there)`,
    );
  console.log(line);
  console.log(
    `${pad("DOM elements on the default view", 52)}${lpad(result.domElements.median, 9)}${lpad(result.domElements.min, 9)}${lpad(result.domElements.max, 9)}   ≤ ${targets.domElements} (${verdict(result.domElements.median, targets.domElements)})`,
  );
  console.log(
    `${pad("Page length at 360 px wide, default view (px)", 52)}${lpad(result.phonePageHeightPx, 9)}${lpad("", 18)}   ≤ ${targets.phonePageHeightPx} (${verdict(result.phonePageHeightPx, targets.phonePageHeightPx)})`,
  );
  console.log(line);
  console.log(
    `${pad(`Bytes (dist/assets; first load from the ${bundle.firstLoadSource})`, 64)}${lpad("raw", 14)}${lpad("gzip", 14)}`,
  );
  for (const f of bundle.files)
    console.log(
      `${pad(`${f.file} ${f.firstLoad ? "(first load)" : "(lazy)"}`, 64)}${lpad(kB(f.rawBytes), 14)}${lpad(kB(f.gzipBytes), 14)}`,
    );
  const totalRow = (label, t, extra = "") =>
    console.log(`${pad(label, 64)}${lpad(kB(t.rawBytes), 14)}${lpad(kB(t.gzipBytes), 14)}${extra}`);
  totalRow("index.html", bundle.indexHtml);
  totalRow("first load: JS", bundle.totals.firstLoadJs);
  totalRow("first load: CSS", bundle.totals.firstLoadCss);
  totalRow(
    "first load: JS + CSS",
    bundle.totals.firstLoad,
    `   gzip ≤ ${kB(targets.firstLoadGzipBytes)} (${verdict(bundle.totals.firstLoad.gzipBytes, targets.firstLoadGzipBytes)})`,
  );
  totalRow(`lazy chunks (${bundle.totals.lazy.files} files)`, bundle.totals.lazy);
  totalRow("all JS + CSS", bundle.totals.all);
  console.log(line);
  for (const [language, pass] of Object.entries(result.languages)) {
    console.log(
      `${pad(`${pass.path} (${pass.runs} pairs, unthrottled, ms)`, 52)}${lpad("median", 9)}${lpad("min", 9)}${lpad("max", 9)}`,
    );
    row(`  ${language}: load → all panels drawn`, pass.unthrottled.appLoadMs);
    ratioRow(`  ${language}: app / floor (ratio of medians)`, pass.unthrottled);
    row(`  ${language}: total blocking time`, pass.unthrottled.tbtMs);
    totalRow(`  ${language}: first load JS + CSS`, pass.firstLoad);
  }
  console.log(line);
  console.log("Targets are informational; the benchmark does not fail on them. JSON: bench/results/latest.json\n");
}

// ---------------------------------------------------------------------------------------
async function main() {
  const runs = runCount("BENCH_RUNS", DEFAULT_RUNS);
  const throttledRuns = runCount("BENCH_THROTTLED_RUNS", runs);
  const machine = { cpus: os.cpus().length, loadAverageAtStart: os.loadavg().map(round2), loadAverageAtEnd: [] };
  const executable = chromiumPath();
  if (!isExecutable(executable)) throw new Error(`Chromium not found at ${executable}.\n${CHROMIUM_INSTALL_HINT}`);

  buildApp("bench");
  const bundle = assetSizes();

  const { server, origin } = await startStaticServer({ distDir, floorDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const browserVersion = `Chromium ${browser.version()}`;
  let plain;
  let slow;
  let phoneHeight;
  const languageRuns = runCount("BENCH_LANGUAGE_RUNS", 7);
  const languagePasses = {};
  try {
    console.log(`[bench] Serving dist/ at ${origin}, the floor page at ${origin}${FLOOR_PATH}; ${browserVersion}`);
    console.log(
      `[bench] ${runs} pairs (floor, app), then ${throttledRuns} pairs under ${CPU_THROTTLING_RATE}× CPU throttling`,
    );
    plain = await alternate(browser, origin, { pairs: runs, throttle: false });
    slow = await alternate(browser, origin, { pairs: throttledRuns, throttle: true });
    phoneHeight = await phonePageHeight(browser, origin);
    // Each other language's prerendered page, against the same floor.
    for (const language of OTHER_LANGUAGES)
      languagePasses[language] = await alternate(browser, origin, {
        pairs: languageRuns,
        throttle: false,
        appPath: `/${language}/`,
      });
  } finally {
    await browser.close();
    server.close();
  }
  machine.loadAverageAtEnd = os.loadavg().map(round2);

  const perLoad = (pairs) =>
    pairs.map(({ floor, app }, i) => ({
      pair: i + 1,
      floorLoadMs: round(floor.loadMs),
      floorFcpMs: floor.fcpMs === null ? null : round(floor.fcpMs),
      appLoadMs: round(app.loadMs),
      appFcpMs: round(app.fcpMs),
      ratio: round2(app.loadMs / floor.loadMs),
      tbtMs: round(app.tbtMs),
      blockingFromStartMs: round(app.blockingFromStartMs),
      longTasks: app.longTasks,
      longestTaskMs: round(app.longestTaskMs),
      settleCapped: app.settleCapped,
      domElements: app.domElements,
      ...(app.yearChangeMs && {
        firstYearChangeMs: round(app.firstYearChangeMs),
        warmYearChangesMs: app.yearChangeMs.map(round),
      }),
    }));
  const result = {
    date: new Date().toISOString(),
    runs,
    throttledRuns,
    cpuThrottlingRate: CPU_THROTTLING_RATE,
    browser: browserVersion,
    executablePath: executable,
    viewport: VIEWPORT,
    node: process.version,
    machine,
    targets: TARGETS,
    tbtWindow: { from: "first-contentful-paint", settleQuietMs: SETTLE_QUIET_MS, settleCapMs: SETTLE_CAP_MS },
    unthrottled: summarisePass(plain),
    throttled: summarisePass(slow),
    yearChangeMs: stats(plain.flatMap((p) => p.app.yearChangeMs)),
    yearChangeToOtherMs: stats(
      plain.flatMap((p) => p.app.yearChangeMs.filter((_, i) => WARM_CHANGE_YEARS[i] === OTHER_YEAR)),
    ),
    yearChangeBackMs: stats(
      plain.flatMap((p) => p.app.yearChangeMs.filter((_, i) => WARM_CHANGE_YEARS[i] === DEFAULT_YEAR)),
    ),
    firstYearChangeMs: stats(plain.map((p) => p.app.firstYearChangeMs)),
    domElements: stats(plain.map((p) => p.app.domElements)),
    phonePageHeightPx: phoneHeight,
    meetsTargets: {},
    bundle,
    languages: Object.fromEntries(
      OTHER_LANGUAGES.map((language) => [
        language,
        {
          path: `/${language}/`,
          runs: languageRuns,
          unthrottled: summarisePass(languagePasses[language]),
          firstLoad: assetSizes(path.join(language, "index.html")).totals.firstLoad,
        },
      ]),
    ),
    perLoad: { unthrottled: perLoad(plain), throttled: perLoad(slow) },
  };
  result.meetsTargets = {
    load: result.unthrottled.appLoadMs.median <= TARGETS.loadMs,
    loadVsFloor: result.unthrottled.ratioOfMedians <= TARGETS.loadVsFloor,
    loadVsFloorThrottled: result.throttled.ratioOfMedians <= TARGETS.loadVsFloor,
    filterChange: result.yearChangeMs.median <= TARGETS.filterChangeMs,
    firstLoadGzip: bundle.totals.firstLoad.gzipBytes <= TARGETS.firstLoadGzipBytes,
    domElements: result.domElements.median <= TARGETS.domElements,
    phonePageHeight: phoneHeight <= TARGETS.phonePageHeightPx,
  };

  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  printReport(result);
}

main().catch((error) => {
  console.error(`\n[bench] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
