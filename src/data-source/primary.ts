/**
 * The written rule that picks one primary version among records measuring the same
 * thing. mock-data/README.md states the same rule in words; keep the two in step.
 */
export interface Version {
  id: string;
  value: number;
  qualifier: "exact" | "approx" | "more_than" | "less_than" | "at_most";
  basis?: "national" | "oec" | "us_official";
  sourceIds: readonly string[];
}

export interface SourceDates {
  isSeed(sourceId: string): boolean;
  /** ISO date or null when unknown. */
  published(sourceId: string): string | null;
}

/** Significant digits of a stated value: 1752.96 → 6, 1550 → 3, 1600 → 2, 77.621 → 5. */
export function significantDigits(value: number): number {
  const digits = Math.abs(value).toString().replace(".", "").replace(/^0+/, "");
  const trimmed = Number.isInteger(value) ? digits.replace(/0+$/, "") : digits;
  return Math.max(trimmed.length, 1);
}

function latestPublication(v: Version, dates: SourceDates): string {
  return v.sourceIds.map((s) => dates.published(s) ?? "").reduce((a, b) => (b > a ? b : a), "");
}

/** The rule's tests (1)–(5) in order; primary-explain.ts names them. (6), the id, is applied in rankVersions. */
export const PRIMARY_TESTS: ReadonlyArray<(v: Version, dates: SourceDates) => number | string> = [
  (v) => (v.qualifier === "exact" ? 1 : 0),
  (v) => (v.basis === undefined || v.basis === "national" ? 1 : 0),
  (v) => significantDigits(v.value),
  (v, d) => (v.sourceIds.some((s) => d.isSeed(s)) ? 1 : 0),
  (v, d) => latestPublication(v, d),
];

/** Returns versions ordered primary-first. Input order does not matter. */
export function rankVersions<V extends Version>(versions: readonly V[], dates: SourceDates): V[] {
  return [...versions].sort((a, b) => {
    for (const test of PRIMARY_TESTS) {
      const ta = test(a, dates);
      const tb = test(b, dates);
      if (ta !== tb) return ta > tb ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
