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
import type { DataVersion } from "../data-source/data-version";
import type { PrerenderedView } from "../lib/prerender-view";
import { useFilterStore } from "../state/filter-store";
import { decode } from "../state/url-codec";
import { languagePath } from "../lib/language-path";
import { activateLanguage, type Language } from "../lib/messages";
import type { LabelLanguage, LabelsFile } from "../data-source/labels";

/** Every language's labels the render may need (the build's and the server's, read from the dataset directory). */
export type LabelFiles = Partial<Record<LabelLanguage, LabelsFile>>;

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
  language,
  base = "/",
  now = new Date(),
}: {
  /** The page's language; its messages must be registered (registerMessages) first. */
  language: Language;
  /** The app's base path (Vite's `base`). */
  base?: string;
  /** Must answer synchronously (`peek`): the render does not wait for data. */
  source: DataSource;
  config: ResolvedConfig;
  /** The view as the address writes it: "" or "?year=2023". */
  search: string;
  charts: ReadonlyMap<string, string>;
  now?: Date;
}): RenderedView {
  const { state, ignored } = decode(search, { min: 1991, max: now.getFullYear() });
  activateLanguage(language);
  useFilterStore.getState().hydrate(state, ignored, language);
  const queryClient = createQueryClient();
  const html = renderToString(<AppRoot config={config} queryClient={queryClient} source={source} charts={charts} />);
  const view: PrerenderedView = {
    search,
    language,
    path: languagePath(language, base),
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
export function renderBundledView(
  dataset: ResourceMap,
  labels: LabelFiles,
  language: Language,
  search: string,
  charts: ReadonlyMap<string, string>,
) {
  const config = fromBuild(import.meta.env, "http://localhost/");
  const source = createBundledSource(dataset, undefined, undefined, labels);
  return renderView({ source, config, search, charts, language, base: import.meta.env.BASE_URL });
}

/**
 * The reference server's pages: its own data, answered as its API would answer (same `respond`),
 * under the configuration it serves (`/config.json`: the API at `apiBaseUrl`).
 */
export function renderApiView(
  dataset: ResourceMap,
  labels: LabelFiles,
  language: Language,
  apiBaseUrl: string,
  search: string,
  charts: ReadonlyMap<string, string>,
  /** The dataset's version as the server's API states it. */
  version: DataVersion | null = null,
) {
  const config: ResolvedConfig = {
    dataSource: "http",
    apiBaseUrl,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    setBy: "config.json",
    problem: null,
  };
  const source: DataSource = {
    ...createBundledSource(dataset, undefined, undefined, labels, version),
    kind: "http",
    origin: apiBaseUrl,
  };
  return renderView({ source, config, search, charts, language });
}
