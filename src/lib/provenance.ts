/**
 * Pure helpers behind the provenance popovers: what a figure rests on, how far its
 * versions disagree, and which records a derived value was computed from.
 */
import type { Basis, Qualifier, Unit } from "./figure-terms";
import type { Derived } from "./derived";

/** The fields every sourced record shares (trade, products, investment, company counts). */
export interface SourcedRecord {
  id: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  statedAs: string;
  reporter: string;
  periodStart: string | null;
  periodEnd: string | null;
  dateInferred: boolean;
  sourceIds: string[];
  basis?: Basis;
  quote?: string | undefined;
  note?: string | undefined;
}

export interface Spread {
  min: number;
  max: number;
  /** max − min, in the figure's unit (derived). */
  value: number;
  /** (max − min) ÷ |primary| (derived); null when the primary is 0. */
  ofPrimary: number | null;
  /** True when a qualified version ("about", "more than") is among the extremes. */
  qualified: boolean;
}

/** The spread between the versions of one figure; null for a single version or mixed units. */
export function versionSpread(versions: readonly SourcedRecord[]): Spread | null {
  const [primary] = versions;
  if (primary === undefined || versions.length < 2) return null;
  if (versions.some((v) => v.unit !== primary.unit)) return null;
  const values = versions.map((v) => v.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const value = Math.round((max - min) * 1000) / 1000;
  const extremes = versions.filter((v) => v.value === min || v.value === max);
  return {
    min,
    max,
    value,
    ofPrimary: primary.value === 0 ? null : value / Math.abs(primary.value),
    qualified: extremes.some((v) => v.qualifier !== "exact"),
  };
}

/** The records a derived value was computed from, in its `fromIds` order; ids not found are skipped. */
export function derivedInputs<R extends { id: string }>(derived: Pick<Derived, "fromIds">, records: readonly R[]): R[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return derived.fromIds.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
}

/** Every source id behind a set of records, first-seen order, without repeats. */
export function sourceIdsOf(records: readonly { sourceIds: readonly string[] }[]): string[] {
  return [...new Set(records.flatMap((r) => r.sourceIds))];
}
