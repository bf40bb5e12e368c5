// Shared by the benchmarks (run-bench.mjs, lighthouse.mjs, scale-bench.mjs).
import { spawnSync } from "node:child_process";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** `npm run build` unless BENCH_SKIP_BUILD=1 (then the existing dist/ is measured). Throws on failure. */
export function buildApp(tag) {
  if (process.env.BENCH_SKIP_BUILD === "1") {
    console.log(`[${tag}] BENCH_SKIP_BUILD=1: using the existing dist/`);
    return;
  }
  console.log(`[${tag}] Building (npm run build)…`);
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0)
    throw new Error(`npm run build failed (${result.error?.message ?? `exit code ${result.status}`})`);
}

/** The median of a non-empty list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
