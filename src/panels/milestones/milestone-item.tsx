import { memo, useId, type Ref } from "react";
import { DataText, SourceWords } from "../../components/data-text";
import { LazyDetails } from "../../components/lazy-details";
import { SourceRefs, sourceLabel } from "../../components/source-ref";
import { useSourceIndex } from "../../components/sources-context";
import type { Milestone } from "../../data-source/schema";
import { formatEventDate } from "../../lib/format";
import { t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { machineDate } from "./milestones.transform";

interface Props {
  milestone: Milestone;
  year: number;
  selected: boolean;
  otherSectors: boolean;
  /** Given to the selected year's first event, so the list can bring it into view. Stable. */
  itemRef?: Ref<HTMLLIElement>;
}

/**
 * One event. Props are primitives or stable references, so a year change redraws only the
 * events entering or leaving the selected year. The selected year is carried by aria-current,
 * a filled marker, a thicker rule and the text "Selected year", never by colour alone.
 */
export const MilestoneItem = memo(function MilestoneItem({
  milestone: m,
  year,
  selected,
  otherSectors,
  itemRef,
}: Props) {
  const selectYear = useFilterStore((s) => s.selectYear);
  const titleId = useId();
  return (
    <li
      ref={itemRef}
      aria-labelledby={titleId}
      aria-current={selected ? "true" : undefined}
      // The marker is a pseudo-element: one element fewer per event.
      className={`relative -ml-0.5 border-l-4 py-2 pr-1 pl-4 text-sm before:absolute before:top-3 before:-left-[9px] before:h-3.5 before:w-3.5 before:rotate-45 before:border-2 before:content-[''] ${
        selected
          ? "border-emerald-800 bg-emerald-50 before:border-emerald-900 before:bg-emerald-800"
          : "border-transparent before:border-slate-500 before:bg-white"
      }`}
    >
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <time dateTime={machineDate(m)} className="font-semibold tabular-nums">
          {formatEventDate(m.date, m.datePrecision, m.endDate)}
        </time>
        {m.dateInferred && <span className="derived-tag">{t("common.inferred")}</span>}
        <span className="text-xs text-slate-700">{t(`milestones.kind.${m.kind}`)}</span>
        {selected && (
          <span className="rounded bg-emerald-800 px-1.5 text-xs font-semibold text-white">
            {t("milestones.selectedYear")}
          </span>
        )}
        <button type="button" className="chip ml-auto" aria-pressed={selected} onClick={() => selectYear(year)}>
          {t("milestones.showYear", { year })}
        </button>
      </div>
      {/* Not a heading (dozens of events would swamp the page outline): the title names the list item. */}
      <p id={titleId} className="mt-0.5 font-semibold text-slate-900">
        <DataText record={m} field="title" text={m.title} />
      </p>
      <p className="text-slate-800">
        <DataText record={m} field="description" text={m.description} />
      </p>
      <p className="mt-1 text-xs text-slate-700">
        {t("milestones.sectors")}{" "}
        {m.sectors.length === 0 ? t("milestones.wholeRelationship") : m.sectors.map((s) => t(`sector.${s}`)).join(", ")}
        {otherSectors && (
          <span className="ml-1 rounded border border-slate-400 px-1">{t("milestones.otherSector")}</span>
        )}
        {" · "}
        {t("common.sources")}: <SourceRefs ids={m.sourceIds} />
      </p>
      {(m.quotes.length > 0 || m.note !== undefined) && <Evidence milestone={m} />}
    </li>
  );
});

function Evidence({ milestone: m }: { milestone: Milestone }) {
  return (
    <LazyDetails
      className="mt-0.5 text-xs"
      summaryClassName="text-slate-700 underline decoration-dotted underline-offset-2"
      summary={t("milestones.evidence")}
    >
      {() => <EvidenceBody milestone={m} />}
    </LazyDetails>
  );
}

function EvidenceBody({ milestone: m }: { milestone: Milestone }) {
  const sources = useSourceIndex();
  return (
    <>
      {m.quotes.map((q) => {
        const source = sources.get(q.sourceId);
        return (
          <figure key={q.sourceId} className="m-0 mt-1">
            <blockquote className="border-l-2 border-slate-300 pl-2 text-slate-800 italic">
              “<SourceWords text={q.text} />”
            </blockquote>
            <figcaption className="text-slate-600">— {source ? sourceLabel(source) : q.sourceId}</figcaption>
          </figure>
        );
      })}
      {m.note !== undefined && (
        <p className="mt-1 text-slate-700">
          <span className="font-medium">{t("milestones.note")}</span> <DataText record={m} field="note" text={m.note} />
        </p>
      )}
    </>
  );
}
