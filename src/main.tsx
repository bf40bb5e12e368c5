import { hydrate, type DehydratedState } from "@tanstack/react-query";
import { createRoot, hydrateRoot } from "react-dom/client";
import { AppRoot } from "./app/app-root";
import { collectIslands, dropIslands } from "./components/chart-islands";
import { hydrateInTurns } from "./components/hydrate-when-idle";
import { preloadCharts } from "./components/lazy-chart";
import { createDataSource, createQueryClient } from "./config/create-source";
import { loadRuntimeConfig } from "./config/runtime-config";
import { fetchBundledDataset } from "./data-source/bundled-files";
import { embedPath } from "./lib/embed-path";
import { parseView, sameConfig, VIEW_ELEMENT_ID } from "./lib/prerender-view";
import { pinServerSnapshot, useFilterStore } from "./state/filter-store";
import { addressEmbed, addressLanguage, BASE_PATH, hydrateFromUrl } from "./state/url-sync";
import { isLabelLanguage } from "./data-source/labels";
import { DEFAULT_LANGUAGE, hasMessages, loadMessages } from "./lib/messages";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// A prerendered page holds one view; the inline boot script has marked whether the address asks
// for it ("view") or for another ("shell": the prerendered view stays hidden). See prerender-view.ts.
const html = document.documentElement;
// A panel's chart-only view (/embed/<key>) is always drawn here: no page prerenders it.
const embed = addressEmbed();
const view =
  embed === null && html.getAttribute("data-prerender") === "view"
    ? parseView(document.getElementById(VIEW_ELEMENT_ID)?.textContent)
    : null;

// Deployment configuration (build env, then config.json next to index.html) picks the data
// source. The bundled files are fetched meanwhile, not after: index.html preloads them and
// config.json with the script, so neither costs a round trip of its own before the first render.
const bundled = fetchBundledDataset();
// Only the address's language is fetched (its messages; the dataset's labels below), in parallel.
const language = addressLanguage();
const messages = loadMessages(language).catch(async () => {
  // Not even this language's messages could be fetched: try English before giving up.
  await loadMessages(DEFAULT_LANGUAGE);
});
// config.json is the app's, beside its root index.html: the same file for every language's path.
const config = await loadRuntimeConfig(import.meta.env, new URL(BASE_PATH, window.location.href).href);
const source = await createDataSource(config, () => bundled);
const labels = isLabelLanguage(language) ? source.loadLabels?.(language).catch(() => undefined) : undefined;
await Promise.all([messages, labels]);
// Read the link before the first render, so a deep link is drawn as linked from the first frame.
if (hasMessages(language)) hydrateFromUrl();
else {
  const page = embed === null ? BASE_PATH : embedPath(DEFAULT_LANGUAGE, embed, BASE_PATH);
  window.history.replaceState(window.history.state, "", `${page}${window.location.search}${window.location.hash}`);
  hydrateFromUrl();
}
const queryClient = createQueryClient();
const app = <AppRoot config={config} queryClient={queryClient} source={source} embed={embed} />;

if (view !== null && sameConfig(view.config, config) && view.language === useFilterStore.getState().language) {
  // The page is this view, from this data source: hydrate it. An API's answers came with it.
  if (view.queries !== undefined) {
    // The server keeps its pages: their answers are as fresh as the server's data, not as old
    // as the page (else every load after five minutes would refetch everything at once).
    const state = view.queries as DehydratedState;
    for (const query of state.queries) query.state.dataUpdatedAt = Date.now();
    hydrate(queryClient, state);
  }
  collectIslands(root);
  pinServerSnapshot();
  hydrateInTurns();
  hydrateRoot(root, app);
  // The prerendered drawings show the prerendered view only: any change of it retires them.
  useFilterStore.subscribe((state, previous) => {
    if (state.year !== previous.year || state.sectors.join() !== previous.sectors.join()) dropIslands();
  });
} else {
  // No prerendered page, another view, or a deployment that reads other data: draw it here.
  root.replaceChildren();
  html.removeAttribute("data-prerender");
  html.lang = useFilterStore.getState().language;
  createRoot(root).render(app);
}

// Once the reader first moves, scrolls or types, fetch the live charts' code when the browser is
// next idle (charts load on first use otherwise), so a connection that drops later does not
// leave the charts behind. Not before: a reader who only looks pays nothing for it.
// <html data-charts="loaded"> says it is done.
const FIRST_INPUT = ["pointermove", "pointerdown", "keydown", "scroll", "touchstart"] as const;
const whenIdle = (run: () => void) => {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 1000); // Safari before 18 has no requestIdleCallback
};
const preload = () => {
  for (const type of FIRST_INPUT) window.removeEventListener(type, preload, true);
  whenIdle(() => void preloadCharts().then(() => html.setAttribute("data-charts", "loaded")));
};
for (const type of FIRST_INPUT) window.addEventListener(type, preload, { capture: true, passive: true });

// The offline copy (service worker, src/sw/sw.ts) and its new-version notice: registered once the
// page is drawn and the browser is idle, so it never delays the first paint.
if (import.meta.env.PROD)
  whenIdle(
    () => void import("./app/service-worker").then(({ registerServiceWorker }) => registerServiceWorker(BASE_PATH)),
  );
