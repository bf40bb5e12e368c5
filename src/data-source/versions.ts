/**
 * Groups records that measure the same thing into one figure with all its versions,
 * primary first (by the rule in primary.ts).
 */
import { rankVersions, type SourceDates, type Version } from "./primary";
import type { Source } from "./schema";

export interface Figure<T> {
  primary: T;
  /** Primary first. */
  versions: T[];
  /** True when the versions disagree on the value or its qualifier. */
  conflict: boolean;
  /**
   * Set when the primary is not the rule's choice but the version from the same source as the
   * figure it is stated with (see pairWith): that figure's primary record.
   */
  pairedWith?: Version;
}

export function sourceDates(sources: readonly Source[]): SourceDates {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return {
    isSeed: (id) => byId.get(id)?.kind === "seed",
    published: (id) => byId.get(id)?.published ?? null,
  };
}

export function groupVersions<T extends Version>(
  records: readonly T[],
  keyOf: (record: T) => string,
  dates: SourceDates,
): Map<string, Figure<T>> {
  const buckets = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(record);
    else buckets.set(key, [record]);
  }
  const figures = new Map<string, Figure<T>>();
  for (const [key, bucket] of buckets) {
    const versions = rankVersions(bucket, dates);
    const [primary] = versions;
    if (primary === undefined) continue;
    const distinct = new Set(versions.map((v) => `${v.qualifier}:${v.value}`));
    figures.set(key, { primary, versions, conflict: distinct.size > 1 });
  }
  return figures;
}

/**
 * What a record measures, the one definition every panel, table and export shares: records
 * with the same key are versions of one figure (mock-data/README.md, "Primary rule": same
 * metric or concept, product, direction, scope and period; the basis is not part of it, so
 * national and OEC figures compete as versions). A record with neither a period nor an
 * as-of date is its own figure: two undated statements cannot be shown to measure the same
 * moment ("over 250 registered" and "300 registered" stay two figures, each with its source).
 */
export function figureKey(record: {
  id: string;
  periodStart: string | null;
  periodEnd: string | null;
  metric?: string;
  concept?: string;
  product?: string;
  direction?: string;
  scope?: string;
}): string {
  const what = [record.metric, record.concept, record.product, record.direction, record.scope]
    .filter((part): part is string => part !== undefined)
    .join("|");
  const undated = record.periodStart === null && record.periodEnd === null;
  return `${what}|${periodKey(record)}${undated ? `|${record.id}` : ""}`;
}

/** Every figure of a set of records, with its versions primary first: the source of truth for version lists. */
export function buildFigures<T extends Version & Parameters<typeof figureKey>[0]>(
  records: readonly T[],
  dates: SourceDates,
): Map<string, Figure<T>> {
  return groupVersions(records, figureKey, dates);
}

/**
 * A figure stated together with another one (a growth multiple with its flow: "$77.621 million
 * …, which is 3.9 times more") shows the version from the same source as that figure's
 * primary, so the two figures on screen never come from different articles. The versions
 * keep the rule's order behind it; `pairedWith` names the record that decided. Unchanged
 * when no version shares a source with the anchor's primary.
 */
export function pairWith<T extends Version, A extends Version>(figure: Figure<T>, anchor: Figure<A>): Figure<T> {
  const sources = new Set(anchor.primary.sourceIds);
  const partner = figure.versions.find((v) => v.sourceIds.some((s) => sources.has(s)));
  if (partner === undefined || partner === figure.primary) return figure;
  return {
    ...figure,
    primary: partner,
    versions: [partner, ...figure.versions.filter((v) => v !== partner)],
    pairedWith: anchor.primary,
  };
}

export function periodKey(record: { periodStart: string | null; periodEnd: string | null }): string {
  return `${record.periodStart ?? "…"}..${record.periodEnd ?? "…"}`;
}

/** The calendar year a period belongs to (its end), or null when undated. */
export function periodYear(record: { periodStart: string | null; periodEnd: string | null }): number | null {
  const date = record.periodEnd ?? record.periodStart;
  return date === null ? null : Number(date.slice(0, 4));
}
