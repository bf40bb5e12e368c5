/**
 * The dashboard's pages as the reference server serves them: the default view and every year
 * with data (all sectors), server-rendered from this server's own data as its API answers it
 * (src/prerender/render-view.tsx), so the page hydrates with no request of its own. Each page is
 * rendered on first request and kept. The charts' drawings come from the build
 * (dist/.prerender/charts.json) when this server's data is the data they were drawn from;
 * otherwise the page holds the text and the client draws the charts.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { API_PREFIX } from "../src/data-source/api-contract.ts";
import type { ResourceMap } from "../src/data-source/data-source.ts";
import { pickableYears } from "../src/data-source/pickable-years.ts";
import { pageWithView } from "../src/lib/prerender-view.ts";
import { renderApiView } from "../src/prerender/render-view.tsx";
import { datasetHash } from "../scripts/dataset-hash.ts";
import { LruMap, cachedBody, type CachedBody } from "./cached-body.ts";
import { CACHE_CONTROL } from "./send-cached.ts";

export interface PageRenderer {
  /** The client-rendered page, for every address that is not a prerendered view. */
  shell: CachedBody;
  /** The prerendered page for `search` ("" or "?year=2023") at `origin`, or null when there is none. */
  page: (search: string, origin: string) => CachedBody | null;
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
  warn: (line: string) => void = () => {},
): PageRenderer | null {
  const hidden = path.join(staticDir, ".prerender");
  const shellFile = path.join(hidden, "shell.html");
  if (!existsSync(shellFile)) return null;
  const shellHtml = readFileSync(shellFile, "utf8");
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
  const rendered = new LruMap<string, CachedBody>(MAX_ORIGINS * views.size);
  const origins = new Set<string>();
  const html = (text: string) => cachedBody(text, "text/html; charset=utf-8", CACHE_CONTROL.revalidate);
  return {
    shell: html(shellHtml),
    page(search, origin) {
      if (!views.has(search)) return null;
      if (!origins.has(origin)) {
        if (origins.size >= MAX_ORIGINS) return null;
        origins.add(origin);
      }
      const key = `${origin}${search}`;
      let body = rendered.get(key);
      if (body === undefined) {
        const view = renderApiView(
          dataset,
          `${origin}${API_PREFIX}`,
          search,
          new Map(Object.entries(drawings[search] ?? {})),
        );
        body = html(pageWithView(shellHtml, view));
        rendered.set(key, body);
      }
      return body;
    },
  };
}
