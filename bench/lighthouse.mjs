#!/usr/bin/env node
// `npm run bench:lighthouse` — Lighthouse (npm `lighthouse`, pinned) against the production build.
//   1. npm run build (skip with BENCH_SKIP_BUILD=1)
//   2. serve dist/ from the benchmark's static server (bench/static-server.mjs) on 127.0.0.1,
//      gzip-compressed as the deployed server (server/) sends it
//   3. launch Debian's Chromium once through chrome-launcher (the e2e tests' flags), then run
//      Lighthouse LIGHTHOUSE_RUNS times (default 3) with the mobile preset (the default config)
//      and as often with the desktop preset, alternately
//   4. print medians (performance score, TBT, LCP, CLS, FCP; accessibility, best-practices and
//      SEO scores) and the failing audits of every category below 100
// Writes bench/results/lighthouse.json. Targets are informational: exit code 0 unless measuring fails.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, chromiumPath, isExecutable } from "../scripts/chromium.mjs";
import { buildApp, median } from "./bench-common.mjs";
import { startStaticServer } from "./static-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = path.join(root, "dist");
const resultsDir = path.join(root, "bench", "results");

// The tests' Chromium switches, with headless mode (chrome-launcher does not add it).
const CHROME_FLAGS = ["--headless", ...CHROMIUM_ARGS];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = {
  tbtMs: "total-blocking-time",
  lcpMs: "largest-contentful-paint",
  cls: "cumulative-layout-shift",
  fcpMs: "first-contentful-paint",
};
const TARGETS = { mobilePerformance: 90, mobileTbtMs: 300, accessibility: 100, bestPractices: 100, seo: 100 };
const PRESETS = { mobile: undefined, desktop: desktopConfig };

function runCount() {
  const n = Number.parseInt(process.env.LIGHTHOUSE_RUNS ?? "3", 10);
  return Number.isFinite(n) && n >= 1 ? n : 3;
}

/** Scores 0–100, metrics in ms (CLS unitless), and the audits that did not pass, per category. */
function summariseRun(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]),
  );
  const failing = {};
  for (const c of CATEGORIES) {
    const category = lhr.categories[c];
    if (!category || category.score === 1) continue;
    failing[c] = category.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (a) =>
          a &&
          a.score !== null &&
          a.score < (c === "performance" ? 0.9 : 1) &&
          !["notApplicable", "informative", "manual"].includes(a.scoreDisplayMode),
      )
      .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? "" }));
  }
  const warnings = lhr.runWarnings ?? [];
  return { scores, metrics, failing, warnings, runtimeError: lhr.runtimeError?.message ?? null };
}

function summarisePreset(runs) {
  const pick = (f) => median(runs.map(f));
  // Every audit that failed in any run, with how many runs it failed in.
  const failing = {};
  for (const run of runs)
    for (const [c, audits] of Object.entries(run.failing))
      for (const a of audits) {
        failing[c] ??= {};
        failing[c][a.id] ??= { ...a, runs: 0 };
        failing[c][a.id].runs += 1;
      }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])),
    metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, pick((r) => r.metrics[k] ?? Number.NaN)])),
    failing: Object.fromEntries(Object.entries(failing).map(([c, audits]) => [c, Object.values(audits)])),
  };
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const check = (ok) => (ok ? "meets target" : "BELOW target");

function printReport(result) {
  const line = "─".repeat(100);
  const { mobile, desktop } = result.presets;
  console.log(`\n${line}`);
  console.log(`Lighthouse ${result.lighthouseVersion} — ${result.runs} runs per preset, ${result.browser}, medians`);
  const [l1, l5, l15] = result.machine.loadAverageAtStart;
  const [e1, e5, e15] = result.machine.loadAverageAtEnd;
  console.log(
    `Machine: ${result.machine.cpus} CPUs, load average ${l1} ${l5} ${l15} at start, ${e1} ${e5} ${e15} at end`,
  );
  console.log(line);
  console.log(`${pad("", 24)}${lpad("mobile", 12)}${lpad("desktop", 12)}   target (mobile)`);
  const row = (label, m, d, target = "") => console.log(`${pad(label, 24)}${lpad(m, 12)}${lpad(d, 12)}   ${target}`);
  const s = (p, c) => p.scores[c];
  row(
    "performance",
    s(mobile, "performance"),
    s(desktop, "performance"),
    `≥ ${TARGETS.mobilePerformance} (${check(s(mobile, "performance") >= TARGETS.mobilePerformance)})`,
  );
  row(
    "  TBT (ms)",
    Math.round(mobile.metrics.tbtMs),
    Math.round(desktop.metrics.tbtMs),
    `≤ ${TARGETS.mobileTbtMs} (${check(mobile.metrics.tbtMs <= TARGETS.mobileTbtMs)})`,
  );
  row("  LCP (ms)", Math.round(mobile.metrics.lcpMs), Math.round(desktop.metrics.lcpMs));
  row("  CLS", mobile.metrics.cls.toFixed(3), desktop.metrics.cls.toFixed(3));
  row("  FCP (ms)", Math.round(mobile.metrics.fcpMs), Math.round(desktop.metrics.fcpMs));
  row(
    "accessibility",
    s(mobile, "accessibility"),
    s(desktop, "accessibility"),
    `100 (${check(s(mobile, "accessibility") >= 100)})`,
  );
  row(
    "best-practices",
    s(mobile, "best-practices"),
    s(desktop, "best-practices"),
    `100 (${check(s(mobile, "best-practices") >= 100)})`,
  );
  row("SEO", s(mobile, "seo"), s(desktop, "seo"), `100 (${check(s(mobile, "seo") >= 100)})`);
  console.log(line);
  for (const [name, preset] of Object.entries(result.presets)) {
    for (const [category, audits] of Object.entries(preset.failing)) {
      if (audits.length === 0) continue;
      console.log(`${name}, ${category} — failing audits${category === "performance" ? " (score < 0.9)" : ""}:`);
      for (const a of audits)
        console.log(
          `  ${a.id}: ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ""} (score ${a.score}, ${a.runs}/${result.runs} runs)`,
        );
    }
  }
  const warnings = [...new Set(Object.values(result.perRun).flatMap((runs) => runs.flatMap((r) => r.warnings)))];
  for (const w of warnings) console.log(`warning: ${w}`);
  console.log(line);
  console.log("Targets are informational. JSON: bench/results/lighthouse.json\n");
}

async function main() {
  const runs = runCount();
  const machine = { cpus: os.cpus().length, loadAverageAtStart: os.loadavg().map((n) => n.toFixed(2)) };
  const executable = chromiumPath();
  if (!isExecutable(executable)) throw new Error(`Chromium not found at ${executable}.\n${CHROMIUM_INSTALL_HINT}`);
  buildApp("lighthouse");

  const { server, origin } = await startStaticServer({ distDir, gzip: true });
  const chrome = await chromeLauncher.launch({ chromePath: executable, chromeFlags: CHROME_FLAGS, logLevel: "error" });
  const perRun = { mobile: [], desktop: [] };
  let lighthouseVersion = "";
  let browser = "";
  try {
    const url = `${origin}/`;
    console.log(`[lighthouse] Serving dist/ at ${url}; ${runs} runs per preset (mobile, desktop alternately)`);
    for (let i = 0; i < runs; i += 1) {
      for (const [name, config] of Object.entries(PRESETS)) {
        const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }, config);
        if (!result) throw new Error("Lighthouse returned no result");
        const { lhr } = result;
        lighthouseVersion = lhr.lighthouseVersion;
        browser = lhr.environment?.hostUserAgent ?? "";
        const run = summariseRun(lhr);
        if (run.runtimeError) throw new Error(`Lighthouse (${name}, run ${i + 1}): ${run.runtimeError}`);
        perRun[name].push(run);
        console.log(
          `[lighthouse] ${pad(name, 7)} ${i + 1}/${runs}: performance ${lpad(run.scores.performance, 3)}  ` +
            `TBT ${lpad(Math.round(run.metrics.tbtMs), 5)} ms  LCP ${lpad(Math.round(run.metrics.lcpMs), 5)} ms  ` +
            `a11y ${run.scores.accessibility}  best-practices ${run.scores["best-practices"]}  SEO ${run.scores.seo}`,
        );
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  machine.loadAverageAtEnd = os.loadavg().map((n) => n.toFixed(2));
  const chromium = /Chrom(?:e|ium)\/[\d.]+/.exec(browser)?.[0] ?? browser;
  const result = {
    date: new Date().toISOString(),
    lighthouseVersion,
    browser: chromium,
    executablePath: executable,
    chromeFlags: CHROME_FLAGS,
    node: process.version,
    machine,
    runs,
    targets: TARGETS,
    presets: { mobile: summarisePreset(perRun.mobile), desktop: summarisePreset(perRun.desktop) },
    perRun,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "lighthouse.json"), `${JSON.stringify(result, null, 2)}\n`);
  printReport(result);
}

main().catch((error) => {
  console.error(`\n[lighthouse] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
