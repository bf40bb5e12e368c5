/**
 * The dashboard's pages as the reference server serves them: the default view and every year
 * with data (all sectors), server-rendered from this server's own data as its API answers it
 * (src/prerender/render-view.tsx), so the page hydrates with no request of its own. Each page is
 * rendered on first request and kept. The charts' drawings come from the build
 * (dist/.prerender/charts.json) when this server's data is the data they were drawn from;
 * otherwise the page holds the text and the client draws the charts.
 */
import { registerAllCatalogs } from "../src/lib/messages/all-catalogs.ts";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { API_PREFIX } from "../src/data-source/api-contract.ts";
import type { ResourceMap } from "../src/data-source/data-source.ts";
import { pickableYears } from "../src/data-source/pickable-years.ts";
import { pageWithView, withoutDataPin } from "../src/lib/prerender-view.ts";
import { absoluteSocialUrls } from "../src/lib/social-meta.ts";
import { renderApiView, type LabelFiles } from "../src/prerender/render-view.tsx";
import { LANGUAGES, type Language } from "../src/lib/messages/index.ts";
import { languagePath } from "../src/lib/language-path.ts";

registerAllCatalogs();
import { datasetHash } from "../scripts/dataset-hash.ts";
import { versionOfDataset } from "../scripts/dataset-version.ts";
import { LruMap, cachedBody, type CachedBody } from "./cached-body.ts";
import { CACHE_CONTROL } from "./send-cached.ts";

export interface PageRenderer {
  /** The client-rendered page of a language, for every address that is not a prerendered view. */
  shell: (language: Language) => CachedBody;
  /** The prerendered page for `search` ("" or "?year=2023") in `language` at `origin`, or null when there is none. */
  page: (language: Language, search: string, origin: string) => CachedBody | null;
}

interface ChartsFile {
  dataset: string;
  views: Record<string, Record<string, string>>;
}

/** The build's drawings; null (with a warning) when missing or unreadable: they are optional. */
function readCharts(file: string, warn: (line: string) => void): ChartsFile | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<ChartsFile>;
    if (typeof parsed.dataset === "string" && typeof parsed.views === "object" && parsed.views !== null)
      return { dataset: parsed.dataset, views: parsed.views };
  } catch {
    // reported below
  }
  warn(`${file} is not a prerender charts file: pages are served without their charts' drawings`);
  return null;
}

/** Distinct origins (Host headers) pages are rendered for; others get the shell (see below). */
const MAX_ORIGINS = 8;

/**
 * Null when the build kept no shell (dist/ built without the prerender step, or no dist/):
 * then index.html is served as it is.
 */
export function prerenderedPages(
  staticDir: string,
  dataDir: string,
  dataset: ResourceMap,
  labels: LabelFiles = {},
  warn: (line: string) => void = () => {},
): PageRenderer | null {
  const { version, lastUpdated } = versionOfDataset(dataset);
  const served = { version, lastUpdated };
  const hidden = path.join(staticDir, ".prerender");
  const shellFile = (language: Language) => path.join(hidden, `shell-${language}.html`);
  if (!LANGUAGES.every((language) => existsSync(shellFile(language)))) return null;
  const shellHtml = Object.fromEntries(
    LANGUAGES.map((language) => [language, readFileSync(shellFile(language), "utf8")]),
  ) as Record<Language, string>;
  const charts = readCharts(path.join(hidden, "charts.json"), warn);
  const drawings = charts !== null && charts.dataset === datasetHash(dataDir) ? charts.views : {};
  const views = new Set([
    "",
    ...pickableYears(dataset.trade.records, dataset.investment.records).map((y) => `?year=${y}`),
  ]);
  // Keyed by origin too: the page names its API's address, which the client compares with the
  // one it resolves (a different one makes it render afresh). The origin comes from the request
  // (and a proxy's X-Forwarded-* headers), i.e. from the client: only the first MAX_ORIGINS
  // distinct ones get pages, so made-up Host headers cannot make the server render without end.
  const rendered = new LruMap<string, CachedBody>(MAX_ORIGINS * views.size * LANGUAGES.length);
  const origins = new Set<string>();
  const html = (text: string) => cachedBody(text, "text/html; charset=utf-8", CACHE_CONTROL.revalidate);
  const shells = Object.fromEntries(LANGUAGES.map((l) => [l, html(shellHtml[l])])) as Record<Language, CachedBody>;
  return {
    shell: (language) => shells[language],
    page(language, pinned, origin) {
      // A link's data version pin changes no figure: it gets the view's page (its notice comes after hydration).
      const search = withoutDataPin(pinned);
      if (!views.has(search)) return null;
      if (!origins.has(origin)) {
        if (origins.size >= MAX_ORIGINS) return null;
        origins.add(origin);
      }
      // The build's drawings are keyed by the page's path and query ("/az/?year=2023").
      const address = `${languagePath(language)}${search}`;
      const key = `${origin}${address}`;
      let body = rendered.get(key);
      if (body === undefined) {
        const view = renderApiView(
          dataset,
          labels,
          language,
          `${origin}${API_PREFIX}`,
          search,
          new Map(Object.entries(drawings[address] ?? {})),
          served,
        );
        // The build wrote its link previews' addresses root-relative unless it knew its origin (SITE_ORIGIN).
        body = html(absoluteSocialUrls(pageWithView(shellHtml[language], view), origin));
        rendered.set(key, body);
      }
      return body;
    },
  };
}
