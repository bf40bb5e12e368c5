/** Pure placement of the trade chart's annotations: axis breaks and milestone marks. */
import type { MilestoneMarker } from "../../data-source/milestone-years";

/** Two neighbouring years on the axis with missing years between them. */
export interface AxisBreak {
  /** The last year on the axis before the missing years. */
  after: number;
  /** The first year on the axis after them. */
  before: number;
  missing: number[];
}

/** Where the axis skips years: between each pair of neighbours more than a year apart. */
export function axisBreaks(rows: readonly { year: number }[]): AxisBreak[] {
  const breaks: AxisBreak[] = [];
  for (let i = 1; i < rows.length; i += 1) {
    const after = rows[i - 1]?.year;
    const before = rows[i]?.year;
    if (after === undefined || before === undefined || before - after <= 1) continue;
    const missing = Array.from({ length: before - after - 1 }, (_, k) => after + 1 + k);
    breaks.push({ after, before, missing });
  }
  return breaks;
}

/** Consecutive years as ranges: [2012…2016, 2019, 2020] → ["2012–2016", "2019–2020"]; a lone year stays one. */
export function yearRanges(years: readonly number[]): string[] {
  const sorted = [...years].sort((a, b) => a - b);
  const out: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i += 1) {
    const y = sorted[i];
    const next = sorted[i + 1];
    if (start === undefined || y === undefined) break;
    if (next === y + 1) continue;
    out.push(start === y ? String(y) : `${start}–${y}`);
    start = next;
  }
  return out;
}

/** A milestone mark: on its year's band, or on the break that stands for its (missing) year. */
export type MilestonePlacement =
  | { kind: "year"; year: number; marker: MilestoneMarker }
  | { kind: "break"; at: AxisBreak; markers: MilestoneMarker[] };

/**
 * Marks for the milestones within the chart's span. A milestone in a year without figures sits
 * on that gap's break (one mark per break); milestones before the first or after the last year
 * are not drawn.
 */
export function milestonePlacements(
  markers: readonly MilestoneMarker[],
  rows: readonly { year: number }[],
): MilestonePlacement[] {
  const breaks = axisBreaks(rows);
  const out: MilestonePlacement[] = [];
  for (const marker of markers) {
    if (rows.some((r) => r.year === marker.year)) {
      out.push({ kind: "year", year: marker.year, marker });
      continue;
    }
    const at = breaks.find((b) => b.missing.includes(marker.year));
    if (!at) continue;
    const existing = out.find((p) => p.kind === "break" && p.at === at);
    if (existing?.kind === "break") existing.markers.push(marker);
    else out.push({ kind: "break", at, markers: [marker] });
  }
  return out;
}

/** The milestone years drawn on the chart, ascending. */
export function markedYears(placements: readonly MilestonePlacement[]): number[] {
  return placements.flatMap((p) => (p.kind === "year" ? [p.year] : p.markers.map((m) => m.year))).sort((a, b) => a - b);
}
