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

export function periodKey(record: { periodStart: string | null; periodEnd: string | null }): string {
  return `${record.periodStart ?? "…"}..${record.periodEnd ?? "…"}`;
}

/** The calendar year a period belongs to (its end), or null when undated. */
export function periodYear(record: { periodStart: string | null; periodEnd: string | null }): number | null {
  const date = record.periodEnd ?? record.periodStart;
  return date === null ? null : Number(date.slice(0, 4));
}
