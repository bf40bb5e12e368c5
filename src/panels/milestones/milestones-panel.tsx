import { useEffect, useMemo, useRef, useState } from "react";
import { PanelFrame } from "../../components/panel-frame";
import { panelStatus } from "../../components/panel-status";
import type { SourceIndex } from "../../components/source-ref";
import { useSources } from "../../components/use-sources";
import { useResource } from "../../data-source/queries";
import type { Milestone, SectorId } from "../../data-source/schema";
import { LOCALE, t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { useFocusYear } from "../../state/focus-year";
import { MilestoneItem } from "./milestone-item";
import { buildTimeline } from "./milestones.transform";

const ID = "milestones";
const plural = new Intl.PluralRules(LOCALE);

export function MilestonesPanel() {
  const milestones = useResource("milestones");
  const sources = useSources();
  const year = useFocusYear();
  const sectors = useFilterStore((s) => s.sectors);
  const selectYear = useFilterStore((s) => s.selectYear);
  const status = panelStatus([milestones, sources], milestones.data !== undefined && sources.value !== null);
  return (
    <PanelFrame
      id={ID}
      title={t("milestones.title")}
      description={t("milestones.description")}
      state={status.state}
      year={year}
      sectors={sectors}
      error={status.error}
      refreshError={status.refreshError}
      onRetry={status.retry}
    >
      {milestones.data && sources.value && (
        <Timeline
          milestones={milestones.data.milestones}
          year={year}
          sectors={sectors}
          sources={sources.value.index}
          onSelectYear={selectYear}
        />
      )}
    </PanelFrame>
  );
}

interface TimelineProps {
  milestones: readonly Milestone[];
  year: number | null;
  sectors: readonly SectorId[];
  sources: SourceIndex;
  onSelectYear: (year: number) => void;
}

function Timeline({ milestones, year, sectors, sources, onSelectYear }: TimelineProps) {
  const [showOtherSectors, setShowOtherSectors] = useState(false);
  const view = useMemo(
    () => buildTimeline(milestones, year, sectors, showOtherSectors),
    [milestones, year, sectors, showOtherSectors],
  );
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
      <div ref={listBox} className="relative max-h-[70vh] overflow-y-auto border-b border-slate-200 pt-1 pl-2">
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
          onClick={() => setShowOtherSectors((v) => !v)}
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
