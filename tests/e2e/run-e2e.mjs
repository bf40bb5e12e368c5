#!/usr/bin/env node
// `npm run test:e2e [-- <playwright args>]`
// 1. make sure a Chromium is available (Debian's package, or $CHROMIUM_PATH);
// 2. build the app (`npm run build`) and the API server (`npm run build:server`, for the API-mode tests);
// 3. run `npx playwright test <args>` (its webServer serves dist/ with `vite preview` on E2E_PORT:
//    a free port chosen by the OS unless E2E_PORT is already set).
// Exits with Playwright's exit code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { CHROMIUM_INSTALL_HINT, DEFAULT_CHROMIUM_PATH, chromiumPath, isExecutable } from "../../scripts/chromium.mjs";
import { freePort } from "../../scripts/free-port.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function log(message) {
  console.log(`\n[test:e2e] ${message}`);
}

function fail(message) {
  console.error(`\n[test:e2e] ERROR: ${message}`);
  process.exit(1);
}

/** Runs a command with inherited stdio (output is streamed); returns its exit code. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) fail(`could not start ${command}: ${result.error.message}`);
  if (result.signal) return 128 + (signalNumber(result.signal) ?? 1);
  return result.status ?? 1;
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 }[signal];
}

function onPath(command) {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((dir) => dir !== "" && isExecutable(path.join(dir, command)));
}

/** Installs Debian packages with apt-get (root only); stops the run with `hint` when it cannot. */
function aptInstall(packages, hint) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !onPath("apt-get")) fail(hint);
  log(`Installing ${packages.join(", ")} with apt-get (running as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const quiet = { env, stdio: ["ignore", "inherit", "inherit"] };
  if (run("apt-get", ["update"], quiet) !== 0) fail("apt-get update failed.");
  if (run("apt-get", ["install", "-y", ...packages], quiet) !== 0)
    fail(`apt-get install -y ${packages.join(" ")} failed.\n${hint}`);
}

function ensureChromium() {
  const browser = chromiumPath();
  if (isExecutable(browser)) return browser;

  if (browser !== DEFAULT_CHROMIUM_PATH) {
    fail(
      `CHROMIUM_PATH=${browser} ${existsSync(browser) ? "is not executable" : "does not exist"}.\n${CHROMIUM_INSTALL_HINT}`,
    );
  }

  aptInstall(
    ["chromium"],
    `Chromium was not found at ${DEFAULT_CHROMIUM_PATH}. The end-to-end tests drive Debian's Chromium ` +
      `(Playwright's own browser download is not used).\n${CHROMIUM_INSTALL_HINT}`,
  );
  if (!isExecutable(DEFAULT_CHROMIUM_PATH))
    fail(`apt-get finished but ${DEFAULT_CHROMIUM_PATH} is still missing.\n${CHROMIUM_INSTALL_HINT}`);
  return DEFAULT_CHROMIUM_PATH;
}

const browser = ensureChromium();
log(`Using Chromium at ${browser}`);

/** The export tests render a downloaded SVG with rsvg-convert (Debian's librsvg2-bin), as a newsroom tool would. */
function ensureRsvg() {
  if (onPath("rsvg-convert")) return;
  aptInstall(["librsvg2-bin"], "rsvg-convert was not found. Install it with: sudo apt-get install -y librsvg2-bin");
}
ensureRsvg();

if (process.env.E2E_SKIP_BUILD === "1") {
  // While iterating on the tests alone: dist/ and dist-server/ as the last build left them.
  log("E2E_SKIP_BUILD=1: testing dist/ and dist-server/ as they are");
} else {
  log("Building the app (npm run build)…");
  const buildCode = run("npm", ["run", "build"]);
  if (buildCode !== 0) fail(`npm run build failed (exit code ${buildCode}); not running the end-to-end tests.`);

  log("Building the API server (npm run build:server) for the API-mode tests…");
  const serverCode = run("npm", ["run", "build:server"]);
  if (serverCode !== 0)
    fail(`npm run build:server failed (exit code ${serverCode}); not running the end-to-end tests.`);
}

// If another process takes the port before `vite preview` does, Playwright (reuseExistingServer:
// false) or vite (--strictPort) fails the run; nothing else is ever tested in its place.
const port = process.env.E2E_PORT || String(await freePort());
log(`Serving the build with vite preview on 127.0.0.1:${port}${process.env.E2E_PORT ? " (E2E_PORT)" : " (free port)"}`);

const extraArgs = process.argv.slice(2);
log(`Running Playwright: npx playwright test${extraArgs.length > 0 ? ` ${extraArgs.join(" ")}` : ""}`);
const code = run("npx", ["playwright", "test", ...extraArgs], {
  env: { ...process.env, CHROMIUM_PATH: browser, E2E_PORT: port },
});
process.exit(code);
