#!/usr/bin/env node
// `npm run bench:api` — load figures for the reference API server.
//   1. npm run build:server when dist-server/ is missing or older than its sources
//   2. starts `node dist-server/main.js` as a child process on a free loopback port, request
//      log on as deployed (written to bench/results/api-server.log)
//   3. from this process, autocannon with 50 connections against each scenario for a fixed
//      duration, API_BENCH_RUNS times (default 7), scenarios interleaved so drift hits all alike;
//      requests carry a browser's Accept-Encoding (one scenario without it)
//   4. prints medians over the runs (requests/s, p50, p99, errors, non-2xx), writes every run
//      to bench/results/api-latest.json, and stops the server.
// The target (no errors, p99 < 20 ms at 50 connections) is informational: the exit code is
// non-zero only when measuring fails.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import autocannon from "autocannon";
import { SERVER_SOURCES, isStale, repoRoot } from "../server/build-state.mjs";
import { freePort } from "../scripts/free-port.mjs";

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.API_BENCH_SECONDS ?? 3);
const RUNS = Math.max(Number(process.env.API_BENCH_RUNS ?? 7), 1);
const TARGET_P99_MS = 20;
const resultsDir = path.join(repoRoot, "bench", "results");
const loadBefore = os.loadavg()[0];

// Browsers (and so the dashboard) always send Accept-Encoding; one scenario shows the
// uncompressed cost of the largest response for clients that do not.
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br, zstd" };
const SCENARIOS = [
  { name: "trade", paths: ["/api/v1/trade"] },
  { name: "trade, no compression", paths: ["/api/v1/trade"], identity: true },
  { name: "export-products?year=2024", paths: ["/api/v1/export-products?year=2024"] },
  { name: "companies?sector=energy", paths: ["/api/v1/companies?sector=energy"] },
  { name: "sources", paths: ["/api/v1/sources"] },
  {
    name: "mix (9 queries)",
    paths: [
      "/api/v1/trade?year=2024",
      "/api/v1/export-products?year=2023&sector=industry",
      "/api/v1/investment",
      "/api/v1/investment?year=2025",
      "/api/v1/companies",
      "/api/v1/milestones?sector=energy~digital",
      "/api/v1/sources",
      "/api/v1/trade",
      "/api/v1",
    ],
  },
];

async function waitForHealth(base, child) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not become healthy within 15 s");
}

/** CPU seconds (user + system) the server process has used so far; null where /proc is missing. */
function serverCpuSeconds(pid) {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux). The
    // command name (field 2) may contain spaces, so count from the closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function load(base, scenario, duration) {
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    requests: scenario.paths.map((p) => ({
      method: "GET",
      path: p,
      headers: scenario.identity === true ? {} : BROWSER_HEADERS,
    })),
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summarize(runs) {
  return {
    requestsPerSecond: median(runs.map((r) => r.requests.average)),
    p50Ms: median(runs.map((r) => r.latency.p50)),
    p99Ms: median(runs.map((r) => r.latency.p99)),
    maxP99Ms: Math.max(...runs.map((r) => r.latency.p99)),
    errors: median(runs.map((r) => r.errors + r.timeouts)),
    totalErrors: runs.reduce((n, r) => n + r.errors + r.timeouts, 0),
    non2xx: median(runs.map((r) => r.non2xx)),
    totalNon2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    serverCpuUsPerRequest: runs.some((r) => r.serverCpuUsPerRequest === null)
      ? null
      : median(runs.map((r) => r.serverCpuUsPerRequest)),
  };
}

function printTable(rows) {
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "max p99", "errors", "non-2xx", "server CPU µs/req"];
  const lines = rows.map(({ name, summary: s }) => [
    name,
    Math.round(s.requestsPerSecond).toLocaleString("en-US"),
    s.p50Ms.toFixed(1),
    s.p99Ms.toFixed(1),
    s.maxP99Ms.toFixed(1),
    String(s.totalErrors),
    String(s.totalNon2xx),
    s.serverCpuUsPerRequest === null ? "n/a" : s.serverCpuUsPerRequest.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${fmt(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const l of lines) console.log(fmt(l));
  console.log(
    `\nmedians over ${RUNS} runs of ${DURATION_S} s at ${CONNECTIONS} connections; errors and non-2xx: totals over all runs; max p99: worst run`,
  );
  console.log(
    `load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs (figures are only meaningful on an otherwise idle machine)`,
  );
}

async function main() {
  if (isStale("dist-server/main.js", SERVER_SOURCES)) {
    console.log("[bench:api] npm run build:server");
    const build = spawnSync("npm", ["run", "build:server"], { cwd: repoRoot, stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build:server failed");
  }
  mkdirSync(resultsDir, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(resultsDir, "api-server.log");
  const log = openSync(logFile, "w");
  const child = spawn(process.execPath, [path.join(repoRoot, "dist-server", "main.js")], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", API_TEST_MODE: "", CORS_ORIGINS: "" },
    stdio: ["ignore", log, log],
  });
  const stopServer = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await waitForHealth(base, child);
    console.log(`[bench:api] server pid ${child.pid} at ${base}; request log: ${path.relative(repoRoot, logFile)}`);
    console.log(`[bench:api] warm-up, then ${RUNS} runs × ${SCENARIOS.length} scenarios × ${DURATION_S} s`);
    await load(base, SCENARIOS.at(-1), 2);
    const runs = SCENARIOS.map(() => []);
    for (let run = 1; run <= RUNS; run++) {
      for (const [i, scenario] of SCENARIOS.entries()) {
        const cpuBefore = serverCpuSeconds(child.pid);
        const result = await load(base, scenario, DURATION_S);
        const cpuAfter = serverCpuSeconds(child.pid);
        result.serverCpuUsPerRequest =
          cpuBefore === null || cpuAfter === null || result.requests.total === 0
            ? null
            : ((cpuAfter - cpuBefore) * 1e6) / result.requests.total;
        runs[i].push(result);
        process.stdout.write(
          `  run ${run} ${scenario.name}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms\n`,
        );
      }
    }
    const rows = SCENARIOS.map((s, i) => ({ name: s.name, paths: s.paths, summary: summarize(runs[i]) }));
    printTable(rows);
    const worst = Math.max(...rows.map((r) => r.summary.p99Ms));
    const errors = rows.reduce((n, r) => n + r.summary.totalErrors + r.summary.totalNon2xx, 0);
    console.log(
      `target (no errors, p99 < ${TARGET_P99_MS} ms): ${worst < TARGET_P99_MS && errors === 0 ? "met" : "NOT met"} (worst median p99 ${worst} ms, ${errors} errors/non-2xx)`,
    );
    const file = path.join(resultsDir, "api-latest.json");
    writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: {
            cpus: os.cpus().length,
            cpuModel: os.cpus()[0]?.model,
            node: process.version,
            loadAverageBefore: loadBefore,
            loadAverageAfter: os.loadavg()[0],
          },
          settings: { connections: CONNECTIONS, durationSeconds: DURATION_S, runs: RUNS, targetP99Ms: TARGET_P99_MS },
          scenarios: rows.map((r, i) => ({
            ...r,
            runs: runs[i].map((x) => ({
              requestsPerSecond: x.requests.average,
              p50Ms: x.latency.p50,
              p90Ms: x.latency.p90,
              p99Ms: x.latency.p99,
              maxMs: x.latency.max,
              requests: x.requests.total,
              errors: x.errors,
              timeouts: x.timeouts,
              non2xx: x.non2xx,
              serverCpuUsPerRequest: x.serverCpuUsPerRequest,
            })),
          })),
        },
        null,
        2,
      ),
    );
    console.log(`wrote ${path.relative(repoRoot, file)}`);
  } finally {
    await stopServer();
  }
}

main().catch((error) => {
  console.error(`[bench:api] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
