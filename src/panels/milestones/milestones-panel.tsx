import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DataTable } from "../../components/data-table";
import { PanelFrame } from "../../components/panel-frame";
import { usePanelExport } from "../../components/panel-tools";
import { panelStatus } from "../../components/panel-status";
import type { SourceIndex } from "../../components/source-ref";
import { useSources } from "../../components/use-sources";
import { useResource } from "../../data-source/queries";
import type { SectorId } from "../../data-source/schema";
import type { TableModel } from "../../lib/export/table-model";
import { filtersInWords } from "../../lib/export/citation";
import { LOCALE, t } from "../../lib/messages";
import { usePanelTable } from "../../state/panel-view";
import { useFilterStore } from "../../state/filter-store";
import { useFocusYear } from "../../state/focus-year";
import { MilestoneItem } from "./milestone-item";
import { milestonesTable } from "./milestones.table";
import { buildTimeline, type TimelineView } from "./milestones.transform";

const ID = "milestones";
const plural = new Intl.PluralRules(LOCALE);

export function MilestonesPanel() {
  const milestones = useResource("milestones");
  const sources = useSources();
  const year = useFocusYear();
  const sectors = useFilterStore((s) => s.sectors);
  const selectYear = useFilterStore((s) => s.selectYear);
  const status = panelStatus([milestones, sources], milestones.data !== undefined && sources.value !== null);
  const [asTable] = usePanelTable("milestones");
  // Lifted here so the table, the CSV and the list show the same events.
  const [showOtherSectors, setShowOtherSectors] = useState(false);
  const list = milestones.data?.milestones;
  const view = useMemo(
    () => (list ? buildTimeline(list, year, sectors, showOtherSectors) : null),
    [list, year, sectors, showOtherSectors],
  );
  const getTable = useCallback(() => (view ? milestonesTable(view, sectors) : null), [view, sectors]);
  const exports = usePanelExport("milestones", getTable, sources.value?.index ?? null, filtersInWords(year, sectors));
  return (
    <PanelFrame
      id={ID}
      title={t("milestones.title")}
      description={t("milestones.description")}
      {...status}
      year={year}
      sectors={sectors}
      exports={exports}
    >
      {view && sources.value && (
        <Timeline
          view={view}
          year={year}
          sectors={sectors}
          sources={sources.value.index}
          onSelectYear={selectYear}
          showOtherSectors={showOtherSectors}
          onToggleOtherSectors={() => setShowOtherSectors((v) => !v)}
          table={asTable ? getTable : null}
        />
      )}
    </PanelFrame>
  );
}

interface TimelineProps {
  view: TimelineView;
  year: number | null;
  sectors: readonly SectorId[];
  sources: SourceIndex;
  onSelectYear: (year: number) => void;
  showOtherSectors: boolean;
  onToggleOtherSectors: () => void;
  /** Table view: builds the table of the events listed. */
  table: (() => TableModel | null) | null;
}

function Timeline({
  view,
  year,
  sectors,
  sources,
  onSelectYear,
  showOtherSectors,
  onToggleOtherSectors,
  table,
}: TimelineProps) {
  const model = useMemo(() => table?.() ?? null, [table]);
  const filtered = sectors.length > 0;
  const otherCount = showOtherSectors ? view.entries.filter((e) => e.otherSectors && !e.selected).length : 0;
  const listBox = useRef<HTMLDivElement>(null);
  useEffect(() => scrollToSelectedYear(listBox.current), [year]);
  return (
    <>
      {year !== null && (
        <p className="text-sm font-medium" aria-live="polite">
          {view.yearCount === 0
            ? t("milestones.inYear.zero", { year })
            : t(plural.select(view.yearCount) === "one" ? "milestones.inYear.one" : "milestones.inYear.other", {
                count: view.yearCount,
                year,
              })}
        </p>
      )}
      {filtered && <p className="text-xs text-slate-600">{t("milestones.sectorFilterNote")}</p>}
      {/* A bounded, scrollable list: 37 events would otherwise make this the page's longest panel. */}
      {model && <DataTable model={model} sources={sources} />}
      <div
        ref={listBox}
        hidden={model !== null}
        className="relative max-h-[70vh] overflow-y-auto border-b border-slate-200 pt-1 pl-2"
      >
        <ol aria-label={t("milestones.list")} className="m-0 list-none border-l-2 border-slate-300 p-0">
          {view.entries.map((e) => (
            <MilestoneItem
              key={e.milestone.id}
              milestone={e.milestone}
              year={e.year}
              selected={e.selected}
              otherSectors={filtered && e.otherSectors}
              sources={sources}
              onSelectYear={onSelectYear}
            />
          ))}
        </ol>
      </div>
      {filtered && (view.hiddenCount > 0 || otherCount > 0) && (
        <button
          type="button"
          className="btn self-start"
          aria-expanded={showOtherSectors}
          onClick={onToggleOtherSectors}
        >
          {showOtherSectors
            ? t("milestones.hideOtherSectors", { count: otherCount })
            : t(
                plural.select(view.hiddenCount) === "one"
                  ? "milestones.showOtherSectors.one"
                  : "milestones.showOtherSectors.other",
                { count: view.hiddenCount },
              )}
        </button>
      )}
    </>
  );
}

/** Brings the selected year's first event into the list's view, without scrolling the page. */
function scrollToSelectedYear(box: HTMLDivElement | null): void {
  const first = box?.querySelector<HTMLElement>('li[aria-current="true"]');
  if (!box || !first) return;
  const top = first.offsetTop;
  const visible = top >= box.scrollTop && top + 48 <= box.scrollTop + box.clientHeight;
  if (!visible) box.scrollTop = Math.max(0, top - 8);
}
