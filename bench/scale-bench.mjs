#!/usr/bin/env node
// `npm run bench:scale` — the Export composition panel and the API with a product-level dataset.
//   1. writes a SYNTHETIC dataset into a temporary directory (scripts/synthetic-dataset.mjs: the
//      bundled files, export-products.json replaced by 5,000 products × 30 years; every record
//      cites the source "SYNTHETIC benchmark data"); deleted at the end, never committed
//   2. npm run build / npm run build:server when dist/ or dist-server/ is older than its sources
//   3. starts the reference server twice on free loopback ports (bundled data, then
//      DATA_DIR=<synthetic>), and in Debian's Chromium measures the Export composition panel:
//      time from navigation until drawn (median of SCALE_LOADS, default 5, each in a new
//      context), its DOM elements, and the Year change 2024 ↔ 2023 (median of SCALE_CHANGES,
//      default 9, at least 7): from the change until the panel shows the year, drawn and painted
//   4. autocannon (50 connections, 1 s a query, after one timed cold request) on the synthetic server: every year query and a
//      year+sector query per year; p99 per query, median and worst
// Prints a table with the targets (informational: the exit code is non-zero only when measuring fails).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { SERVER_SOURCES, SPA_SOURCES, isStale, repoRoot } from "../server/build-state.mjs";
import { freePort } from "../scripts/free-port.mjs";
import { writeSyntheticDataset } from "../scripts/synthetic-dataset.mjs";
import { chromiumLaunchOptions } from "../scripts/chromium.mjs";
import { median } from "./bench-common.mjs";

const PRODUCTS = 5000;
const YEARS = 30;
const FIRST_YEAR = 1995;
const YEAR = 2024;
const OTHER_YEAR = 2023;
const LOADS = Math.max(Number(process.env.SCALE_LOADS ?? 5), 1);
const CHANGES = Math.max(Number(process.env.SCALE_CHANGES ?? 9), 7);
const TIMEOUT_MS = 60_000;
const PANEL = "export-composition";
const SECTORS = ["energy", "industry", "agriculture", "digital", "other"];
const TARGETS = { drawnRatio: 2, yearChangeMs: 50, p99Ms: 20 };
const loadBefore = os.loadavg()[0];

function buildIfStale() {
  for (const [target, sources, script] of [
    ["dist/index.html", SPA_SOURCES, "build"],
    ["dist-server/main.js", SERVER_SOURCES, "build:server"],
  ]) {
    if (!isStale(target, sources)) continue;
    console.log(`[bench:scale] npm run ${script}`);
    if (spawnSync("npm", ["run", script], { cwd: repoRoot, stdio: "inherit" }).status !== 0)
      throw new Error(`npm run ${script} failed`);
  }
}

async function startServer(dataDir) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(process.execPath, [path.join(repoRoot, "dist-server", "main.js")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      STATIC_DIR: path.join(repoRoot, "dist"),
      DATA_DIR: dataDir,
      LOG_REQUESTS: "0",
      API_TEST_MODE: "",
      CORS_ORIGINS: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop, pid: child.pid };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`server did not become healthy:\n${output}`);
}

// ---------------------------------------------------------------------------------------
// In the page (serialised by Playwright).

/** Init script: the time (ms since navigation) of the first painted frame showing the panel ready and drawn. */
function installPanelProbe({ panel, year }) {
  const state = { doneAt: null, error: null };
  window.__scaleLoad = state;
  const check = () => {
    const p = document.querySelector(`section[data-panel="${panel}"]`);
    if (p?.dataset.state === "error") {
      state.error = "the panel is in the error state";
      return;
    }
    const drawn = [...(p?.querySelectorAll("[data-chart]") ?? [])].every((slot) => {
      const svg = slot.querySelector(".recharts-wrapper > svg.recharts-surface");
      return svg !== null && svg.getBoundingClientRect().width > 0;
    });
    if (p && p.dataset.state === "ready" && p.dataset.year === String(year) && drawn) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (state.doneAt = performance.now());
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Sets the Year select as a user would; resolves with ms until the panel shows `year`, drawn and painted. */
function changeYear({ panel, year, timeoutMs }) {
  const select = [...document.querySelectorAll("select")].find((el) =>
    [...(el.labels ?? [])].some((l) => (l.textContent ?? "").trim().startsWith("Year")),
  );
  if (!select) throw new Error('no <select> labelled "Year"');
  const updated = () => {
    const p = document.querySelector(`section[data-panel="${panel}"]`);
    if (!p || p.dataset.year !== String(year) || p.dataset.state !== "ready") return false;
    return [...p.querySelectorAll("[data-chart]")].every((slot) => {
      const svg = slot.querySelector(".recharts-wrapper > svg.recharts-surface");
      return svg !== null && svg.getBoundingClientRect().width > 0;
    });
  };
  return new Promise((resolve, reject) => {
    let finished = false;
    const timer = setTimeout(() => done(new Error(`the panel did not show ${year} within ${timeoutMs} ms`)), timeoutMs);
    const observer = new MutationObserver(() => check());
    function done(error) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      observer.disconnect();
      if (error) return reject(error);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    }
    function check() {
      if (!finished && updated()) done(null);
    }
    const poll = () => {
      check();
      if (!finished) requestAnimationFrame(poll);
    };
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const t0 = performance.now();
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(select, String(year));
    select.dispatchEvent(new Event("change", { bubbles: true }));
    check();
    requestAnimationFrame(poll);
  });
}

// ---------------------------------------------------------------------------------------

async function measurePanel(browser, base) {
  const loads = [];
  let domElements = null;
  let bars = null;
  const changes = [];
  for (let run = 0; run < LOADS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(installPanelProbe, { panel: PANEL, year: YEAR });
      await page.goto(`${base}/?year=${YEAR}`, { waitUntil: "commit" });
      await page.waitForFunction(() => window.__scaleLoad?.doneAt != null || window.__scaleLoad?.error != null, null, {
        timeout: TIMEOUT_MS,
        polling: 50,
      });
      const probe = await page.evaluate(() => window.__scaleLoad);
      if (probe.error) throw new Error(probe.error);
      loads.push(probe.doneAt);
      if (run === 0) {
        ({ domElements, bars } = await page.evaluate((panel) => {
          const p = document.querySelector(`section[data-panel="${panel}"]`);
          return {
            domElements: p.getElementsByTagName("*").length,
            bars: p.querySelectorAll(".recharts-bar-rectangle").length,
          };
        }, PANEL));
        for (let i = 0; i < CHANGES; i++) {
          const year = i % 2 === 0 ? OTHER_YEAR : YEAR;
          changes.push(await page.evaluate(changeYear, { panel: PANEL, year, timeoutMs: TIMEOUT_MS }));
        }
      }
      if (errors.length > 0) throw new Error(`page errors: ${errors.join(" | ")}`);
    } finally {
      await context.close();
    }
  }
  return { drawnMs: median(loads), loads, domElements, bars, yearChangeMs: median(changes), changes };
}

async function p99(base, paths) {
  const results = [];
  for (const p of paths) {
    // The first request builds and compresses the body (then cached): timed apart, so p99 is the steady state.
    const t0 = performance.now();
    const first = await fetch(`${base}${p}`, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
    const bytes = (await first.arrayBuffer()).byteLength;
    const coldMs = performance.now() - t0;
    const r = await autocannon({
      url: base,
      connections: 50,
      duration: 1,
      requests: [{ method: "GET", path: p, headers: { "accept-encoding": "gzip, deflate, br, zstd" } }],
    });
    results.push({
      path: p,
      coldMs,
      bytes,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx,
      rps: r.requests.average,
    });
  }
  return results;
}

function table(rows) {
  const header = ["measure", "bundled", "synthetic", "target", "met"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  console.log(`\n${fmt(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const r of rows) console.log(fmt(r));
}

async function main() {
  buildIfStale();
  const dir = mkdtempSync(path.join(os.tmpdir(), "az-us-synthetic-"));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const { records } = writeSyntheticDataset(path.join(repoRoot, "mock-data"), dir, {
      products: PRODUCTS,
      years: YEARS,
      firstYear: FIRST_YEAR,
    });
    console.log(`[bench:scale] SYNTHETIC dataset: ${records.toLocaleString("en-US")} export records in ${dir}`);
    const results = {};
    for (const [name, dataDir] of [
      ["bundled", path.join(repoRoot, "mock-data")],
      ["synthetic", dir],
    ]) {
      const server = await startServer(dataDir);
      try {
        console.log(`[bench:scale] ${name}: server at ${server.base}; ${LOADS} loads, ${CHANGES} year changes`);
        results[name] = await measurePanel(browser, server.base);
        if (name === "synthetic") {
          const years = Array.from({ length: YEARS }, (_, i) => FIRST_YEAR + i);
          console.log(`[bench:scale] autocannon: ${years.length} year queries and ${years.length} year+sector queries`);
          results.api = {
            year: await p99(
              server.base,
              years.map((y) => `/api/v1/export-products?year=${y}`),
            ),
            yearSector: await p99(
              server.base,
              years.map((y, i) => `/api/v1/export-products?year=${y}&sector=${SECTORS[i % SECTORS.length]}`),
            ),
          };
        }
      } finally {
        await server.stop();
      }
    }
    const { bundled: b, synthetic: s, api } = results;
    const ms = (v) => `${v.toFixed(0)} ms`;
    const worst = (rs) => Math.max(...rs.map((r) => r.p99));
    const cold = [...api.year, ...api.yearSector].map((r) => r.coldMs);
    const errors = [...api.year, ...api.yearSector].reduce((n, r) => n + r.errors, 0);
    table([
      [
        "panel drawn on load (median)",
        ms(b.drawnMs),
        ms(s.drawnMs),
        `≤ 2× bundled (${ms(b.drawnMs * TARGETS.drawnRatio)})`,
        s.drawnMs <= b.drawnMs * TARGETS.drawnRatio ? "yes" : "NO",
      ],
      ["panel DOM elements", b.domElements, s.domElements, "", ""],
      ["bars drawn", b.bars, s.bars, "≤ 11", s.bars <= 11 ? "yes" : "NO"],
      [
        "year change 2024↔2023 (median)",
        ms(b.yearChangeMs),
        ms(s.yearChangeMs),
        `≤ ${TARGETS.yearChangeMs} ms`,
        s.yearChangeMs <= TARGETS.yearChangeMs ? "yes" : "NO",
      ],
      [
        "API p99, ?year= (median / worst of 30)",
        "",
        `${median(api.year.map((r) => r.p99))} / ${worst(api.year)} ms`,
        `< ${TARGETS.p99Ms} ms`,
        worst(api.year) < TARGETS.p99Ms ? "yes" : "NO",
      ],
      [
        "API p99, ?year=&sector= (median / worst of 30)",
        "",
        `${median(api.yearSector.map((r) => r.p99))} / ${worst(api.yearSector)} ms`,
        `< ${TARGETS.p99Ms} ms`,
        worst(api.yearSector) < TARGETS.p99Ms ? "yes" : "NO",
      ],
      ["API first response, cold (median / worst of 60)", "", `${ms(median(cold))} / ${ms(Math.max(...cold))}`, "", ""],
      ["API errors and non-2xx", "", errors, "0", errors === 0 ? "yes" : "NO"],
    ]);
    console.log(
      `\nloads (ms): bundled ${b.loads.map(Math.round).join(", ")}; synthetic ${s.loads.map(Math.round).join(", ")}`,
    );
    console.log(
      `year changes (ms): bundled ${b.changes.map(Math.round).join(", ")}; synthetic ${s.changes.map(Math.round).join(", ")}`,
    );
    console.log(
      `response body of ${api.year[0].path}: ${(api.year[0].bytes / 1000).toFixed(0)} kB uncompressed; 1 s of autocannon per query after one warm-up request`,
    );
    console.log(
      `load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs (figures are only meaningful on an otherwise idle machine)`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[bench:scale] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
