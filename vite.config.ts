/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { deployEnvProblems } from "./scripts/check-env.ts";
import { validateDatasetPlugin } from "./scripts/dataset-plugin.ts";
import { THEME_SCRIPT } from "./src/lib/theme.ts";
import { pwaPlugin } from "./scripts/pwa-plugin.ts";

const datasetDir = fileURLToPath(new URL("./mock-data", import.meta.url));

export default defineConfig(({ mode }) => {
  const problems = deployEnvProblems(loadEnv(mode, process.cwd(), "VITE_"));
  if (problems.length > 0) throw new Error(`Invalid build settings: ${problems.join("; ")}`);
  return config;
});

/** A pinned colour theme is set before the first paint (src/lib/theme.ts): first thing in <head>. */
const themeScriptPlugin = {
  name: "theme-script",
  transformIndexHtml: () => [{ tag: "script", children: THEME_SCRIPT, injectTo: "head-prepend" as const }],
};

const config = {
  plugins: [react(), tailwindcss(), validateDatasetPlugin(datasetDir), themeScriptPlugin, pwaPlugin()],
  // Bundled datasets become JSON.parse("…") calls: V8 parses those far faster than the equivalent
  // object literals (measured: the first draw took twice as long without this).
  json: { stringify: true },
  // manifest: dist/.vite/manifest.json tells `npm run bench` which chunks the first view loads
  // (the server never serves dotfiles).
  build: { target: "es2022", sourcemap: false, manifest: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    setupFiles: ["./tests/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}", "server/**/*.test.ts"],
    restoreMocks: true,
    // A budget, not an expectation: whole-app component tests take seconds on a loaded machine.
    testTimeout: 60_000,
  },
};
