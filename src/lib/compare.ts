/**
 * Comparing one figure in two years, like for like only: both records of one period shape
 * (the callers pair full years with full years, Jan–Sep with Jan–Sep), both exact (an "about"
 * or "more than" figure gives no change), in the same unit and on the same statistical basis.
 * The primary version of each side is used. Pure.
 */
import { changeBetween, type Change } from "./derived";
import type { SourcedRecord } from "./provenance";

type PairOutcome<R extends SourcedRecord> =
  | { kind: "change"; change: Change }
  /** One side is stated with a qualifier ("about $1.6B"): no change is computed from it. */
  | { kind: "qualified"; record: R }
  /** Different statistical bases (national vs OEC) or units. */
  | { kind: "basis" };

/** `current` is the focus year's record, `previous` the comparison year's (earlier or later). */
function comparePair<R extends SourcedRecord>(current: R, previous: R): PairOutcome<R> {
  const qualified = [current, previous].find((r) => r.qualifier !== "exact");
  if (qualified) return { kind: "qualified", record: qualified };
  if (current.unit !== previous.unit || (current.basis ?? null) !== (previous.basis ?? null)) return { kind: "basis" };
  return { kind: "change", change: changeBetween(current, previous) };
}

/** "full", or the month-day span of a part of a year ("01-01..09-30"): two periods compare only with the same shape. */
export function periodShape(start: string | null, end: string | null): string | null {
  if (start === null || end === null || start.slice(0, 4) !== end.slice(0, 4)) return null;
  if (start.endsWith("-01-01") && end.endsWith("-12-31")) return "full";
  return `${start.slice(5)}..${end.slice(5)}`;
}

/** A sourced figure as the panels hold it: its primary version, and whether its versions disagree. */
export interface VersionedFigure<R extends SourcedRecord> {
  primary: R;
  conflict: boolean;
}

/** Why two years give no change for a measure. */
export type NoChange<R extends SourcedRecord> =
  /** The sources give no figure for the measure in `year` (null: in neither year). */
  | { reason: "missing"; year: number | null }
  /** `year` has figures for part of the year only (`period`, the latest) and the other year none for the same months. */
  | { reason: "no_like_period"; year: number; period: { start: string; end: string } }
  | { reason: "qualified"; record: R }
  | { reason: "basis" };

export type YearComparison<R extends SourcedRecord, F extends VersionedFigure<R> = VersionedFigure<R>> =
  | {
      kind: "change";
      current: F;
      previous: F;
      change: Change;
      /** False when the two are the same part of each year (Jan–Oct and Jan–Oct). */
      fullYear: boolean;
      /** Either side has versions that disagree: the primary of each is used (and the page says so). */
      conflict: boolean;
    }
  | { kind: "none"; why: NoChange<R> };

/** Compares two figures already known to be of one period shape. */
export function compareFigures<R extends SourcedRecord, F extends VersionedFigure<R>>(
  current: F,
  previous: F,
  fullYear: boolean,
): YearComparison<R, F> {
  const outcome = comparePair(current.primary, previous.primary);
  if (outcome.kind === "qualified") return { kind: "none", why: { reason: "qualified", record: outcome.record } };
  if (outcome.kind === "basis") return { kind: "none", why: { reason: "basis" } };
  const conflict = current.conflict || previous.conflict;
  return { kind: "change", current, previous, change: outcome.change, fullYear, conflict };
}
