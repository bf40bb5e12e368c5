/**
 * The one pure codec between filter state and the page URL (see DESIGN.md, "Deep links").
 * Canonical form: `?year=2024&sector=energy~digital&table=trade~fdi` — fixed parameter order,
 * defaults omitted, sectors in catalogue order joined by "~" (unreserved, so never
 * percent-encoded), then the panels shown as a table instead of a chart, in PANEL_KEYS order.
 * Links from before `table` existed simply have no such parameter: every panel shows its chart.
 *
 * Comparing two years: `?year=2024&vs=2022` (canonical, `vs` right after `year`) shows the
 * change from 2022 to 2024. `vs` without `year` compares with the default year (the latest full
 * year of trade data), so `?vs=2022` reads "the default year against 2022". The range form
 * `years=2022..2024` (owid-style; either order) is read into the same state, the later year as
 * the focus, and rewritten to `year=2024&vs=2022`. A `vs` equal to the year, out of range or not
 * a year, or a range given together with `year` or `vs`, is ignored with a notice; the year (and
 * the rest of the link) still applies. A `vs` equal to the default year is dropped when encoding.
 *
 * `data=<version>` pins the data version a link was made with; it is read (DecodeResult.dataPin)
 * but never written back: the address shows today's data, and Copy link pins today's version.
 */
import { VERSION_PATTERN } from "../data-source/data-version";
import { SECTOR_IDS, type SectorId } from "../data-source/sector-ids";
import { PANEL_KEYS, type PanelKey } from "../lib/panels";

export interface FilterState {
  /** null = the default year (latest full year of trade data). */
  year: number | null;
  /** Empty = all sectors. Always in SECTOR_IDS order, no duplicates. */
  sectors: SectorId[];
  /** Panels shown as a table instead of a chart. Empty = every panel as a chart. PANEL_KEYS order. */
  tables: PanelKey[];
  /** The year compared with the focus year; null = no comparison. Never equal to `year`. */
  vs: number | null;
}

type IgnoredReason =
  | "not_a_year"
  | "year_out_of_range"
  | "unknown_sector"
  | "unknown_panel"
  | "repeated"
  | "too_long"
  | "empty"
  | "unknown_param"
  | "unknown_language"
  | "compare_not_a_year"
  | "compare_out_of_range"
  | "compare_same_year"
  | "compare_conflict"
  | "not_a_version";

export interface IgnoredPart {
  param: string;
  /** The offending value, shortened for display. */
  value: string;
  reason: IgnoredReason;
}

export interface DecodeResult {
  state: FilterState;
  ignored: IgnoredPart[];
  /**
   * The data version the link was made with (`data=`, see pinned-link.ts); null when it names
   * none (absent). Not filter state: the page always shows today's data and says what changed since.
   */
  dataPin?: string;
}

export interface YearBounds {
  min: number;
  max: number;
}

const MAX_PARAM_LENGTH = 200;
const KNOWN_PARAMS = ["year", "vs", "years", "sector", "table", "data"] as const;
const SECTOR_SEPARATORS = /[~,\s]+/;

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}…` : value;
}

function isSectorId(value: string): value is SectorId {
  return (SECTOR_IDS as readonly string[]).includes(value);
}

function isPanelKey(value: string): value is PanelKey {
  return (PANEL_KEYS as readonly string[]).includes(value);
}

export function canonicalTables(tables: readonly PanelKey[]): PanelKey[] {
  return PANEL_KEYS.filter((key) => tables.includes(key));
}

export function canonicalSectors(sectors: readonly SectorId[]): SectorId[] {
  return SECTOR_IDS.filter((id) => sectors.includes(id));
}

function safeParams(search: string): [string, string][] {
  const query = search.startsWith("?") ? search.slice(1) : search;
  const pairs: [string, string][] = [];
  for (const part of query.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? "" : part.slice(eq + 1);
    pairs.push([safeDecode(rawKey), safeDecode(rawValue)]);
  }
  return pairs;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text; // malformed %-escape: keep the raw text so it is reported, not thrown
  }
}

function decodeYear(value: string, bounds: YearBounds, ignored: IgnoredPart[]): number | null {
  if (!/^\d{4}$/.test(value.trim())) {
    ignored.push({
      param: "year",
      value: shorten(value),
      reason: value === "" ? "empty" : "not_a_year",
    });
    return null;
  }
  const year = Number(value.trim());
  if (year < bounds.min || year > bounds.max) {
    ignored.push({ param: "year", value, reason: "year_out_of_range" });
    return null;
  }
  return year;
}

function decodeSectors(value: string, ignored: IgnoredPart[]): SectorId[] {
  const found: SectorId[] = [];
  const parts = value.split(SECTOR_SEPARATORS).filter((p) => p !== "");
  if (parts.length === 0) ignored.push({ param: "sector", value: "", reason: "empty" });
  for (const part of parts) {
    const id = part.toLowerCase();
    if (isSectorId(id)) found.push(id);
    else
      ignored.push({
        param: "sector",
        value: shorten(part),
        reason: "unknown_sector",
      });
  }
  return canonicalSectors(found);
}

function decodeTables(value: string, ignored: IgnoredPart[]): PanelKey[] {
  const found: PanelKey[] = [];
  const parts = value.split(SECTOR_SEPARATORS).filter((p) => p !== "");
  if (parts.length === 0) ignored.push({ param: "table", value: "", reason: "empty" });
  for (const part of parts) {
    const key = part.toLowerCase();
    if (isPanelKey(key)) found.push(key);
    else ignored.push({ param: "table", value: shorten(part), reason: "unknown_panel" });
  }
  return canonicalTables(found);
}

/** A comparison year: a year in bounds, else null with a notice (no comparison, the rest applies). */
function decodeCompareYear(param: string, value: string, bounds: YearBounds, ignored: IgnoredPart[]): number | null {
  const text = value.trim();
  if (!/^\d{4}$/.test(text)) {
    ignored.push({ param, value: shorten(value), reason: value === "" ? "empty" : "compare_not_a_year" });
    return null;
  }
  const year = Number(text);
  if (year < bounds.min || year > bounds.max) {
    ignored.push({ param, value: text, reason: "compare_out_of_range" });
    return null;
  }
  return year;
}

/** `years=2022..2024` (either order) → the later year as the focus, the earlier as `vs`. */
function decodeRange(value: string, bounds: YearBounds, ignored: IgnoredPart[]): [number, number] | null {
  const match = /^\s*(\d{4})\s*\.\.\s*(\d{4})\s*$/.exec(value);
  if (!match) {
    ignored.push({ param: "years", value: shorten(value), reason: value === "" ? "empty" : "compare_not_a_year" });
    return null;
  }
  const a = Number(match[1]);
  const b = Number(match[2]);
  const outside = [a, b].find((y) => y < bounds.min || y > bounds.max);
  if (outside !== undefined) {
    ignored.push({ param: "years", value: String(outside), reason: "compare_out_of_range" });
    return null;
  }
  if (a === b) {
    ignored.push({ param: "years", value: String(a), reason: "compare_same_year" });
    return null;
  }
  return [Math.max(a, b), Math.min(a, b)];
}

/** Applies `vs` and `years` once `year` is known (a `vs` equal to the year compares nothing). */
function decodeComparison(
  values: ReadonlyMap<string, string>,
  given: ReadonlyMap<string, number>,
  state: FilterState,
  bounds: YearBounds,
  ignored: IgnoredPart[],
): void {
  const vs = values.get("vs");
  const range = values.get("years");
  if (range !== undefined) {
    // Given with `year` or `vs` (even ones that were themselves ignored), the range is the odd one out.
    if (given.has("year") || given.has("vs")) {
      ignored.push({ param: "years", value: shorten(range), reason: "compare_conflict" });
    } else {
      const years = decodeRange(range, bounds, ignored);
      if (years) [state.year, state.vs] = years;
    }
  }
  if (vs === undefined) return;
  const year = decodeCompareYear("vs", vs, bounds, ignored);
  if (year !== null && year === state.year)
    ignored.push({ param: "vs", value: String(year), reason: "compare_same_year" });
  else state.vs = year;
}

function decodeDataPin(value: string, ignored: IgnoredPart[]): string | null {
  const pin = value.trim().toLowerCase();
  if (VERSION_PATTERN.test(pin)) return pin;
  ignored.push({ param: "data", value: shorten(value), reason: value === "" ? "empty" : "not_a_version" });
  return null;
}

export function decode(search: string, bounds: YearBounds): DecodeResult {
  const ignored: IgnoredPart[] = [];
  let dataPin: string | null = null;
  const state: FilterState = { year: null, sectors: [], tables: [], vs: null };
  const comparison = new Map<string, string>();
  const pairs = safeParams(search);
  const counts = new Map<string, number>();
  for (const [key] of pairs) counts.set(key, (counts.get(key) ?? 0) + 1);

  for (const [key, count] of counts) {
    if (!(KNOWN_PARAMS as readonly string[]).includes(key)) {
      ignored.push({ param: shorten(key), value: "", reason: "unknown_param" });
    } else if (count > 1) {
      ignored.push({ param: key, value: "", reason: "repeated" });
    }
  }
  for (const [key, value] of pairs) {
    if (counts.get(key) !== 1) continue;
    if (value.length > MAX_PARAM_LENGTH) {
      if ((KNOWN_PARAMS as readonly string[]).includes(key))
        ignored.push({ param: key, value: shorten(value), reason: "too_long" });
      continue;
    }
    if (key === "year") state.year = decodeYear(value, bounds, ignored);
    if (key === "vs" || key === "years") comparison.set(key, value);
    if (key === "sector") state.sectors = decodeSectors(value, ignored);
    if (key === "table") state.tables = decodeTables(value, ignored);
    if (key === "data") dataPin = decodeDataPin(value, ignored);
  }
  decodeComparison(comparison, counts, state, bounds, ignored);
  return dataPin === null ? { state, ignored } : { state, ignored, dataPin };
}

/** Encodes to a query string ("" for the all-defaults state, else starting with "?"). */
export function encode(state: FilterState, defaultYear: number | null): string {
  const parts: string[] = [];
  if (state.year !== null && state.year !== defaultYear) parts.push(`year=${state.year}`);
  const focus = state.year ?? defaultYear;
  if (state.vs !== null && state.vs !== focus) parts.push(`vs=${state.vs}`);
  const sectors = canonicalSectors(state.sectors);
  if (sectors.length > 0 && sectors.length < SECTOR_IDS.length) parts.push(`sector=${sectors.join("~")}`);
  const tables = canonicalTables(state.tables);
  if (tables.length > 0) parts.push(`table=${tables.join("~")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

export { decodeLanguage, languagePath } from "../lib/language-path";
