// @vitest-environment node
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BOOT_SCRIPT, LOAD_SCRIPT, PICK_SCRIPT } from "../src/lib/prerender-view.ts";
import { THEME_SCRIPT } from "../src/lib/theme.ts";
import { cachedBody } from "./cached-body.ts";
import { CONTENT_SECURITY_POLICY, embedSecurityHeaders } from "./security.ts";
import { testApp } from "./testing.ts";

const staticFiles = new Map([
  ["/index.html", cachedBody("<!doctype html><title>t</title>", "text/html; charset=utf-8", "no-cache")],
]);

describe("security headers", () => {
  const { request } = testApp({ staticFiles });
  it.each([
    ["/api/v1/trade", {}],
    ["/api/v1/trade?year=x", {}],
    ["/api/missing", {}],
    ["/", { accept: "text/html" }],
    ["/deep/link?year=2024", { accept: "text/html" }],
    ["/missing.js", {}],
  ])("are on %s", async (path, headers) => {
    const response = await request(path, { headers });
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
  });

  it("has a CSP that allows no inline script but the theme and boot scripts (by hash), no eval and no other origin", () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    const hash = (source: string) => `'sha256-${createHash("sha256").update(source).digest("base64")}'`;
    expect(directives.get("script-src")).toEqual([
      "'self'",
      hash(THEME_SCRIPT),
      hash(BOOT_SCRIPT),
      hash(PICK_SCRIPT),
      hash(LOAD_SCRIPT),
    ]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    // Only style attributes (the server-rendered markup's), never <style> or inline script.
    expect(directives.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    const others = [...directives].filter(([name]) => name !== "style-src-attr").flatMap(([, values]) => values);
    expect(others.join(" ")).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });
});

describe("embed pages", () => {
  const html = (text: string) => cachedBody(text, "text/html; charset=utf-8", "no-cache");
  const files = new Map([
    ["/index.html", html("<!doctype html><title>dashboard</title>")],
    ["/embed/trade/index.html", html("<!doctype html><title>trade embed</title>")],
    ["/ru/embed/trade/index.html", html("<!doctype html><title>trade embed ru</title>")],
  ]);
  const page = { headers: { accept: "text/html" } };
  const ancestors = (response: Response) =>
    /frame-ancestors ([^;]*)/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

  it.each(["/embed/trade", "/embed/trade/", "/embed/trade/?year=2024", "/embed/trade?year=2024"])(
    "%s may be framed by any origin by default, and keeps the rest of the policy",
    async (path) => {
      const response = await testApp({ staticFiles: files }).request(path, page);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("<title>trade embed</title>");
      expect(ancestors(response)).toBe("*");
      expect(response.headers.get("x-frame-options")).toBeNull();
      expect(response.headers.get("content-security-policy")).toBe(
        CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *"),
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    },
  );

  it("serves each language's embed page, and an unknown panel the language's page (which says so), framable", async () => {
    const { request } = testApp({ staticFiles: files });
    const ru = await request("/ru/embed/trade/", page);
    expect(await ru.text()).toContain("trade embed ru");
    const unknown = await request("/embed/nope/", page);
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain("<title>dashboard</title>");
    expect(ancestors(unknown)).toBe("*");
  });

  it("allows only this origin and EMBED_ORIGINS when they are listed", async () => {
    const { request } = testApp({
      staticFiles: files,
      embedOrigins: ["https://news.example", "http://localhost:8080"],
    });
    const response = await request("/embed/trade/", page);
    expect(ancestors(response)).toBe("'self' https://news.example http://localhost:8080");
    expect(embedSecurityHeaders(["https://news.example"])["content-security-policy"]).toContain(
      "frame-ancestors 'self' https://news.example;",
    );
  });

  it.each(["/", "/az/", "/embed", "/xembed/trade/", "/index.html", "/a/b/embed/trade/"])(
    "keeps %s unframable (frame-ancestors 'none', X-Frame-Options DENY)",
    async (path) => {
      const response = await testApp({ staticFiles: files }).request(path, page);
      expect(ancestors(response)).toBe("'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    },
  );

  it("answers a revalidation of an embed page with its own headers", async () => {
    const { request } = testApp({ staticFiles: files });
    const first = await request("/embed/trade/", page);
    const etag = first.headers.get("etag") ?? "";
    const again = await request("/embed/trade/", { headers: { accept: "text/html", "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(ancestors(again)).toBe("*");
    expect(again.headers.get("x-frame-options")).toBeNull();
  });
});

describe("CORS", () => {
  const preflight = (origin: string) => ({
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
  });

  it("is off by default: no Access-Control headers, even for a preflight", async () => {
    const { request } = testApp();
    const get = await request("/api/v1/trade", { headers: { origin: "https://example.org" } });
    expect(get.status).toBe(200);
    expect(get.headers.get("access-control-allow-origin")).toBeNull();
    const options = await request("/api/v1/trade", preflight("https://example.org"));
    expect(options.headers.get("access-control-allow-origin")).toBeNull();
    expect(options.headers.get("access-control-allow-methods")).toBeNull();
  });

  it("allows exactly the configured origins", async () => {
    const { request } = testApp({ corsOrigins: ["https://allowed.example", "http://localhost:5173"] });
    const allowed = await request("/api/v1/trade", { headers: { origin: "https://allowed.example" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
    expect(allowed.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(allowed.headers.get("vary")).toMatch(/Origin/);
    expect(allowed.headers.get("cross-origin-resource-policy")).toBe("cross-origin");

    for (const origin of ["https://evil.example", "https://allowed.example.evil.example", "http://allowed.example"]) {
      const denied = await request("/api/v1/trade", { headers: { origin } });
      expect(denied.status).toBe(200); // the browser, not the server, withholds the body
      expect(denied.headers.get("access-control-allow-origin"), origin).toBeNull();
      expect(denied.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    }
  });

  it("answers an allowed preflight with the methods and headers the app uses", async () => {
    const { request } = testApp({ corsOrigins: ["https://allowed.example"] });
    const response = await request("/api/v1/export-products?year=2024", preflight("https://allowed.example"));
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET,HEAD,OPTIONS");
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-none-match");
    const denied = await request("/api/v1/trade", preflight("https://evil.example"));
    expect(denied.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("never applies to the SPA's own files", async () => {
    const { request } = testApp({ corsOrigins: ["https://allowed.example"], staticFiles });
    const page = await request("/", { headers: { origin: "https://allowed.example", accept: "text/html" } });
    expect(page.headers.get("access-control-allow-origin")).toBeNull();
  });
});
