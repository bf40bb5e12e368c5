/**
 * Serialized response bodies with their strong ETags, a gzip copy when it pays, and the complete
 * response headers, all built once. The dataset and static files are immutable for the life of
 * the process, so the hot path is a map lookup plus writing bytes: no per-request serializing,
 * hashing or header assembly.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { SECURITY_HEADERS } from "./security.ts";

type Headers = Readonly<Record<string, string>>;

export interface Variant {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Every header of the 200 answer, security headers included. */
  headers: Headers;
  /** Every header of the 304 answer. */
  notModified: Headers;
}

export interface CachedBody {
  identity: Variant;
  /** Present when gzip saves at least a tenth of the bytes. */
  gzip: Variant | null;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;
const MIN_GZIP_BYTES = 1024;

function tag(bytes: Uint8Array, suffix = "", prefix = ""): string {
  return `"${prefix}${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}${suffix}"`;
}

function variant(
  body: Uint8Array<ArrayBuffer>,
  etag: string,
  common: Headers,
  extra: Headers,
  security: Headers,
): Variant {
  const notModified = Object.freeze({ ...security, ...common, etag });
  const headers = Object.freeze({ ...notModified, ...extra, "content-length": String(body.byteLength) });
  return { body, etag, headers, notModified };
}

/**
 * `security`: the security headers (the embed pages have their own, see embedSecurityHeaders).
 * `tagPrefix`: leads the ETag (the dataset's version on API resources, so a new dataset never matches an old tag).
 */
export function cachedBody(
  content: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  cacheControl: string,
  security: Headers = SECURITY_HEADERS,
  tagPrefix = "",
) {
  const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  let zipped: Uint8Array<ArrayBuffer> | null = null;
  if (body.byteLength >= MIN_GZIP_BYTES && COMPRESSIBLE.test(contentType)) {
    const candidate = gzipSync(body, { level: 9 });
    if (candidate.byteLength < body.byteLength * 0.9) zipped = candidate;
  }
  const common: Headers = {
    "cache-control": cacheControl,
    ...(zipped !== null ? { vary: "Accept-Encoding" } : {}),
  };
  const entry: CachedBody = {
    identity: variant(body, tag(body, "", tagPrefix), common, { "content-type": contentType }, security),
    // A representation's strong ETag must differ from the identity one's.
    gzip:
      zipped === null
        ? null
        : variant(
            zipped,
            tag(body, "-gz", tagPrefix),
            common,
            { "content-type": contentType, "content-encoding": "gzip" },
            security,
          ),
  };
  return entry;
}

/** If-None-Match uses weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch === etag) return true;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  // Good enough for real clients; "gzip;q=0" (refusal) is rare but honoured.
  return acceptEncoding !== undefined && /\bgzip\b(?!;q=0(?:\.0*)?\b)/.test(acceptEncoding);
}

/** A small LRU map: bounded, because sector combinations alone make ~2,000 distinct queries per year. */
export class LruMap<K, V> {
  readonly #limit: number;
  readonly #map = new Map<K, V>();
  constructor(limit: number) {
    this.#limit = limit;
  }
  get(key: K): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined && this.#map.size > this.#limit / 2) {
      // Refresh recency only when eviction is in sight; below that, reads stay a plain lookup.
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#limit) {
      const oldest = this.#map.keys().next();
      if (oldest.done !== true) this.#map.delete(oldest.value);
    }
  }
  get size(): number {
    return this.#map.size;
  }
}
