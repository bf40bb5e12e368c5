// @vitest-environment node
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeServiceWorker } from "../../scripts/service-worker.mjs";

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const md5 = (file: string) =>
  createHash("md5")
    .update(readFileSync(path.join(dir, file)))
    .digest("hex");

/** The list injected into sw.js (the stand-in worker below is just the injection point). */
function precached(): { revision: string | null; url: string }[] {
  const code = readFileSync(path.join(dir, "sw.js"), "utf8");
  return JSON.parse(code.slice(code.indexOf("["), code.lastIndexOf("]") + 1)) as {
    revision: string | null;
    url: string;
  }[];
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sw-build-"));
  write("sw.js", "precache(self.__WB_MANIFEST);");
  write("index.html", "<p>en</p>");
  write("az/index.html", "<p>az</p>");
  write("embed/trade/index.html", "<p>embed</p>");
  write("assets/index-AbC123xy.js", "console.log(1)");
  write("assets/trade-Q1w2E3r4.json", "[]");
  write("manifest.webmanifest", "{}");
  write("icons/icon-192.png", "png");
  write("config.json", "{}");
  write("screenshot.png", "big");
  write(".vite/manifest.json", "{}");
  write(".prerender/shell.html", "<p>shell</p>");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("scripts/service-worker.mjs", () => {
  it("precaches the final pages, code, data, manifest and icons, with each file's content as its revision", async () => {
    await writeServiceWorker(dir);
    const list = precached();
    expect(list.map((e) => e.url).sort()).toEqual([
      "assets/index-AbC123xy.js",
      "assets/trade-Q1w2E3r4.json",
      "az/index.html",
      "embed/trade/index.html",
      "icons/icon-192.png",
      "index.html",
      "manifest.webmanifest",
    ]);
    for (const { url, revision } of list) expect(revision).toBe(url.startsWith("assets/") ? null : md5(url));
  });

  it("runs again on a changed copy: the changed page gets its new revision", async () => {
    await writeServiceWorker(dir);
    const before = readFileSync(path.join(dir, "sw.js"), "utf8");
    write("az/index.html", "<p>az, prerendered</p>");
    await writeServiceWorker(dir);
    const after = readFileSync(path.join(dir, "sw.js"), "utf8");
    expect(after).not.toBe(before);
    expect(precached().find((e) => e.url === "az/index.html")?.revision).toBe(md5("az/index.html"));
    // The worker's code was kept from the first run, with its injection point, for the next.
    expect(readFileSync(path.join(dir, ".sw", "sw.js"), "utf8")).toContain("self.__WB_MANIFEST");
  });

  it("says what is missing when there is no built worker", async () => {
    rmSync(path.join(dir, "sw.js"));
    await expect(writeServiceWorker(dir)).rejects.toThrow(/sw\.js is missing/);
  });
});
