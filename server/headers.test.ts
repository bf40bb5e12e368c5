// @vitest-environment node
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BOOT_SCRIPT, LOAD_SCRIPT, PICK_SCRIPT } from "../src/lib/prerender-view.ts";
import { THEME_SCRIPT } from "../src/lib/theme.ts";
import { cachedBody } from "./cached-body.ts";
import { CONTENT_SECURITY_POLICY } from "./security.ts";
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
