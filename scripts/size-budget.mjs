#!/usr/bin/env node
// `npm run size`: the bytes of the first load — what index.html loads before the first view
// (its module script, modulepreloads and stylesheets; Vite lists every static import of the
// entry as a modulepreload) — gzipped. A ratchet towards the target: it fails when the total
// exceeds the accepted total (scripts/size-budget.json) by more than TOLERANCE_BYTES, or the
// target once the build is under it, and prints what grew. `--update` records the current
// sizes (only allowed when they are not larger). Builds into node_modules/.cache/size-build
// unless given a dist directory.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The target (issue 10: ≤ 230 kB gzip on the first load). */
const TARGET_BYTES = 230_000;
/** Room for noise between builds (a renamed export, a message reworded). */
const TOLERANCE_BYTES = 1_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const baselineFile = process.env.SIZE_BUDGET_FILE ?? path.join(root, "scripts", "size-budget.json");
const args = process.argv.slice(2);
const update = args.includes("--update");
const given = args.find((a) => !a.startsWith("--"));
const dir = given ? path.resolve(given) : path.join(root, "node_modules", ".cache", "size-build");

if (!given) {
  const built = spawnSync("npx", ["vite", "build", "--outDir", dir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (built.status !== 0) {
    console.error(`size: vite build failed (exit code ${built.status}); no sizes measured.`);
    process.exit(1);
  }
}

/** "assets/index-BnkkQCRQ.js" → "index.js": a name that survives a content change. */
const stableName = (file) => path.basename(file).replace(/-[\w-]{8}(\.\w+)$/, "$1");

// A prerendered index.html loads the same files through LOAD_SCRIPT (src/lib/prerender-view.ts);
// the page as Vite built it, kept beside it, lists them as tags.
const shellFile = path.join(dir, ".prerender", "shell.html");
const html = readFileSync(existsSync(shellFile) ? shellFile : path.join(dir, "index.html"), "utf8");
const refs = new Set();
for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
  const isScript = tag.startsWith("<script") && /type="module"/.test(tag);
  const rel = /rel="([^"]+)"/.exec(tag)?.[1];
  if (!isScript && rel !== "modulepreload" && rel !== "stylesheet") continue;
  const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
  if (url && /\.(js|css)$/.test(url)) refs.add(url.replace(/^\//, ""));
}
if (refs.size === 0) {
  console.error(`size: ${path.join(dir, "index.html")} loads no script or stylesheet; is it a Vite build?`);
  process.exit(1);
}

const sizes = Object.fromEntries(
  [...refs].map((file) => [stableName(file), gzipSync(readFileSync(path.join(dir, file))).length]),
);
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
let baseline = {};
let acceptedTotal = TARGET_BYTES;
let hadBaseline = false;
try {
  const accepted = JSON.parse(readFileSync(baselineFile, "utf8"));
  baseline = accepted.files ?? {};
  acceptedTotal = Math.max(TARGET_BYTES, accepted.totalBytes ?? TARGET_BYTES);
  hadBaseline = true;
} catch {
  console.warn(`size: no accepted sizes in ${path.relative(root, baselineFile)}; the limit is the target.`);
}
// Under the target, the target is the limit; above it, the accepted total (it may only shrink).
const limit = acceptedTotal > TARGET_BYTES ? acceptedTotal + TOLERANCE_BYTES : TARGET_BYTES;

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const rows = Object.entries(sizes).sort((a, b) => b[1] - a[1]);
console.log("First load (gzip)                          now       accepted     change");
for (const [name, size] of rows) {
  const before = baseline[name];
  const change =
    before === undefined ? "new" : size === before ? "" : `${size > before ? "+" : ""}${kB(size - before)}`;
  console.log(
    `  ${name.padEnd(36)} ${kB(size).padStart(10)} ${(before === undefined ? "" : kB(before)).padStart(12)}  ${change}`,
  );
}
for (const name of Object.keys(baseline))
  if (!(name in sizes)) console.log(`  ${name.padEnd(36)} ${"gone".padStart(10)}`);
console.log(`  ${"total".padEnd(36)} ${kB(total).padStart(10)} ${kB(acceptedTotal).padStart(12)}`);
console.log(
  `size: limit ${kB(limit)}; target ${kB(TARGET_BYTES)}` +
    (total > TARGET_BYTES ? ` (${kB(total - TARGET_BYTES)} to go)` : " (met)"),
);

if (update) {
  if (hadBaseline && total > limit) {
    console.error("size: --update refused: the first load grew past the limit; make it smaller instead.");
    process.exit(1);
  }
  writeFileSync(
    baselineFile,
    `${JSON.stringify({ targetBytes: TARGET_BYTES, totalBytes: total, files: sizes }, null, 2)}\n`,
  );
  console.log(`size: recorded the current sizes in ${path.relative(root, baselineFile)}`);
  process.exit(0);
}
if (total > limit) {
  const grown = rows
    .filter(([name, size]) => size > (baseline[name] ?? 0))
    .map(([name, size]) => `${name} +${kB(size - (baseline[name] ?? 0))}`);
  console.error(
    `size: the first load is ${kB(total)} gzip, over the limit of ${kB(limit)} by ${kB(total - limit)}. ` +
      `Grown since the accepted sizes: ${grown.join(", ") || "nothing (the budget was already exceeded)"}. ` +
      "Load what the first view does not need later (dynamic import), or justify a new budget.",
  );
  process.exit(1);
}
