// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "./security.ts";
import { indexStaticDir } from "./static-files.ts";
import { testApp } from "./testing.ts";

let root: string;
let request: ReturnType<typeof testApp>["request"];

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "server-offline-"));
  mkdirSync(path.join(root, "icons"));
  writeFileSync(path.join(root, "index.html"), "<!doctype html><title>x</title>");
  writeFileSync(path.join(root, "sw.js"), "self.addEventListener('fetch', () => {});");
  writeFileSync(path.join(root, "manifest.webmanifest"), '{"name":"x"}');
  writeFileSync(path.join(root, "icons", "icon-192.png"), "png");
  ({ request } = testApp({ staticFiles: indexStaticDir(root) }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the offline copy's files", () => {
  it("serves the service worker as script, always revalidated (a new build is seen at once)", async () => {
    const response = await request("/sw.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  it("serves the web manifest with its own content type, and the icons", async () => {
    const manifest = await request("/manifest.webmanifest");
    expect(manifest.headers.get("content-type")).toBe("application/manifest+json; charset=utf-8");
    expect(manifest.headers.get("cache-control")).toBe("no-cache");
    expect((await request("/icons/icon-192.png")).headers.get("content-type")).toBe("image/png");
  });

  it("lets the page register its own worker and read its own manifest, and nothing from elsewhere", () => {
    // worker-src and manifest-src fall back to script-src and default-src: 'self' only.
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/worker-src|manifest-src|child-src/);
  });
});
