/**
 * The dataset's version: a short hash of its figures, and the date of its newest source.
 *
 * A "figure" is what a reader can name: one trade, investment or company-count figure (all its
 * versions together, grouped as the panels group them: versions.ts figureKey), one export
 * product's value, one product named without a value, one company, one milestone, one source.
 * Each has a stable id that says what it is (so a figure gone from today's data can still be
 * named) and a hash of everything a reader can see of it; record ids are left out and a record's
 * sources are taken by the document they are (its link or article file), so renaming ids changes
 * nothing. The version is the hash of all figure hashes: it changes exactly when a figure does.
 *
 * Pure: the hash function is passed in (Node's sha256 at build time and in the reference server).
 */
import type { ResourceName } from "./schema";
import { periodKey } from "./versions";

/** A dataset's files as parsed JSON, read loosely (an older dataset need not match today's schema). */
export type LooseDataset = { [R in ResourceName]?: unknown };

/** Hex digest of a text (at least 8 characters). */
export type HashText = (text: string) => string;

export interface DataVersion {
  /** 8 hex characters. */
  version: string;
  /** ISO date of the newest source, or null when no source is dated. */
  lastUpdated: string | null;
}

export interface DatasetFigures extends DataVersion {
  /** Figure id → 8-hex hash of its content. */
  figures: Record<string, string>;
}

const FIGURE_HASH_LENGTH = 8;

/** The id parts are joined by "|": product names and titles never contain one. */
const SEP = "|";

interface Period {
  periodStart: string | null;
  periodEnd: string | null;
}

/** "2024" for a calendar year; otherwise start..end (… for an open end). */
function periodPart(p: Period): string {
  const start = p.periodStart;
  const end = p.periodEnd;
  if (start !== null && end !== null && start.endsWith("-01-01") && end === `${start.slice(0, 4)}-12-31`)
    return start.slice(0, 4);
  return periodKey(p);
}

export function parsePeriodPart(part: string): Period {
  if (/^\d{4}$/.test(part)) return { periodStart: `${part}-01-01`, periodEnd: `${part}-12-31` };
  const [start = "…", end = "…"] = part.split("..");
  return { periodStart: start === "…" ? null : start, periodEnd: end === "…" ? null : end };
}

type Loose = Record<string, unknown>;

/** JSON with sorted keys, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Loose)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Every figure of a dataset with its hash, the version and the newest source date. Reads the
 * files loosely (an older dataset from the repository's history need not match today's schema).
 */
export function datasetFigures(data: LooseDataset, hash: HashText): DatasetFigures {
  const list = (resource: ResourceName, key: string): Loose[] => {
    const file = data[resource];
    const value = file !== null && typeof file === "object" ? (file as Loose)[key] : undefined;
    return Array.isArray(value) ? (value as Loose[]) : [];
  };
  const sources = list("sources", "sources");
  /** A source as the document it is: its link, or the article file it was read from. */
  const documentOf = new Map(sources.map((s) => [String(s.id), String(s.url ?? s.seedFile ?? s.id)]));
  const doc = (id: unknown) => documentOf.get(String(id)) ?? String(id);
  /** A record as a reader sees it: no id, sources as documents (also inside roles and quotes). */
  const content = (record: Loose): Loose => {
    const out: Loose = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === "id") continue;
      if (key === "sourceIds" && Array.isArray(value)) out[key] = value.map(doc).sort();
      else if (key === "sourceId") out[key] = doc(value);
      else if (Array.isArray(value))
        out[key] = (value as unknown[]).map((v) => (v !== null && typeof v === "object" ? content(v as Loose) : v));
      else out[key] = value;
    }
    return out;
  };

  const groups = new Map<string, string[]>();
  const add = (id: string, item: Loose) => {
    const list = groups.get(id);
    const text = canonical(content(item));
    if (list) list.push(text);
    else groups.set(id, [text]);
  };
  /** An undated figure stands alone: it is told apart by its source's wording. */
  const when = (r: Loose) =>
    r.periodStart === null && r.periodEnd === null
      ? `${periodPart(r as unknown as Period)}${SEP}${String(r.statedAs)}`
      : periodPart(r as unknown as Period);
  const key = (...parts: unknown[]) =>
    parts.map((p) => (typeof p === "string" || typeof p === "number" ? String(p) : "")).join(SEP);

  for (const r of list("trade", "records")) add(key("trade", r.metric, r.scope, when(r)), r);
  for (const r of list("investment", "records")) add(key("fdi", r.metric, r.direction, r.scope, when(r)), r);
  for (const r of list("companies", "counts")) add(key("count", r.concept, when(r)), r);
  for (const r of list("exportProducts", "records")) add(key("product", r.product, when(r)), r);
  for (const r of list("exportProducts", "namedProducts")) add(key("named", r.direction, r.name), r);
  for (const r of list("companies", "companies")) add(key("company", r.name), r);
  for (const r of list("milestones", "milestones")) add(key("milestone", r.date, r.title), r);
  for (const r of sources) add(key("source", r.publisher, r.published, r.title), r);

  const figures: Record<string, string> = {};
  for (const id of [...groups.keys()].sort()) {
    const texts = (groups.get(id) ?? []).sort();
    figures[id] = hash(texts.join("\n")).slice(0, FIGURE_HASH_LENGTH);
  }
  const version = hash(
    Object.entries(figures)
      .map(([id, h]) => `${id}=${h}`)
      .join("\n"),
  ).slice(0, 8);
  const lastUpdated = sources.reduce<string | null>((max, s) => {
    const date = typeof s.published === "string" ? s.published : null;
    return date !== null && (max === null || date > max) ? date : max;
  }, null);
  return { version, lastUpdated, figures };
}

export interface FigureDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** What changed from one version's figures to another's (ids sorted). */
export function diffFigures(before: Record<string, string>, after: Record<string, string>): FigureDiff {
  const diff: FigureDiff = { added: [], changed: [], removed: [] };
  for (const id of Object.keys(after).sort()) {
    const old = before[id];
    if (old === undefined) diff.added.push(id);
    else if (old !== after[id]) diff.changed.push(id);
  }
  for (const id of Object.keys(before).sort()) if (!(id in after)) diff.removed.push(id);
  return diff;
}

/** A well-formed version string (what `data=` in a link may hold). */
export const VERSION_PATTERN = /^[0-9a-f]{8}$/;

/** The parts of a figure id: its kind first. */
export function figureIdParts(id: string): string[] {
  return id.split(SEP);
}
