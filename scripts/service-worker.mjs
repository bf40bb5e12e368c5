#!/usr/bin/env node
// The last step of `npm run build` (after scripts/prerender.mjs, which rewrites the pages):
// writes the service worker's precache list into dist/sw.js from the files as they finally are,
// so every precached page's revision is its final content's. `node scripts/service-worker.mjs
// [dir]` does it for another built copy too (the offline tests change a file in a copy and run
// it again: the worker changes, and the open page offers the new version).
//
// vite-plugin-pwa built dist/sw.js with its injection point left in (scripts/pwa-plugin.ts);
// that code is kept in <dir>/.sw/sw.js (dotfiles are never served), so a second run starts from it.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { injectManifest } from "workbox-build";

const INJECTION_POINT = "self.__WB_MANIFEST";

/**
 * What the worker keeps: the pages, code, styles, bundled dataset, the manifest and icons. Not
 * config.json (the worker keeps the deployment's own copy, src/sw/sw.ts), the README's
 * screenshots, or anything a crawler alone reads; dot folders are never served.
 */
const PRECACHE_OPTIONS = {
  globPatterns: ["**/*.{html,js,css,json,webmanifest,svg,woff2}", "icons/*.png"],
  globIgnores: ["sw.js", "config.json", ".*/**", "**/.*"],
  // Vite's hashed names change with their content: the URL is the revision.
  dontCacheBustURLsMatching: /^assets\//,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
};

export async function writeServiceWorker(dir) {
  const built = path.join(dir, "sw.js");
  const source = path.join(dir, ".sw", "sw.js");
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`vite build\` first`);
  if (readFileSync(built, "utf8").includes(INJECTION_POINT)) {
    mkdirSync(path.dirname(source), { recursive: true });
    copyFileSync(built, source);
  } else if (!existsSync(source)) {
    throw new Error(`${built} has no precache injection point and ${source} is missing: run \`vite build\` again`);
  }
  const { count, size, warnings } = await injectManifest({
    swSrc: source,
    swDest: built,
    globDirectory: dir,
    injectionPoint: INJECTION_POINT,
    ...PRECACHE_OPTIONS,
  });
  for (const warning of warnings) console.warn(`⚠ service worker: ${warning}`);
  return { count, size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = path.resolve(process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url)));
  writeServiceWorker(dir).then(
    ({ count, size }) => console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} kB`),
    (error) => {
      console.error(`service worker failed: ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(1);
    },
  );
}
