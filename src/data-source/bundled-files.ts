/**
 * The bundled dataset as files beside the app (hashed assets), not inside its code: the
 * first load's script stays lean, the JSON parses fast, and index.html preloads the files
 * in parallel with the script (scripts/dataset-plugin.ts), so fetching them costs no round
 * trip of its own. A file that cannot be loaded becomes an error its panel shows.
 */
import companies from "../../mock-data/companies.json?url&no-inline";
import exportProducts from "../../mock-data/export-products.json?url&no-inline";
import investment from "../../mock-data/investment.json?url&no-inline";
import milestones from "../../mock-data/milestones.json?url&no-inline";
import sources from "../../mock-data/sources.json?url&no-inline";
import trade from "../../mock-data/trade.json?url&no-inline";
import labelsAz from "../../mock-data/labels-az.json?url&no-inline";
import labelsRu from "../../mock-data/labels-ru.json?url&no-inline";
import type { LabelLanguage } from "./labels";
import type { ResourceName } from "./schema";

const URLS: Record<ResourceName, string> = { sources, trade, exportProducts, investment, companies, milestones };

/** Each resource's parsed JSON, or the Error saying why it could not be loaded. */
export type BundledRaw = Record<ResourceName, unknown>;

async function fetchOne(name: ResourceName, fetchImpl: typeof fetch): Promise<unknown> {
  try {
    // Default request options, so the fetch is answered by the <link rel="preload" as="fetch" crossorigin>.
    const response = await fetchImpl(URLS[name]);
    if (!response.ok) return new Error(`The bundled ${name} data could not be loaded (HTTP ${response.status}).`);
    return (await response.json()) as unknown;
  } catch (error) {
    return new Error(`The bundled ${name} data could not be loaded (${String(error)}).`);
  }
}

/** Fetches every bundled file in parallel. Never rejects: a failed file is an Error in its slot. */
export async function fetchBundledDataset(fetchImpl: typeof fetch = fetch): Promise<BundledRaw> {
  const names = Object.keys(URLS) as ResourceName[];
  const values = await Promise.all(names.map((name) => fetchOne(name, fetchImpl)));
  return Object.fromEntries(names.map((name, i) => [name, values[i]])) as BundledRaw;
}

const LABEL_URLS: Record<LabelLanguage, string> = { az: labelsAz, ru: labelsRu };

/** One language's labels file (only the page's language is fetched); rejects when it cannot be loaded. */
export async function fetchBundledLabels(language: LabelLanguage, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const response = await fetchImpl(LABEL_URLS[language]);
  if (!response.ok) throw new Error(`The ${language} labels could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as unknown;
}
