/**
 * The service worker (built by vite-plugin-pwa into dist/sw.js, scripts/pwa-plugin.ts; its precache list is written
 * after the prerender by scripts/service-worker.mjs, so it names the final files). It keeps the
 * whole app (every language's page, the code, the bundled dataset, the icons) so the dashboard
 * opens offline after one visit:
 * - pages are fetched from the network first (a server may render each view), and offline
 *   answered by the precached page of the address's language (/az/… → az/index.html; any page
 *   the build wrote, such as embed/<panel>/index.html, answers its own folder);
 * - config.json likewise: the network's when it answers, the last one it gave offline;
 * - everything else in the precache is served from it; anything else (an API) goes to the network.
 * A new version waits until the page asks it to take over (the "New version available" notice).
 */
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";

/** The parts of ServiceWorkerGlobalScope used here (the project's TypeScript has the DOM types only). */
interface WorkerScope {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(
    type: "install",
    listener: (event: Event & { waitUntil(promise: Promise<unknown>): void }) => void,
  ): void;
}
const worker = self as unknown as WorkerScope;

/** How long a page or config.json may take from the network before the kept copy answers. */
const NETWORK_TIMEOUT_MS = 5000;

// Written out in full: scripts/service-worker.mjs finds "self.__WB_MANIFEST" in the built code.
const manifest = (self as unknown as WorkerScope).__WB_MANIFEST;
const scope = new URL(worker.registration.scope);

/** The precached pages ("index.html", "az/index.html", "embed/trade/index.html"), longest folder first. */
const pages = manifest
  .map((entry) => (typeof entry === "string" ? entry : entry.url))
  .filter((url) => url === "index.html" || url.endsWith("/index.html"))
  .sort((a, b) => b.length - a.length);

/** The precached page that answers an address offline: its folder's page, else the app's root page. */
function offlinePage(url: URL): string {
  const inside = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : "";
  return pages.find((page) => inside.startsWith(page.slice(0, -"index.html".length))) ?? "index.html";
}

/** The network's answer, unless it fails or is slower than the timeout: then `kept`'s, if it has one. */
async function networkFirst(request: Request, kept: () => Promise<Response | undefined>): Promise<Response> {
  const network = fetch(request);
  network.catch(() => undefined); // a late failure after the timeout is no one's to handle
  const timedOut = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), NETWORK_TIMEOUT_MS));
  try {
    const answer = await Promise.race([network, timedOut]);
    if (answer !== "timeout") return answer;
  } catch {
    // Offline, or the server cannot be reached: the kept copy answers below.
  }
  const copy = await kept();
  return copy ?? network;
}

// config.json is the deployment's, not the build's (a site may change it, or a server make it):
// the copy kept is the last one the network gave, from the install on (never the build's file).
const configUrl = new URL("config.json", scope).href;
const CONFIG_CACHE = "deployment-config";
async function keptConfig(response: Response): Promise<Response> {
  if (response.ok) await (await caches.open(CONFIG_CACHE)).put(configUrl, response.clone());
  return response;
}
worker.addEventListener("install", (event) => {
  event.waitUntil(
    fetch(configUrl, { cache: "no-cache" })
      .then(keptConfig)
      .catch(() => undefined),
  );
});
registerRoute(
  ({ url }) => url.href === configUrl,
  async ({ request }) => {
    const answer = await networkFirst(request, async () => (await caches.open(CONFIG_CACHE)).match(configUrl));
    return answer.ok && answer.type !== "opaque" ? keptConfig(answer) : answer;
  },
);

// Before the precache's route, so a page (even "/", which the precache holds) asks the network first.
registerRoute(
  new NavigationRoute(({ request, url }) => networkFirst(request, () => matchPrecache(offlinePage(url))), {
    // The API's own addresses are never answered with a page.
    denylist: [new RegExp(`^${scope.pathname}api/`)],
  }),
);
precacheAndRoute(manifest);
cleanupOutdatedCaches();

worker.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === "SKIP_WAITING") void worker.skipWaiting();
});
// The first version takes the page it was installed from at once (nothing older is running);
// a later one takes over only when the reader chooses to reload.
clientsClaim();
