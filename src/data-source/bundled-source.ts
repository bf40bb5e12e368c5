/**
 * The default source: the JSON in mock-data/, bundled into the app and validated on
 * first use, so a broken file names its record and field instead of drawing nonsense.
 * Filters and the response envelope come from the same `respond` the API server uses.
 */
import companies from "../../mock-data/companies.json";
import exportProducts from "../../mock-data/export-products.json";
import investment from "../../mock-data/investment.json";
import milestones from "../../mock-data/milestones.json";
import sources from "../../mock-data/sources.json";
import trade from "../../mock-data/trade.json";
import { respond, type ResourceQuery, type ResourceResponse } from "./api-contract";
import type { DataSource, ResourceMap } from "./data-source";
import { parseResource } from "./parse-resource";
import type { ResourceName } from "./schema";

const RAW: Record<ResourceName, unknown> = {
  sources,
  trade,
  exportProducts,
  investment,
  companies,
  milestones,
};

export function createBundledSource(raw: Record<ResourceName, unknown> = RAW): DataSource {
  const cache = new Map<ResourceName, unknown>();
  /** Parses and validates once; throws the validation error naming file, record and field. */
  const get = <R extends ResourceName>(resource: R): ResourceMap[R] => {
    if (!cache.has(resource)) cache.set(resource, parseResource(resource, raw[resource]));
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
