import { describe, expect, it } from "vitest";
import { data } from "../../../tests/support/dataset";
import { formatEventDate } from "../../lib/format";
import { t } from "../../lib/messages";
import {
  buildTimeline,
  machineDate,
  newestFirst,
  otherSectorsToggle,
  timelineWindow,
  touchesSectors,
} from "./milestones.transform";

const milestones = data.milestones.milestones;
const byId = (id: string) => {
  const m = milestones.find((x) => x.id === id);
  if (!m) throw new Error(`no milestone ${id}`);
  return m;
};

describe("buildTimeline", () => {
  it("lists every event newest first, from the 2026 conference back to 1992", () => {
    const view = buildTimeline(milestones, null, [], false);
    expect(view.entries).toHaveLength(milestones.length);
    expect(view.hiddenCount).toBe(0);
    const dates = view.entries.map((e) => e.milestone.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(view.entries[0]?.year).toBe(2026);
    expect(view.entries.at(-1)?.year).toBe(1992);
  });

  it("marks and counts the events of the focus year", () => {
    const view = buildTimeline(milestones, 2026, [], false);
    const selected = view.entries.filter((e) => e.selected);
    expect(selected.length).toBe(view.yearCount);
    expect(selected.map((e) => e.milestone.title)).toEqual(
      expect.arrayContaining(["Strategic Partnership Charter signed", "First U.S. business mission to Azerbaijan"]),
    );
    expect(selected.every((e) => e.year === 2026)).toBe(true);
    expect(buildTimeline(milestones, 2000, [], false).yearCount).toBe(0);
  });

  it("collapses events in other sectors but keeps whole-relationship events and the focus year's events", () => {
    const all = buildTimeline(milestones, 1994, [], false);
    const finance = buildTimeline(milestones, 1994, ["finance"], false);
    expect(finance.hiddenCount).toBeGreaterThan(0);
    expect(finance.entries.length + finance.hiddenCount).toBe(all.entries.length);
    // The Charter concerns the relationship as a whole: never collapsed.
    expect(finance.entries.map((e) => e.milestone.id)).toContain("milestone-2026-strategic-partnership-charter");
    // The Contract of the Century (energy) is in the focus year: listed, tagged as another sector.
    const contract = finance.entries.find((e) => e.milestone.id === "milestone-1994-contract-of-the-century");
    expect(contract).toMatchObject({ selected: true, otherSectors: true });
    // Another energy event, outside the focus year, is collapsed.
    expect(finance.entries.some((e) => e.milestone.id === "milestone-2019-chevron-sells-to-mol")).toBe(false);
    const expanded = buildTimeline(milestones, 1994, ["finance"], true);
    expect(expanded.hiddenCount).toBe(0);
    expect(expanded.entries).toHaveLength(milestones.length);
  });
});

describe("first selected event and other-sectors toggle", () => {
  it("names the focus year's first listed event, newest first, or none", () => {
    const view = buildTimeline(milestones, 2026, [], false);
    expect(view.firstSelectedId).toBe(view.entries.find((e) => e.selected)?.milestone.id);
    expect(view.entries.findIndex((e) => e.milestone.id === view.firstSelectedId)).toBe(0);
    expect(buildTimeline(milestones, 1994, ["finance"], false).firstSelectedId).toBe(
      "milestone-1994-contract-of-the-century",
    );
    expect(buildTimeline(milestones, 2000, [], false).firstSelectedId).toBeNull();
    expect(buildTimeline(milestones, null, [], false).firstSelectedId).toBeNull();
  });

  it("counts the collapsed events, then the ones listed only once expanded", () => {
    const collapsed = buildTimeline(milestones, 1994, ["finance"], false);
    const expanded = buildTimeline(milestones, 1994, ["finance"], true);
    expect(collapsed.shownOtherCount).toBe(0);
    expect(expanded.hiddenCount).toBe(0);
    expect(expanded.shownOtherCount).toBe(collapsed.hiddenCount);
    expect(expanded.entries.filter((e) => e.otherSectors && !e.selected)).toHaveLength(expanded.shownOtherCount);

    const show = otherSectorsToggle(collapsed, ["finance"], false);
    expect(show).toEqual({ expanded: false, count: collapsed.hiddenCount });
    expect(otherSectorsToggle(expanded, ["finance"], true)).toEqual({ expanded: true, count: collapsed.hiddenCount });
    expect(t("milestones.showOtherSectors", { count: show?.count ?? 0 })).toBe(
      `Show ${collapsed.hiddenCount} events in other sectors`,
    );
    expect(t("milestones.hideOtherSectors", { count: 1 })).toBe("Hide the 1 event in other sectors");
    // No sector filter: nothing to show or hide.
    expect(otherSectorsToggle(buildTimeline(milestones, 1994, [], false), [], false)).toBeNull();
  });

  it("words the focus year's count, with its own sentence for none", () => {
    const count = (year: number) => buildTimeline(milestones, year, [], false).yearCount;
    expect(t("milestones.inYear", { count: count(1994), year: 1994 })).toBe(
      "1 event in 1994, marked “Selected year” below.",
    );
    expect(t("milestones.inYear", { count: count(2026), year: 2026 })).toBe(
      `${count(2026)} events in 2026, marked “Selected year” below.`,
    );
    expect(t("milestones.inYear", { count: count(2000), year: 2000 })).toBe("No events in the sources for 2000.");
  });
});

describe("helpers", () => {
  it("matches sectors: no filter, no sector tags, or a shared sector", () => {
    const mission = byId("milestone-2026-business-mission");
    expect(touchesSectors(mission, [])).toBe(true);
    expect(touchesSectors(mission, ["healthcare"])).toBe(true);
    expect(touchesSectors(mission, ["aerospace"])).toBe(false);
    expect(touchesSectors(byId("milestone-1992-section-907"), ["aerospace"])).toBe(true);
  });

  it("gives <time> a machine date as precise as the source", () => {
    expect(machineDate(byId("milestone-1992-section-907"))).toBe("1992");
    expect(machineDate(byId("milestone-1994-contract-of-the-century"))).toBe("1994-09");
    expect(machineDate(byId("milestone-1992-diplomatic-relations"))).toBe("1992-02-28");
  });

  it("formats a date only as precisely as the source gives it", () => {
    const label = (id: string) => {
      const m = byId(id);
      return formatEventDate(m.date, m.datePrecision, m.endDate);
    };
    expect(label("milestone-1992-section-907")).toBe("1992");
    expect(label("milestone-1994-contract-of-the-century")).toBe("Sep 1994");
    expect(label("milestone-1992-diplomatic-relations")).toBe("Feb 28, 1992");
    expect(label("milestone-2026-business-mission")).toMatch(/^Feb 9\s–\s10, 2026$/);
  });

  it("orders events of the same day by id", () => {
    const sameDay = newestFirst(milestones).filter((m) => m.date === "2025-08-08");
    expect(sameDay.length).toBeGreaterThan(1);
    expect(sameDay.map((m) => m.id)).toEqual(sameDay.map((m) => m.id).sort());
  });
});

describe("timelineWindow", () => {
  it("opens on every event of the focus year with its neighbours, and counts what it leaves out", () => {
    const view = buildTimeline(milestones, 2025, [], false);
    const win = timelineWindow(view, 2025, 0);
    const in2025 = view.entries.filter((e) => e.year === 2025);
    expect(in2025.length).toBeGreaterThan(0);
    for (const e of in2025) expect(win.shown).toContain(e);
    expect(win.shown.length).toBe(in2025.length + 4); // two later, two earlier
    expect(win.later + win.shown.length + win.earlier).toBe(view.entries.length);
    expect(win.shown).toEqual(view.entries.slice(win.later, win.later + win.shown.length));
  });

  it("centres a year without events on where they would be, and keeps at least six", () => {
    const view = buildTimeline(milestones, 2000, [], false);
    expect(view.yearCount).toBe(0);
    const win = timelineWindow(view, 2000, 0);
    expect(win.shown).toHaveLength(6);
    expect(win.shown.slice(0, 3).every((e) => e.year > 2000)).toBe(true);
    expect(win.shown.slice(3).every((e) => e.year < 2000)).toBe(true);
  });

  it("holds the oldest events at the end of the list, and the whole list when expanded", () => {
    const view = buildTimeline(milestones, 1992, [], false);
    const win = timelineWindow(view, 1992, 0);
    expect(win.earlier).toBe(0);
    expect(win.shown.at(-1)?.year).toBe(1992);
    expect(win.shown.length).toBeGreaterThanOrEqual(6);
    expect(timelineWindow(view, 1992, Infinity)).toEqual({ shown: view.entries, later: 0, earlier: 0 });
  });

  it("widens by `extra` events, below and above in turn, from one side once the other is exhausted", () => {
    // A timeline as long as an organisation's: 400 events, 20 a year.
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...milestones[0]!,
      id: `m-${String(i).padStart(3, "0")}`,
      date: `${2025 - Math.floor(i / 20)}-06-01`,
      datePrecision: "day" as const,
    }));
    const view = buildTimeline(many, 2020, [], false);
    const base = timelineWindow(view, 2020, 0);
    const wider = timelineWindow(view, 2020, 50);
    expect(wider.shown.length).toBe(base.shown.length + 50);
    expect(wider.later).toBe(base.later - 25);
    expect(wider.earlier).toBe(base.earlier - 25);
    expect(wider.later + wider.shown.length + wider.earlier).toBe(400);
    // Near the newest end there is little above: the rest comes from below.
    const newest = buildTimeline(many, 2025, [], false);
    const top = timelineWindow(newest, 2025, 0);
    const topWider = timelineWindow(newest, 2025, 50);
    expect(top.later).toBe(0);
    expect(topWider.later).toBe(0);
    expect(topWider.shown.length).toBe(top.shown.length + 50);
  });
});
