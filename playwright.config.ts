import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

// The app is built by tests/e2e/run-e2e.mjs (`npm run test:e2e`) before Playwright runs;
// the webServer below only serves the existing dist/ with `vite preview`.
// E2E_PORT / E2E_DIST let a second build be tested beside the first (e.g. `vite build --outDir dist-x`).
// run-e2e.mjs sets E2E_PORT to a port the OS reported free; 4173 is only the default for a bare
// `npx playwright test`. Either way a port already in use fails the run (reuseExistingServer:
// false, and vite's --strictPort) instead of testing whatever answers there.
const port = Number(process.env.E2E_PORT ?? 4173);
const distDir = process.env.E2E_DIST ?? "dist";
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.spec.ts",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Web-first assertions wait for their condition; this is the budget, wide enough for a loaded 2-core machine.
  expect: { timeout: 15_000 },
  workers: process.env.CI ? 1 : 2, // 2-core machines
  reporter: "list",
  use: {
    baseURL,
    // Debian's Chromium (or $CHROMIUM_PATH); Playwright's browser download is not used.
    launchOptions: chromiumLaunchOptions(),
    screenshot: "only-on-failure",
    // The offline copy's service worker would answer the pages of later navigations in a test
    // (out of page.route's reach): only tests/e2e/offline.spec.ts, which tests it, lets it in.
    serviceWorkers: "block",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${distDir}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
