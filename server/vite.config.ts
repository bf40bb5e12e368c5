/**
 * Builds the server to plain JavaScript for Node (`npm run build:server` → dist-server/main.js).
 * Dependencies stay external (node_modules at run time); our own TypeScript (server/, the
 * contract and schemas in src/data-source/, scripts/load-dataset.ts) is bundled into one file.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: "warn",
  build: {
    ssr: "server/main.ts",
    outDir: "dist-server",
    emptyOutDir: true,
    target: "node20",
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: "main.js" } },
  },
});
