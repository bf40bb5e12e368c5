import { weakMemo } from "../lib/weak-memo";
import type { Milestone } from "./schema";

/** The calendar year an event belongs to (its start date; a multi-day event never spans two years in the data). */
export function milestoneYear(m: Pick<Milestone, "date">): number {
  return Number(m.date.slice(0, 4));
}

/**
 * Milestones grouped by year, years ascending, events in file order (date, then id).
 * Cached by the list's identity, so the milestones panel and the trade chart's markers
 * share one grouping per loaded file and a year change recomputes nothing.
 */
export const milestonesByYear = weakMemo(
  (milestones: readonly Milestone[]): ReadonlyMap<number, readonly Milestone[]> => {
    const byYear = new Map<number, Milestone[]>();
    for (const m of milestones) {
      const year = milestoneYear(m);
      const list = byYear.get(year);
      if (list) list.push(m);
      else byYear.set(year, [m]);
    }
    return new Map([...byYear].sort(([a], [b]) => a - b));
  },
);

export interface MilestoneMarker {
  year: number;
  /** Event titles of that year, oldest first. */
  titles: readonly string[];
}

/** One marker per year with events, years ascending; stable per loaded list (memoised charts keep their props). */
export const milestoneMarkers = weakMemo((milestones: readonly Milestone[]): readonly MilestoneMarker[] =>
  [...milestonesByYear(milestones)].map(([year, events]) => ({ year, titles: events.map((m) => m.title) })),
);
