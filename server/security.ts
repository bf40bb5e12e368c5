/**
 * Headers every response carries, and CORS for an explicit allow-list of origins only.
 * The CSP is what the built SPA runs under: no inline scripts but the theme script (every page)
 * and the prerendered page's three boot scripts (allowed by hash), no style sheets but our own, no third-party hosts; data comes
 * from this origin (config.json, /api/v1). Inline style *attributes* are allowed: the
 * server-rendered markup and its captured chart SVG carry sizes and colours in `style=""`
 * (what React sets at run time through the CSSOM, which CSP does not restrict); an attribute
 * cannot run script.
 */
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { BOOT_SCRIPT, LOAD_SCRIPT, PICK_SCRIPT } from "../src/lib/prerender-view.ts";
import { THEME_SCRIPT } from "../src/lib/theme.ts";
import { cors } from "hono/cors";

const scriptHash = (source: string) => `'sha256-${createHash("sha256").update(source).digest("base64")}'`;

const policy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(THEME_SCRIPT)} ${scriptHash(BOOT_SCRIPT)} ${scriptHash(PICK_SCRIPT)} ${scriptHash(LOAD_SCRIPT)}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors ${frameAncestors}`,
    "form-action 'self'",
  ].join("; ");

export const CONTENT_SECURITY_POLICY = policy("'none'");

/** Lower-case names: they go straight into Node's writeHead. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
});

/**
 * The headers of an embed page (/embed/<panel>, made to be framed): the same policy, but
 * frame-ancestors allows `origins` (and this origin), or any origin when null (the default,
 * EMBED_ORIGINS unset or "*"). No X-Frame-Options: it cannot list origins, and where a browser
 * honours both, CSP's frame-ancestors wins anyway. CORP cross-origin, so a host page that
 * requires it (Cross-Origin-Embedder-Policy) can still frame the embed.
 */
export function embedSecurityHeaders(origins: readonly string[] | null): Readonly<Record<string, string>> {
  const headers: Record<string, string> = { ...SECURITY_HEADERS };
  delete headers["x-frame-options"];
  headers["content-security-policy"] = policy(origins === null ? "*" : ["'self'", ...origins].join(" "));
  headers["cross-origin-resource-policy"] = "cross-origin";
  return Object.freeze(headers);
}

/**
 * For responses not built by send-cached.ts (CORS preflights, anything Hono makes itself):
 * sets the headers after the handler ran. CORS may already have set CORP to cross-origin.
 */
export function securityHeaders(isComplete: (response: Response) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isComplete(c.res)) return;
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (name !== "cross-origin-resource-policy" || !headers.has(name)) headers.set(name, value);
    }
  };
}

/**
 * CORS for the API, or null when no origins are allowed (the default: same-origin only).
 * An allowed origin also gets Cross-Origin-Resource-Policy: cross-origin, or browsers that
 * enforce CORP would still block the response.
 */
export function corsMiddleware(origins: readonly string[]): MiddlewareHandler | null {
  if (origins.length === 0) return null;
  const allowed = new Set(origins);
  const handler = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "HEAD", "OPTIONS"],
    allowHeaders: ["If-None-Match", "Content-Type"],
    exposeHeaders: ["ETag", "Content-Length"],
    maxAge: 600,
  });
  return async (c, next) => {
    const preflight = await handler(c, next);
    if (preflight) c.res = preflight;
    const origin = c.req.header("origin");
    if (origin !== undefined && allowed.has(origin)) c.res.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
  };
}
