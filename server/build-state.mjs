// Shared by server/serve.mjs and bench/api-bench.mjs: is a build output older than its sources?
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Sources of each build, relative to the repository root. */
export const SPA_SOURCES = ["src", "index.html", "public", "mock-data", "vite.config.ts", "package-lock.json"];
// The server renders the app's pages (src/prerender), so every source of the app is one of its own.
export const SERVER_SOURCES = ["server", "src", "scripts", "package-lock.json"];

/** Newest modification time of the files under the given paths (0 when none exist). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (!stat.isDirectory()) {
      latest = Math.max(latest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(p)) {
      if (entry !== "node_modules" && !entry.startsWith(".")) visit(path.join(p, entry));
    }
  };
  paths.forEach(visit);
  return latest;
}

/** True when `target` is missing or older than any file under `sources` (paths relative to the repo). */
export function isStale(target, sources) {
  const absolute = path.resolve(repoRoot, target);
  if (!existsSync(absolute)) return true;
  return statSync(absolute).mtimeMs < newest(sources.map((s) => path.resolve(repoRoot, s)));
}
