/**
 * The API's last good answers, kept in the browser (Cache Storage), so a page opened while the
 * browser is offline still shows the data it last had, and says how old it is ("Offline: data
 * as of …", src/app/offline-notice.tsx). Only used when the browser reports itself offline: an
 * API that is down while the reader is online is an error, as before. Without Cache Storage
 * (an insecure origin, an old browser) nothing is kept and nothing changes.
 */
const CACHE_NAME = "api-answers-v1";
const KEPT_AT = "x-kept-at";

/** URL → when its answer on screen was kept (only answers served from the kept copies). */
const onScreen = new Map<string, number>();
const listeners = new Set<() => void>();
let oldest: number | null = null;

function changed(): void {
  oldest = onScreen.size === 0 ? null : Math.min(...onScreen.values());
  listeners.forEach((listener) => listener());
}

const storage = (): CacheStorage | null => (typeof caches === "undefined" ? null : caches);

/** The browser says it has no network (a failed request alone does not mean that). */
export function browserOffline(): boolean {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/** Keeps a validated answer (its JSON text) for `url`; the answer on screen for it is fresh again. */
export async function keepAnswer(url: string, text: string, now = Date.now()): Promise<void> {
  if (onScreen.delete(url)) changed();
  const cacheStorage = storage();
  if (cacheStorage === null) return;
  try {
    const cache = await cacheStorage.open(CACHE_NAME);
    const headers = { "content-type": "application/json", [KEPT_AT]: String(now) };
    await cache.put(url, new Response(text, { headers }));
  } catch {
    // Storage full or refused: the answer is simply not kept.
  }
}

/** The kept answer for `url` (parsed JSON), or undefined; a returned answer counts as on screen. */
export async function keptAnswer(url: string): Promise<unknown> {
  const cacheStorage = storage();
  if (cacheStorage === null) return undefined;
  try {
    const response = await (await cacheStorage.open(CACHE_NAME)).match(url);
    if (response === undefined) return undefined;
    const keptAt = Number(response.headers.get(KEPT_AT));
    const body = (await response.json()) as unknown;
    onScreen.set(url, Number.isFinite(keptAt) ? keptAt : 0);
    changed();
    return body;
  } catch {
    return undefined;
  }
}

export function subscribeKeptAnswers(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** When the oldest kept answer on screen was received (ms since the epoch), or null when all are fresh. */
export function keptAnswersTime(): number | null {
  return oldest;
}
