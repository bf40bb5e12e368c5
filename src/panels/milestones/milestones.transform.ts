import { milestoneYear } from "../../data-source/milestone-years";
import type { Milestone, SectorId } from "../../data-source/schema";

interface TimelineEntry {
  milestone: Milestone;
  year: number;
  /** In the focus year: marked, and always listed even when its sectors are filtered out. */
  selected: boolean;
  /** Tagged only with sectors outside the sector filter. */
  otherSectors: boolean;
}

export interface TimelineView {
  /** Newest first: the default view is the latest year, and the latest events are what readers look for. */
  entries: TimelineEntry[];
  /** Events outside the selected sectors that are collapsed (0 when expanded or unfiltered). */
  hiddenCount: number;
  /** All events of the focus year, whatever their sectors. */
  yearCount: number;
  /** Events outside the selected sectors and the focus year that are listed (0 unless expanded). */
  shownOtherCount: number;
  /** The focus year's first event in the list (the one scrolled into view), or null. */
  firstSelectedId: string | null;
}

/** The button that shows or hides the events in other sectors: its state and count, or null when it has nothing to do. */
export interface OtherSectorsToggle {
  expanded: boolean;
  count: number;
}

/** No sector filter, or an event about the relationship as a whole, or one sharing a selected sector. */
export function touchesSectors(m: Milestone, sectors: readonly SectorId[]): boolean {
  return sectors.length === 0 || m.sectors.length === 0 || m.sectors.some((s) => sectors.includes(s));
}

export function newestFirst(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The `dateTime` of a <time>: as precise as the source ("1994", "1994-09", "1992-02-28"). */
export function machineDate(m: Pick<Milestone, "date" | "datePrecision">): string {
  return m.datePrecision === "year" ? m.date.slice(0, 4) : m.datePrecision === "month" ? m.date.slice(0, 7) : m.date;
}

export function buildTimeline(
  milestones: readonly Milestone[],
  year: number | null,
  sectors: readonly SectorId[],
  showOtherSectors: boolean,
): TimelineView {
  const entries: TimelineEntry[] = [];
  let hiddenCount = 0;
  let yearCount = 0;
  let shownOtherCount = 0;
  let firstSelectedId: string | null = null;
  for (const milestone of newestFirst(milestones)) {
    const y = milestoneYear(milestone);
    const selected = y === year;
    const otherSectors = !touchesSectors(milestone, sectors);
    if (selected) {
      yearCount += 1;
      firstSelectedId ??= milestone.id;
    }
    if (otherSectors && !selected && !showOtherSectors) hiddenCount += 1;
    else {
      if (otherSectors && !selected) shownOtherCount += 1;
      entries.push({ milestone, year: y, selected, otherSectors });
    }
  }
  return { entries, hiddenCount, yearCount, shownOtherCount, firstSelectedId };
}

/**
 * The show/hide-other-sectors button: only under a sector filter and when some event is
 * collapsed (or, expanded, listed only because of it); its count is of those events.
 */
export function otherSectorsToggle(
  view: TimelineView,
  sectors: readonly SectorId[],
  expanded: boolean,
): OtherSectorsToggle | null {
  if (sectors.length === 0 || (view.hiddenCount === 0 && view.shownOtherCount === 0)) return null;
  return { expanded, count: expanded ? view.shownOtherCount : view.hiddenCount };
}

/** The part of the timeline shown: the focus year's events and their neighbours, widened on request. */
export interface TimelineWindow {
  shown: TimelineEntry[];
  /** Later events above the window, and earlier events below it, left out. */
  later: number;
  earlier: number;
}

/** Events listed on each side of the focus year's events, and the fewest a window holds. */
const CONTEXT = 2;
const MIN_SHOWN = 6;

/**
 * A window on the newest-first timeline, so the panel opens on the focus year in its
 * context rather than on every event since 1992 (a list that grows with the data). Holds
 * every event of the focus year, `CONTEXT` on each side and at least `MIN_SHOWN` in all; a
 * year without events centres on where it would be. `extra` more events widen it, taken in
 * turn below (earlier) and above (later), from one side once the other is exhausted;
 * `Infinity` is the whole list.
 */
export function timelineWindow(view: TimelineView, year: number | null, extra: number): TimelineWindow {
  const all = view.entries;
  if (extra === Infinity || all.length <= MIN_SHOWN) return { shown: all, later: 0, earlier: 0 };
  let first = all.findIndex((e) => e.selected);
  let last = all.findLastIndex((e) => e.selected);
  if (first < 0) {
    // Newest first: where an event of the focus year would go is before the first older one.
    const at = year === null ? 0 : all.findIndex((e) => e.year < year);
    first = last = at < 0 ? all.length : at;
    last -= 1;
  }
  let start = Math.max(0, first - CONTEXT);
  let end = Math.min(all.length, last + 1 + CONTEXT);
  while (end - start < MIN_SHOWN) {
    if (start > 0) start -= 1;
    if (end - start < MIN_SHOWN && end < all.length) end += 1;
  }
  const earlierLeft = all.length - end;
  const below = Math.min(earlierLeft, Math.max(Math.ceil(extra / 2), extra - start));
  end += below;
  start -= Math.min(start, extra - below);
  return { shown: all.slice(start, end), later: start, earlier: all.length - end };
}
