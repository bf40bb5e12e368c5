/**
 * /api: the versioned resources, an index, the OpenAPI document and a health check, with JSON
 * errors for everything else (400 bad parameter, 404 unknown path, 405 wrong method).
 */
import { LABEL_LANGUAGES } from "../src/data-source/labels.ts";
import type { LabelFiles } from "../src/prerender/render-view.tsx";
import { Hono, type Context } from "hono";
import type { ResourceMap } from "../src/data-source/data-source.ts";
import {
  API_PREFIX,
  HEALTH_PATH,
  OPENAPI_PATH,
  RESOURCE_FILTERS,
  RESOURCE_NAMES,
  RESOURCE_PATHS,
  encodeQuery,
  parseQuery,
  respond,
  type ErrorBody,
} from "../src/data-source/api-contract.ts";
import type { ResourceName } from "../src/data-source/schema.ts";
import { LruMap, cachedBody, type CachedBody } from "./cached-body.ts";
import type { TestFaults } from "./config.ts";
import { openApiDocument } from "./openapi.ts";
import { CACHE_CONTROL, sendCached, sendJson, sendText } from "./send-cached.ts";
import { malformResponse } from "./test-faults.ts";
import { versionOfDataset } from "../scripts/dataset-version.ts";

const JSON_TYPE = "application/json; charset=utf-8";
const ALLOW = "GET, HEAD, OPTIONS";

export function errorResponse(status: number, error: ErrorBody["error"], headers: Record<string, string> = {}) {
  const body: ErrorBody = { error };
  return sendJson(body, status, headers);
}

function apiIndex() {
  return {
    name: "Azerbaijan–U.S. economic relations API",
    version: "v1",
    openapi: OPENAPI_PATH,
    health: HEALTH_PATH,
    endpoints: RESOURCE_NAMES.map((resource) => ({
      resource,
      path: `${API_PREFIX}/${RESOURCE_PATHS[resource]}`,
      parameters: [...RESOURCE_FILTERS[resource]],
    })),
  };
}

/** Bodies per resource + canonical query, and per raw query string so repeat requests skip parsing. */
function resourceHandler(resource: ResourceName, build: (query: string, r: ResourceName) => CachedBody) {
  const byCanonical = new LruMap<string, CachedBody>(2_000);
  const byRaw = new LruMap<string, CachedBody>(2_000);
  return (c: Context) => {
    const url = c.req.url;
    const mark = url.indexOf("?");
    const raw = mark === -1 ? "" : url.slice(mark + 1);
    let entry = byRaw.get(raw);
    if (entry === undefined) {
      const parsed = parseQuery(resource, [...new URLSearchParams(raw)]);
      if (!parsed.ok) return errorResponse(400, { code: "bad_parameter", ...parsed.error });
      const canonical = encodeQuery(resource, parsed.query);
      entry = byCanonical.get(canonical);
      if (entry === undefined) {
        entry = build(canonical, resource);
        byCanonical.set(canonical, entry);
      }
      byRaw.set(raw, entry);
    }
    return sendCached(c, entry);
  };
}

export function apiRoutes(dataset: ResourceMap, faults: TestFaults | null, labels: LabelFiles = {}): Hono {
  // The dataset's version, computed from the data served: in every meta and leading every ETag.
  const { version, lastUpdated } = versionOfDataset(dataset);
  const build = <R extends ResourceName>(canonicalQuery: string, resource: R): CachedBody => {
    const parsed = parseQuery(resource, [...new URLSearchParams(canonicalQuery.slice(1))]);
    if (!parsed.ok) throw new Error(`canonical query ${canonicalQuery} does not parse`);
    const response = respond(resource, dataset[resource], parsed.query, { version, lastUpdated });
    const sent = faults?.malformed === resource ? malformResponse(response) : response;
    return cachedBody(JSON.stringify(sent), JSON_TYPE, CACHE_CONTROL.api, undefined, `${version}-`);
  };
  const known = new Set<string>([API_PREFIX, OPENAPI_PATH, HEALTH_PATH]);
  const api = new Hono();

  const index = cachedBody(JSON.stringify(apiIndex()), JSON_TYPE, CACHE_CONTROL.api);
  api.get(API_PREFIX, (c) => sendCached(c, index));
  const openApi = cachedBody(JSON.stringify(openApiDocument()), JSON_TYPE, CACHE_CONTROL.revalidate);
  api.get(OPENAPI_PATH, (c) => sendCached(c, openApi));
  let counts: Record<string, number> | undefined;
  api.get(HEALTH_PATH, () => {
    counts ??= Object.fromEntries(RESOURCE_NAMES.map((r) => [r, respond(r, dataset[r], {}).meta.count]));
    return sendJson({ status: "ok", records: counts }, 200);
  });

  for (const resource of RESOURCE_NAMES) {
    const path = `${API_PREFIX}/${RESOURCE_PATHS[resource]}`;
    known.add(path);
    api.get(path, resourceHandler(resource, build));
  }

  // The dataset's labels in each other language (src/data-source/labels.ts), as the files have them.
  for (const language of LABEL_LANGUAGES) {
    const path = `${API_PREFIX}/labels/${language}`;
    known.add(path);
    const file = labels[language];
    const body = file ? cachedBody(JSON.stringify(file), JSON_TYPE, CACHE_CONTROL.api) : null;
    api.get(path, (c) =>
      body
        ? sendCached(c, body)
        : errorResponse(404, { code: "not_found", message: `this dataset has no ${language} labels` }),
    );
  }

  const fallback = (c: Context) => {
    if (!known.has(c.req.path))
      return errorResponse(404, { code: "not_found", message: `no API endpoint at ${c.req.path} (see ${API_PREFIX})` });
    if (c.req.method === "OPTIONS") return sendText("", 204, { allow: ALLOW });
    return errorResponse(
      405,
      { code: "method_not_allowed", message: `${c.req.method} is not allowed on ${c.req.path}; use GET or HEAD` },
      { allow: ALLOW },
    );
  };
  api.all("/api", fallback);
  api.all("/api/*", fallback);
  return api;
}
