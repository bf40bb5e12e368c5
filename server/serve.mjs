#!/usr/bin/env node
// `npm run serve`: the dashboard in API mode from one process, on a fresh clone or after edits.
//   1. builds the SPA into dist/ (`vite build` and the prerender: the output of `npm run build`
//      without its typecheck, which emits nothing) when dist/index.html is missing or older than
//      its sources; skipped when STATIC_DIR is set (that directory is then the operator's build);
//   2. builds the server into dist-server/ (`npm run build:server`) when missing or out of date;
//   3. runs dist-server/main.js in this process (PORT, HOST, … as in server/README.md).
import { spawnSync } from "node:child_process";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { SERVER_SOURCES, SPA_SOURCES, isStale, repoRoot } from "./build-state.mjs";

function run(command, args) {
  const shown = [command, ...args].join(" ");
  console.log(`[serve] ${shown}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[serve] ${shown} failed`);
    process.exit(result.status ?? 1);
  }
}

if (process.env.STATIC_DIR?.trim())
  console.log(`[serve] STATIC_DIR is set: serving ${process.env.STATIC_DIR} as built`);
else if (isStale("dist/index.html", SPA_SOURCES)) {
  run("npx", ["vite", "build"]);
  run("node", ["scripts/prerender.mjs"]);
} else console.log("[serve] dist/ is up to date");

if (isStale("dist-server/main.js", SERVER_SOURCES)) run("npm", ["run", "build:server"]);
else console.log("[serve] dist-server/ is up to date");

await import(pathToFileURL(path.join(repoRoot, "dist-server", "main.js")).href);
