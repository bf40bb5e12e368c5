/**
 * The HTTP contract, shared by the app's data sources and the reference server (server/):
 * paths, the filters each resource takes, how filters select records, and the response
 * envelope. The bundled source answers through the same `respond` function, so bundled and
 * HTTP modes give panels identical data.
 *
 *   GET /api/v1/<path>?year=2024&sector=energy~finance
 *   200 { "data": <the mock-data file's shape, filtered>, "meta": { resource, filters, years, count, version, lastUpdated } }
 *   400 { "error": { "code": "bad_parameter", "parameter": "year", "message": "…" } }
 */
// No zod here: this part of the contract is on the app's first load (queries, the bundled
// source); the schemas that validate responses are in api-contract.ts.
import type { ResourceMap } from "./data-source";
import type { DataVersion } from "./data-version";
import { SECTOR_IDS, type SectorId } from "./sector-ids";
import type { ResourceName } from "./schema";

export const API_PREFIX = "/api/v1";
export const OPENAPI_PATH = "/api/openapi.json";
export const HEALTH_PATH = "/api/health";

/** URL path segment of each resource under API_PREFIX. */
export const RESOURCE_PATHS = {
  sources: "sources",
  trade: "trade",
  exportProducts: "export-products",
  investment: "investment",
  companies: "companies",
  milestones: "milestones",
} as const satisfies Record<ResourceName, string>;

export type FilterName = "year" | "sector";

/** Which query parameters each resource accepts. Any other parameter is a 400. */
export const RESOURCE_FILTERS = {
  sources: [],
  trade: ["year"],
  exportProducts: ["year", "sector"],
  investment: ["year"],
  companies: ["sector"],
  milestones: ["year", "sector"],
} as const satisfies Record<ResourceName, readonly FilterName[]>;

export const RESOURCE_NAMES = Object.keys(RESOURCE_PATHS) as ResourceName[];

/** Filters a request carries. Omitted = not filtered. Sectors: catalogue order, no duplicates. */
export interface ResourceQuery {
  year?: number;
  sectors?: readonly SectorId[];
}

export const MIN_YEAR = 1991; // Azerbaijan's independence; no bilateral figure can be older
export const MAX_YEAR = 2100;

/** The envelope's `meta` (validated by `metaSchema` in api-contract.ts). */
export interface ResponseMeta {
  resource: ResourceName;
  filters: { year: number | null; sectors: SectorId[] };
  /** Calendar years the resource has records for, ignoring the year filter (ascending). */
  years: number[];
  /** Number of records in `data` (all lists added up). */
  count: number;
  /** The dataset's version: a short hash of its figures (data-version.ts); absent from an API that has none. */
  version?: string;
  /** ISO date of the dataset's newest source (null: none dated); absent with `version`. */
  lastUpdated?: string | null;
}

export interface ResourceResponse<R extends ResourceName> {
  data: ResourceMap[R];
  meta: ResponseMeta;
}

// ---------------------------------------------------------------------------------------
// Query strings: one canonical encoding, one validating decoder.

/** Canonical query string ("" or "?year=2024&sector=energy~finance") for the filters a resource takes. */
export function encodeQuery(resource: ResourceName, query: ResourceQuery): string {
  const allowed: readonly FilterName[] = RESOURCE_FILTERS[resource];
  const parts: string[] = [];
  if (allowed.includes("year") && query.year !== undefined) parts.push(`year=${query.year}`);
  if (allowed.includes("sector") && query.sectors && query.sectors.length > 0)
    parts.push(`sector=${canonical(query.sectors).join("~")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** The filters that matter to a resource, canonical: the query key and the cache key. */
export function normalizeQuery(resource: ResourceName, query: ResourceQuery): ResourceQuery {
  const allowed: readonly FilterName[] = RESOURCE_FILTERS[resource];
  const out: ResourceQuery = {};
  if (allowed.includes("year") && query.year !== undefined) out.year = query.year;
  if (allowed.includes("sector") && query.sectors && query.sectors.length > 0) out.sectors = canonical(query.sectors);
  return out;
}

export interface QueryError {
  parameter: string;
  message: string;
}

/** Validates a request's parameters (pairs as received, in order). Strict: the API never guesses. */
export function parseQuery(
  resource: ResourceName,
  pairs: readonly (readonly [string, string])[],
): { ok: true; query: ResourceQuery } | { ok: false; error: QueryError } {
  const allowed: readonly FilterName[] = RESOURCE_FILTERS[resource];
  const seen = new Set<string>();
  const query: ResourceQuery = {};
  for (const [key, value] of pairs) {
    const name = key.length > 40 ? `${key.slice(0, 37)}…` : key;
    if (!(allowed as readonly string[]).includes(key)) {
      const accepted = allowed.length > 0 ? `accepted: ${allowed.join(", ")}` : "this endpoint takes no parameters";
      return { ok: false, error: { parameter: name, message: `unknown parameter "${name}" (${accepted})` } };
    }
    if (seen.has(key)) return { ok: false, error: { parameter: key, message: `"${key}" is given more than once` } };
    seen.add(key);
    if (value.length > 200)
      return { ok: false, error: { parameter: key, message: `"${key}" is longer than 200 characters` } };
    if (key === "year") {
      if (!/^\d{4}$/.test(value))
        return { ok: false, error: { parameter: "year", message: `"year" must be a four-digit year, got "${value}"` } };
      const year = Number(value);
      if (year < MIN_YEAR || year > MAX_YEAR)
        return {
          ok: false,
          error: { parameter: "year", message: `"year" must be between ${MIN_YEAR} and ${MAX_YEAR}, got ${year}` },
        };
      query.year = year;
    } else {
      const parts = value.split("~");
      const unknown = parts.filter((p) => !(SECTOR_IDS as readonly string[]).includes(p));
      if (value === "" || unknown.length > 0) {
        const bad = value === "" ? "an empty value" : `"${unknown.slice(0, 3).join('", "')}"`;
        return {
          ok: false,
          error: {
            parameter: "sector",
            message: `"sector" takes sector ids joined by "~" (${SECTOR_IDS.join(", ")}); got ${bad}`,
          },
        };
      }
      query.sectors = canonical(parts as SectorId[]);
    }
  }
  return { ok: true, query };
}

function canonical(sectors: readonly SectorId[]): SectorId[] {
  return SECTOR_IDS.filter((id) => sectors.includes(id));
}

// ---------------------------------------------------------------------------------------
// Selecting records. Lists keep the dataset's order, so every response is deterministic.

interface Period {
  periodStart: string | null;
  periodEnd: string | null;
}

/** A period belongs to every calendar year it overlaps; a stock ("as of" a date) to the year of that date. */
function periodYears(p: Period): number[] {
  const end = p.periodEnd ?? p.periodStart;
  if (end === null) return [];
  const last = Number(end.slice(0, 4));
  const first = p.periodStart === null ? last : Number(p.periodStart.slice(0, 4));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

function inYear(p: Period, year: number | undefined): boolean {
  return year === undefined || periodYears(p).includes(year);
}

function inSectors(sector: SectorId, sectors: readonly SectorId[] | undefined): boolean {
  return sectors === undefined || sectors.length === 0 || sectors.includes(sector);
}

function yearsOf(periods: readonly Period[]): number[] {
  return [...new Set(periods.flatMap(periodYears))].sort((a, b) => a - b);
}

interface Selected<R extends ResourceName> {
  data: ResourceMap[R];
  years: number[];
  count: number;
}

type Selectors = { [R in ResourceName]: (data: ResourceMap[R], q: ResourceQuery) => Selected<R> };

const SELECT: Selectors = {
  sources: (data) => ({ data, years: [], count: data.sources.length }),
  trade: (data, q) => {
    const records = data.records.filter((r) => inYear(r, q.year));
    return { data: { records }, years: yearsOf(data.records), count: records.length };
  },
  exportProducts: (data, q) => {
    const records = data.records.filter((r) => inYear(r, q.year) && inSectors(r.sector, q.sectors));
    const namedProducts = data.namedProducts.filter((p) => inSectors(p.sector, q.sectors));
    return {
      data: { records, namedProducts },
      years: yearsOf(data.records),
      count: records.length + namedProducts.length,
    };
  },
  investment: (data, q) => {
    const records = data.records.filter((r) => inYear(r, q.year));
    return { data: { records }, years: yearsOf(data.records), count: records.length };
  },
  companies: (data, q) => {
    const companies = data.companies.filter((c) => inSectors(c.sector, q.sectors));
    return {
      data: { counts: data.counts, companies },
      years: yearsOf(data.counts),
      count: data.counts.length + companies.length,
    };
  },
  milestones: (data, q) => {
    const asPeriod = (m: { date: string }): Period => ({ periodStart: null, periodEnd: m.date });
    const milestones = data.milestones.filter(
      (m) =>
        inYear(asPeriod(m), q.year) &&
        (q.sectors === undefined || q.sectors.length === 0 || m.sectors.some((s) => q.sectors?.includes(s))),
    );
    return { data: { milestones }, years: yearsOf(data.milestones.map(asPeriod)), count: milestones.length };
  },
};

/** The response for one resource under one query: what the API sends and the bundled source returns. */
export function respond<R extends ResourceName>(
  resource: R,
  full: ResourceMap[R],
  query: ResourceQuery,
  /** The dataset's version, written into every meta. */
  version?: DataVersion | null,
): ResourceResponse<R> {
  const q = normalizeQuery(resource, query);
  const selected = (SELECT[resource] as (d: ResourceMap[R], q: ResourceQuery) => Selected<R>)(full, q);
  return {
    data: selected.data,
    meta: {
      resource,
      filters: { year: q.year ?? null, sectors: [...(q.sectors ?? [])] },
      years: selected.years,
      count: selected.count,
      ...(version ? { version: version.version, lastUpdated: version.lastUpdated } : {}),
    },
  };
}
