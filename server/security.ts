/**
 * Headers every response carries, and CORS for an explicit allow-list of origins only.
 * The CSP is what the built SPA runs under: no inline scripts or styles, no third-party
 * hosts; data comes from this origin (config.json, /api/v1).
 */
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Frame-Options", "DENY"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

/** Set after the handler ran, so error, 304 and fallback responses get them too. CORS may have set CORP. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
  if (!headers.has("Cross-Origin-Resource-Policy")) headers.set("Cross-Origin-Resource-Policy", "same-origin");
};

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
