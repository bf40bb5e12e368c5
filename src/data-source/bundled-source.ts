/**
 * The default source: the JSON in mock-data/, shipped beside the app and validated on
 * first use, so a broken file names its record and field instead of drawing nonsense.
 * Filters and the response envelope come from the same `respond` the API server uses.
 */
import { respond, type ResourceQuery, type ResourceResponse } from "./api-contract";
import type { BundledRaw } from "./bundled-files";
import type { DataSource, ResourceMap } from "./data-source";
import { parseResource } from "./parse-resource";
import type { ResourceName } from "./schema";

/** `raw`: each resource's JSON (see bundled-files.ts), or the Error saying why it could not be loaded. */
export function createBundledSource(raw: BundledRaw): DataSource {
  const cache = new Map<ResourceName, unknown>();
  /** Parses and validates once; throws the validation error naming file, record and field. */
  const get = <R extends ResourceName>(resource: R): ResourceMap[R] => {
    if (!cache.has(resource)) {
      const file = raw[resource];
      if (file instanceof Error) throw file;
      cache.set(resource, parseResource(resource, file));
    }
    return cache.get(resource) as ResourceMap[R];
  };
  const answer = <R extends ResourceName>(resource: R, query: ResourceQuery): ResourceResponse<R> =>
    respond(resource, get(resource), query);
  return {
    kind: "bundled",
    origin: "mock-data/",
    peek(resource, query) {
      try {
        return answer(resource, query);
      } catch {
        return undefined; // `load` rethrows the validation error into the query, so the panel shows it
      }
    },
    load(resource, query) {
      try {
        return Promise.resolve(answer(resource, query));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}
