/**
 * Answers with a cached body: 304 when the client already holds it (If-None-Match), gzip when
 * the client accepts it. Responses built here carry every header already (security headers
 * included) and are registered as complete, so the middlewares never touch their headers (on
 * @hono/node-server, touching them costs a Headers object per request).
 */
import type { Context } from "hono";
import { acceptsGzip, etagMatches, type CachedBody } from "./cached-body.ts";
import { SECURITY_HEADERS } from "./security.ts";

export const CACHE_CONTROL = {
  /** API JSON: the data changes only with a redeploy; a minute of freshness, then a cheap 304. */
  api: "public, max-age=60, must-revalidate",
  /** Files whose names carry a content hash (Vite's /assets/*). */
  immutable: "public, max-age=31536000, immutable",
  /** index.html, config.json and other unhashed files: always revalidate (a 304 is cheap). */
  revalidate: "no-cache",
  /** Answers that must not be reused (errors, health). */
  none: "no-store",
} as const;

/** Responses with all their headers, and their body length (for the request log). */
const complete = new WeakMap<Response, number>();

export function isComplete(response: Response): boolean {
  return complete.has(response);
}

export function bodyLength(response: Response): number | undefined {
  return complete.get(response);
}

function finished(body: Uint8Array<ArrayBuffer> | string | null, status: number, headers: Record<string, string>) {
  const response = new Response(body, { status, headers });
  complete.set(response, body === null ? 0 : typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
  return response;
}

/** A request header, read from Node's parsed headers when available (no Headers object built). */
function requestHeader(c: Context, name: string): string | undefined {
  const env: unknown = c.env;
  if (typeof env === "object" && env !== null && "incoming" in env) {
    const value = (env as { incoming: { headers: Record<string, string | string[] | undefined> } }).incoming.headers[
      name
    ];
    return Array.isArray(value) ? value.join(", ") : value;
  }
  return c.req.header(name);
}

export function sendCached(c: Context, entry: CachedBody): Response {
  const variant = entry.gzip !== null && acceptsGzip(requestHeader(c, "accept-encoding")) ? entry.gzip : entry.identity;
  if (etagMatches(requestHeader(c, "if-none-match"), variant.etag)) return finished(null, 304, variant.notModified);
  return finished(variant.body, 200, variant.headers);
}

/** JSON error and info bodies: small, built per request, never cached. */
export function sendJson(value: unknown, status: number, extraHeaders: Record<string, string> = {}): Response {
  const body = JSON.stringify(value);
  return finished(body, status, {
    ...SECURITY_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    "cache-control": CACHE_CONTROL.none,
    ...extraHeaders,
  });
}

export function sendText(text: string, status: number, extraHeaders: Record<string, string> = {}): Response {
  return finished(text, status, {
    ...SECURITY_HEADERS,
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    "cache-control": CACHE_CONTROL.none,
    ...extraHeaders,
  });
}
