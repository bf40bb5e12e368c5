#!/usr/bin/env node
// `npm run serve`: the dashboard in API mode from one process, on a fresh clone or after edits.
//   1. builds the SPA into dist/ when dist/index.html is missing or older than its sources
//      (src/, index.html, public/, mock-data/, vite.config.ts); skipped when STATIC_DIR is set
//      (then that directory is the operator's own build);
//   2. builds the server into dist-server/ when it is missing or older than server/, src/, scripts/;
//   3. starts dist-server/main.js in this process (PORT, HOST, … as documented in server/README.md).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);

/** Newest modification time under the given files/directories (0 when none exist). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p))
        if (entry !== "node_modules" && !entry.startsWith(".")) visit(path.join(p, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

function stale(target, sources) {
  return !existsSync(target) || statSync(target).mtimeMs < newest(sources);
}

function run(script) {
  console.log(`[serve] npm run ${script}`);
  const result = spawnSync("npm", ["run", script], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[serve] npm run ${script} failed`);
    process.exit(result.status ?? 1);
  }
}

const spaSources = ["src", "index.html", "public", "mock-data", "vite.config.ts", "package-lock.json"].map((p) =>
  at(p),
);
if (process.env.STATIC_DIR?.trim())
  console.log(`[serve] STATIC_DIR is set: serving ${process.env.STATIC_DIR} as built`);
else if (stale(at("dist", "index.html"), spaSources)) run("build");
else console.log("[serve] dist/ is up to date");

const serverSources = ["server", "src/data-source", "scripts", "package-lock.json"].map((p) => at(p));
if (stale(at("dist-server", "main.js"), serverSources)) run("build:server");
else console.log("[serve] dist-server/ is up to date");

await import(pathToFileURL(at("dist-server", "main.js")).href);
