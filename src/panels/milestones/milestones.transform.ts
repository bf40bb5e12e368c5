import { milestoneYear } from "../../data-source/milestone-years";
import type { Milestone, SectorId } from "../../data-source/schema";

export interface TimelineEntry {
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
  for (const milestone of newestFirst(milestones)) {
    const y = milestoneYear(milestone);
    const selected = y === year;
    const otherSectors = !touchesSectors(milestone, sectors);
    if (selected) yearCount += 1;
    if (otherSectors && !selected && !showOtherSectors) hiddenCount += 1;
    else entries.push({ milestone, year: y, selected, otherSectors });
  }
  return { entries, hiddenCount, yearCount };
}
