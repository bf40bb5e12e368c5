/**
 * The server render of one view (react-dom/server): the same tree the browser hydrates
 * (AppRoot), with the view's filters set first and each chart's captured drawing in its slot.
 * Used by the build's prerender (scripts/prerender.mjs, bundled data) and by the reference
 * server (server/prerendered-pages.ts, its own data, through the API's contract).
 */
import { dehydrate } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { AppRoot } from "../app/app-root";
import { DEFAULT_TIMEOUT_MS, fromBuild, type ResolvedConfig } from "../config/build-config";
import { createQueryClient } from "../config/create-source";
import { createBundledSource } from "../data-source/bundled-source";
import type { DataSource, ResourceMap } from "../data-source/data-source";
import type { PrerenderedView } from "../lib/prerender-view";
import { useFilterStore } from "../state/filter-store";
import { decode } from "../state/url-codec";

export interface RenderedView {
  /** The inner HTML of #root. */
  html: string;
  view: PrerenderedView;
}

function renderView({
  source,
  config,
  search,
  charts,
  now = new Date(),
}: {
  /** Must answer synchronously (`peek`): the render does not wait for data. */
  source: DataSource;
  config: ResolvedConfig;
  /** The view as the address writes it: "" or "?year=2023". */
  search: string;
  charts: ReadonlyMap<string, string>;
  now?: Date;
}): RenderedView {
  const { state, ignored } = decode(search, { min: 1991, max: now.getFullYear() });
  useFilterStore.getState().hydrate(state, ignored);
  const queryClient = createQueryClient();
  const html = renderToString(<AppRoot config={config} queryClient={queryClient} source={source} charts={charts} />);
  const view: PrerenderedView = {
    search,
    config: {
      dataSource: config.dataSource,
      apiBaseUrl: config.apiBaseUrl,
      setBy: config.setBy,
      problem: config.problem,
    },
  };
  // The bundled source answers synchronously in the browser too; an API's answers travel with the page.
  if (source.kind === "http") view.queries = dehydrate(queryClient);
  queryClient.clear();
  return { html, view };
}

/** The static build's default view and year pages: the bundled dataset, the build's configuration. */
export function renderBundledView(dataset: ResourceMap, search: string, charts: ReadonlyMap<string, string>) {
  const config = fromBuild(import.meta.env, "http://localhost/");
  return renderView({ source: createBundledSource(dataset), config, search, charts });
}

/**
 * The reference server's pages: its own data, answered as its API would answer (same `respond`),
 * under the configuration it serves (`/config.json`: the API at `apiBaseUrl`).
 */
export function renderApiView(
  dataset: ResourceMap,
  apiBaseUrl: string,
  search: string,
  charts: ReadonlyMap<string, string>,
) {
  const config: ResolvedConfig = {
    dataSource: "http",
    apiBaseUrl,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    setBy: "config.json",
    problem: null,
  };
  const source: DataSource = { ...createBundledSource(dataset), kind: "http", origin: apiBaseUrl };
  return renderView({ source, config, search, charts });
}
