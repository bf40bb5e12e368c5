import { useId, useState } from "react";
import type { Basis, Qualifier, Unit } from "../data-source/schema";
import type { Figure } from "../data-source/versions";
import { formatPeriod, formatQualified } from "../lib/format";
import { t } from "../lib/messages";
import { SourceRefs, type SourceIndex } from "./source-ref";

interface Versioned {
  id: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  statedAs: string;
  reporter: string;
  periodStart: string | null;
  periodEnd: string | null;
  dateInferred: boolean;
  sourceIds: string[];
  basis?: Basis;
  note?: string | undefined;
}

/**
 * The primary value of a figure. When sources disagree, a visible "N versions" toggle
 * opens the full list, each version with its source, so no disagreement is hidden.
 */
export function FigureValue<T extends Versioned>({
  figure,
  sources,
  label,
}: {
  figure: Figure<T>;
  sources: SourceIndex;
  /** What the figure is ("Turnover, 2025"): names the versions button for screen readers. */
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { primary } = figure;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className="font-semibold tabular-nums">
        {formatQualified(primary.value, primary.unit, primary.qualifier)}
      </span>
      {primary.dateInferred && <span className="derived-tag">{t("common.inferred")}</span>}
      {figure.conflict && (
        <button
          type="button"
          className="versions-badge"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
          title={t("common.versionsTitle", { count: figure.versions.length })}
          aria-label={label ? t("common.versionsOf", { count: figure.versions.length, label }) : undefined}
        >
          <span aria-hidden="true">⚠ </span>
          {t("common.versions", { count: figure.versions.length })}
        </button>
      )}
      {figure.conflict && open && (
        <span id={listId} className="block w-full">
          <VersionList figure={figure} sources={sources} />
        </span>
      )}
    </span>
  );
}

export function VersionList<T extends Versioned>({ figure, sources }: { figure: Figure<T>; sources: SourceIndex }) {
  return (
    <span className="mt-1 block rounded border border-amber-300 bg-amber-50 p-2 text-xs text-slate-800">
      <span className="block font-medium">{t("common.versionsTitle", { count: figure.versions.length })}</span>
      <ul className="mt-1 list-none space-y-1 p-0">
        {figure.versions.map((v, i) => (
          <li key={v.id}>
            <span className="font-semibold tabular-nums">{formatQualified(v.value, v.unit, v.qualifier)}</span>{" "}
            <span className="text-slate-600">
              (“{v.statedAs}”, {formatPeriod(v.periodStart, v.periodEnd)}
              {v.basis && v.basis !== "national" ? `, ${t(`basis.${v.basis}`)}` : ""}
              {v.dateInferred ? `, ${t("common.inferred")}` : ""}) {v.reporter} —{" "}
            </span>
            <SourceRefs ids={v.sourceIds} sources={sources} />
            {i === 0 && <span className="ml-1 rounded bg-slate-800 px-1 text-white">{t("common.primaryRule")}</span>}
            {v.note && <span className="block text-slate-600 italic">{v.note}</span>}
          </li>
        ))}
      </ul>
    </span>
  );
}
