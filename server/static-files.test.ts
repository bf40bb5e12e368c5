// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexStaticDir } from "./static-files.ts";
import { testApp } from "./testing.ts";

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head></html>';
const ASSET = "console.log('app');".repeat(200);
let root: string;
let request: ReturnType<typeof testApp>["request"];

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "server-static-"));
  const dist = path.join(root, "dist");
  mkdirSync(path.join(dist, "assets"), { recursive: true });
  writeFileSync(path.join(dist, "index.html"), INDEX);
  writeFileSync(path.join(dist, "assets", "app-1a2b3c.js"), ASSET);
  writeFileSync(path.join(dist, "assets", "style-9f8e.css"), "body{margin:0}");
  writeFileSync(path.join(dist, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  writeFileSync(path.join(dist, "config.json"), '{"dataSource":"bundled"}');
  writeFileSync(path.join(dist, ".env"), "SECRET=1");
  writeFileSync(path.join(root, "secret.txt"), "outside the static dir");
  symlinkSync(path.join(root, "secret.txt"), path.join(dist, "linked.txt"));
  ({ request } = testApp({ staticFiles: indexStaticDir(dist) }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const html = { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } };

describe("static files", () => {
  it("serves index.html at / with the CSP and no-cache", async () => {
    const response = await request("/", html);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await response.text()).toBe(INDEX);
  });

  it.each([
    ["/assets/app-1a2b3c.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"],
    ["/assets/style-9f8e.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable"],
    ["/favicon.svg", "image/svg+xml", "no-cache"],
  ])("serves %s as %s, %s", async (file, type, cacheControl) => {
    const response = await request(file);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("cache-control")).toBe(cacheControl);
    expect(response.headers.get("etag")).toMatch(/^".+"$/);
  });

  it("revalidates a file with its ETag", async () => {
    const etag = (await request("/assets/app-1a2b3c.js")).headers.get("etag") ?? "";
    const again = await request("/assets/app-1a2b3c.js", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("answers /config.json itself, pointing the SPA at this server's API (not the file in dist)", async () => {
    const response = await request("/config.json");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.json()).toEqual({ dataSource: "http", apiBaseUrl: "/api/v1" });
  });
});

describe("crawler files", () => {
  it("answers robots.txt for the origin the request reached, naming its sitemap", async () => {
    const response = await request("http://dash.example.org/robots.txt");
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("User-agent: *\nAllow: /\n\nSitemap: http://dash.example.org/sitemap.xml\n");
  });

  it("answers sitemap.xml with every language's page at the proxy's origin", async () => {
    const response = await request("http://127.0.0.1/sitemap.xml", {
      headers: { "x-forwarded-proto": "https", "x-forwarded-host": "dash.example.org" },
    });
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(xml.match(/<loc>[^<]*<\/loc>/g)).toEqual([
      "<loc>https://dash.example.org/</loc>",
      "<loc>https://dash.example.org/az/</loc>",
      "<loc>https://dash.example.org/ru/</loc>",
    ]);
  });

  it("falls back to the request's own origin when a forwarded host is not a host", async () => {
    const response = await request("http://127.0.0.1/robots.txt", { headers: { "x-forwarded-host": "a b<c>" } });
    expect(await response.text()).toContain("Sitemap: http://127.0.0.1/sitemap.xml");
  });
});

describe("SPA fallback", () => {
  it.each(["/deep/link", "/?year=2024&sector=energy", "/companies/", "/some.page"])(
    "answers index.html for %s when the client wants HTML",
    async (url) => {
      const response = await request(url, html);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
    },
  );

  it("gives a 404, not index.html, for a missing asset or a non-HTML request", async () => {
    expect((await request("/assets/gone-123.js", html)).status).toBe(404);
    expect((await request("/deep/link", { headers: { accept: "application/json" } })).status).toBe(404);
    expect((await request("/missing.png")).status).toBe(404);
  });

  it("never falls back for /api paths", async () => {
    const response = await request("/api/v1/unknown", html);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("refuses other methods", async () => {
    const response = await request("/", { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("path traversal", () => {
  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/assets/..%5c..%5csecret.txt",
    "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/%00index.html",
    "/linked.txt",
    "/.env",
  ])("%s never reaches a file outside the build (or a hidden one)", async (url) => {
    for (const init of [{}, html]) {
      const response = await request(url, init);
      const body = await response.text();
      expect(body).not.toContain("outside the static dir");
      expect(body).not.toContain("SECRET");
      expect(response.status === 404 || body === INDEX, `${url} → ${response.status}`).toBe(true);
    }
  });

  it("refuses an encoded slash around dot-dot outright instead of falling back", async () => {
    // (A bare %2e%2e segment is resolved by the URL parser itself, before the server sees it.)
    expect((await request("/..%2fsecret.txt", html)).status).toBe(404);
    expect((await request("/assets/..%5c..%5csecret.txt", html)).status).toBe(404);
  });
});

describe("without a build", () => {
  it("still serves the API and says how to build the dashboard", async () => {
    const { request: bare } = testApp();
    expect((await bare("/api/v1/sources")).status).toBe(200);
    const page = await bare("/", html);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("npm run build");
    // No pages, so no sitemap of them.
    expect((await bare("/sitemap.xml")).status).toBe(404);
  });
});
