/**
 * The default source: the JSON in mock-data/, bundled into the app and validated on
 * first use, so a broken file names its record and field instead of drawing nonsense.
 */
import companies from "../../mock-data/companies.json";
import exportProducts from "../../mock-data/export-products.json";
import investment from "../../mock-data/investment.json";
import sources from "../../mock-data/sources.json";
import trade from "../../mock-data/trade.json";
import type { DataSource, ResourceMap } from "./data-source";
import { parseResource } from "./parse-resource";
import type { ResourceName } from "./schema";

const RAW: Record<ResourceName, unknown> = {
  sources,
  trade,
  exportProducts,
  investment,
  companies,
};

export function createBundledSource(raw: Record<ResourceName, unknown> = RAW): DataSource {
  const cache = new Map<ResourceName, unknown>();
  /** Parses and validates once; throws the validation error naming file, record and field. */
  const get = <R extends ResourceName>(resource: R): ResourceMap[R] => {
    if (!cache.has(resource)) cache.set(resource, parseResource(resource, raw[resource]));
    return cache.get(resource) as ResourceMap[R];
  };
  return {
    kind: "bundled",
    peek(resource) {
      try {
        return get(resource);
      } catch {
        return undefined; // `load` rethrows the validation error into the query, so the panel shows it
      }
    },
    load(resource) {
      try {
        return Promise.resolve(get(resource));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}
