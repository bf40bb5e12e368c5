#!/usr/bin/env node
// `npm run serve`: the dashboard in API mode from one process, on a fresh clone or after edits.
//   1. builds the SPA into dist/ (`npm run build`) when dist/index.html is missing or older than
//      its sources; skipped when STATIC_DIR is set (that directory is then the operator's build);
//   2. builds the server into dist-server/ (`npm run build:server`) when missing or out of date;
//   3. runs dist-server/main.js in this process (PORT, HOST, … as in server/README.md).
import { spawnSync } from "node:child_process";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { SERVER_SOURCES, SPA_SOURCES, isStale, repoRoot } from "./build-state.mjs";

function run(script) {
  console.log(`[serve] npm run ${script}`);
  const result = spawnSync("npm", ["run", script], { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[serve] npm run ${script} failed`);
    process.exit(result.status ?? 1);
  }
}

if (process.env.STATIC_DIR?.trim())
  console.log(`[serve] STATIC_DIR is set: serving ${process.env.STATIC_DIR} as built`);
else if (isStale("dist/index.html", SPA_SOURCES)) run("build");
else console.log("[serve] dist/ is up to date");

if (isStale("dist-server/main.js", SERVER_SOURCES)) run("build:server");
else console.log("[serve] dist-server/ is up to date");

await import(pathToFileURL(path.join(repoRoot, "dist-server", "main.js")).href);
