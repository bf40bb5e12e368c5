/** The first-load size check: counts what index.html loads, and fails with what grew. */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = path.resolve(__dirname, "../../scripts/size-budget.mjs");

/** A fake build: an entry, a modulepreload, a stylesheet, and a lazy chunk index.html does not load. */
function fakeDist(entryBytes: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "size-"));
  mkdirSync(path.join(dir, "assets"));
  // Random bytes do not compress: gzip size ≈ raw size.
  writeFileSync(path.join(dir, "assets", "index-AAAAAAAA.js"), randomBytes(entryBytes).toString("base64"));
  writeFileSync(path.join(dir, "assets", "vendor-BBBBBBBB.js"), "export const x = 1;");
  writeFileSync(path.join(dir, "assets", "index-CCCCCCCC.css"), "body{color:red}");
  writeFileSync(path.join(dir, "assets", "lazy-DDDDDDDD.js"), randomBytes(400_000).toString("base64"));
  writeFileSync(
    path.join(dir, "index.html"),
    '<script type="module" crossorigin src="/assets/index-AAAAAAAA.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-BBBBBBBB.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index-CCCCCCCC.css">',
  );
  return dir;
}

function run(dir: string, budgetFile: string, ...args: string[]) {
  return spawnSync(process.execPath, [script, dir, ...args], {
    encoding: "utf8",
    env: { ...process.env, SIZE_BUDGET_FILE: budgetFile },
  });
}

describe("size budget", () => {
  it("counts only what index.html loads, and passes under the target", () => {
    const budget = path.join(mkdtempSync(path.join(os.tmpdir(), "budget-")), "b.json");
    const result = run(fakeDist(50_000), budget);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/index\.js\s+\d+\.\d+ kB/);
    expect(result.stdout).toContain("vendor.js");
    expect(result.stdout).not.toContain("lazy");
    expect(result.stdout).toMatch(/target 230\.00 kB \(met\)/);
  });

  it("fails over the target, naming what grew since the accepted sizes", () => {
    const budget = path.join(mkdtempSync(path.join(os.tmpdir(), "budget-")), "b.json");
    writeFileSync(budget, JSON.stringify({ totalBytes: 60_000, files: { "index.js": 60_000 } }));
    const result = run(fakeDist(300_000), budget);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/over the limit of 230\.00 kB/);
    expect(result.stderr).toMatch(/index\.js \+\d+\.\d+ kB/);
    // And an accepted size above the target may not be raised.
    expect(run(fakeDist(400_000), budget, "--update").status).toBe(1);
  });
});
