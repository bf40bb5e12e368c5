/**
 * Answers a GET/HEAD with a cached body: 304 when the client already holds it (If-None-Match),
 * gzip when the client accepts it, and the validators (ETag, Cache-Control) either way.
 */
import type { Context } from "hono";
import { acceptsGzip, etagMatches, type CachedBody } from "./cached-body.ts";

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

export function sendCached(c: Context, entry: CachedBody, cacheControl: string): Response {
  const gzip = entry.gzip !== null && acceptsGzip(c.req.header("accept-encoding")) ? entry.gzip : null;
  const etag = gzip?.etag ?? entry.etag;
  const headers: Record<string, string> = { etag, "cache-control": cacheControl };
  if (entry.gzip !== null) headers.vary = "Accept-Encoding";
  if (etagMatches(c.req.header("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const body = gzip?.body ?? entry.body;
  headers["content-type"] = entry.contentType;
  headers["content-length"] = String(body.byteLength);
  if (gzip !== null) headers["content-encoding"] = "gzip";
  return new Response(body, { status: 200, headers });
}

/** JSON error and info bodies: small, built per request, never cached. */
export function sendJson(value: unknown, status: number, extraHeaders: Record<string, string> = {}): Response {
  const body = JSON.stringify(value);
  return new Response(body, {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(body)),
      "cache-control": CACHE_CONTROL.none,
      ...extraHeaders,
    },
  });
}
