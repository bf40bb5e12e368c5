// Shared Chromium settings for the build's prerender (scripts/prerender.mjs), the end-to-end
// tests (playwright.config.ts, tests/e2e/run-e2e.mjs) and the benchmarks (bench/).
// Playwright's own browser download does not work on the build machines: we always
// drive Debian's Chromium (package `chromium`), or whatever CHROMIUM_PATH points at.
import { accessSync, constants } from "node:fs";
import process from "node:process";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/** Extra switches; headless mode itself comes from Playwright's `headless: true`. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium executable to launch: $CHROMIUM_PATH if set, else /usr/bin/chromium. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  return fromEnv !== undefined && fromEnv.trim() !== "" ? fromEnv.trim() : DEFAULT_CHROMIUM_PATH;
}

/** True when `file` exists and is executable. */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Options for Playwright's chromium.launch() / `use.launchOptions`. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] };
}

/** How to get a browser, for error messages. */
export const CHROMIUM_INSTALL_HINT =
  "Install Debian's Chromium with:  sudo apt-get install -y chromium\n" +
  "or point CHROMIUM_PATH at an existing Chromium/Chrome binary, e.g.  CHROMIUM_PATH=/path/to/chrome npm run test:e2e";
