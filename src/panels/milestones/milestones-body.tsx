import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DataTable } from "../../components/data-table";
import { LIST_STEP, ShowMore, type ListControl } from "../../components/show-more";
import type { TableBuilder } from "../../components/view-tables";
import type { SectorId } from "../../data-source/schema";
import { t } from "../../lib/messages";
import { MilestoneItem } from "./milestone-item";
import { otherSectorsToggle, timelineWindow, type TimelineView } from "./milestones.transform";

interface Props {
  view: TimelineView;
  year: number | null;
  sectors: readonly SectorId[];
  showOtherSectors: boolean;
  onToggleOtherSectors: () => void;
  /** The panel shows its table instead of the list. */
  asTable: boolean;
  getTable: TableBuilder;
}

/** The timeline: the selected year's count, the bounded list of events (or their table) and the other-sectors toggle. */
export function MilestonesBody({
  view,
  year,
  sectors,
  showOtherSectors,
  onToggleOtherSectors,
  asTable,
  getTable,
}: Props) {
  const model = useMemo(() => (asTable ? getTable() : null), [asTable, getTable]);
  const filtered = sectors.length > 0;
  const toggle = otherSectorsToggle(view, sectors, showOtherSectors);
  // Events beyond the window around the focus year, a step at a time (show-more.tsx).
  const [extra, setExtra] = useState(0);
  const win = timelineWindow(view, year, extra);
  const left = win.later + win.earlier;
  const widen: ListControl = {
    expanded: extra > 0,
    more: () => setExtra((e) => (left <= LIST_STEP ? Infinity : e + LIST_STEP)),
    reset: () => setExtra(0),
  };
  const listBox = useRef<HTMLDivElement>(null);
  const firstSelected = useRef<HTMLLIElement | null>(null);
  const firstSelectedRef = useCallback((li: HTMLLIElement | null) => {
    firstSelected.current = li;
  }, []);
  // Read in the next frame, not in the commit: the layout it forces is then the frame's own
  // (the other panels' changes are in by then), instead of one more mid-commit.
  useEffect(() => {
    const frame = requestAnimationFrame(() => scrollIntoBox(listBox.current, firstSelected.current));
    return () => cancelAnimationFrame(frame);
  }, [year]);
  return (
    <>
      {year !== null && (
        <p className="text-sm font-medium" aria-live="polite">
          {t("milestones.inYear", { count: view.yearCount, year })}
        </p>
      )}
      {filtered && <p className="text-xs text-slate-600">{t("milestones.sectorFilterNote")}</p>}
      {model && <DataTable model={model} />}
      {/* The focus year in its context; the whole list is one tap away, in a bounded, scrollable box. */}
      <div
        ref={listBox}
        hidden={model !== null}
        className="relative max-h-[70vh] overflow-y-auto border-b border-slate-200 pt-1 pl-2"
      >
        <ol aria-label={t("milestones.list")} className="m-0 list-none border-l-2 border-slate-300 p-0">
          {win.shown.map((e) => (
            <MilestoneItem
              key={e.milestone.id}
              milestone={e.milestone}
              year={e.year}
              selected={e.selected}
              otherSectors={filtered && e.otherSectors}
              itemRef={e.milestone.id === view.firstSelectedId ? firstSelectedRef : undefined}
            />
          ))}
        </ol>
      </div>
      {!model && (
        <ShowMore
          shown={win.shown.length}
          total={view.entries.length}
          allLabel={t("milestones.showAll", { count: view.entries.length, later: win.later, earlier: win.earlier })}
          fewerLabel={t("milestones.showFewer")}
          list={widen}
        />
      )}
      {toggle && (
        <button type="button" className="btn self-start" aria-expanded={toggle.expanded} onClick={onToggleOtherSectors}>
          {t(toggle.expanded ? "milestones.hideOtherSectors" : "milestones.showOtherSectors", { count: toggle.count })}
        </button>
      )}
    </>
  );
}

/** Brings the selected year's first event into the list's view, without scrolling the page. */
function scrollIntoBox(box: HTMLDivElement | null, first: HTMLLIElement | null): void {
  if (!box || !first) return;
  const top = first.offsetTop;
  const visible = top >= box.scrollTop && top + 48 <= box.scrollTop + box.clientHeight;
  if (!visible) box.scrollTop = Math.max(0, top - 8);
}
