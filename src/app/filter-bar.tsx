import { useEffect, useMemo, useState } from "react";
import { useResource } from "../data-source/queries";
import { SECTOR_IDS } from "../data-source/schema";
import { periodYear } from "../data-source/versions";
import { useSources } from "../components/use-sources";
import type { Source } from "../data-source/schema";
import { buildCitation, usedSources } from "../lib/export/citation";
import { currentTables } from "../lib/export/view-registry";
import { t } from "../lib/messages";
import { useFilterStore } from "../state/filter-store";
import { useDefaultYear, useFocusYear } from "../state/focus-year";

function useYearOptions(focus: number | null): number[] {
  const trade = useResource("trade");
  const investment = useResource("investment");
  return useMemo(() => {
    const years = new Set<number>();
    for (const r of [...(trade.data?.records ?? []), ...(investment.data?.records ?? [])]) {
      if (r.periodStart === null) continue; // stocks are dated statements, not periods
      const y = periodYear(r);
      if (y !== null) years.add(y);
    }
    if (focus !== null) years.add(focus);
    return [...years].sort((a, b) => b - a);
  }, [trade.data, investment.data, focus]);
}

export function FilterBar() {
  const year = useFocusYear();
  const { year: defaultYear } = useDefaultYear();
  const years = useYearOptions(year);
  const sectors = useFilterStore((s) => s.sectors);
  const selectYear = useFilterStore((s) => s.selectYear);
  const toggleSector = useFilterStore((s) => s.toggleSector);
  const clearSectors = useFilterStore((s) => s.clearSectors);
  const sectorSummary =
    sectors.length === 0
      ? t("filters.allSectors")
      : sectors.length <= 2
        ? sectors.map((s) => t(`sector.${s}`)).join(", ")
        : t("filters.sectorsSelected", { count: sectors.length });

  return (
    <div role="group" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-sm">
        <span className="font-medium">{t("filters.year")}</span>
        <select
          className="input"
          value={year ?? ""}
          onChange={(e) => selectYear(Number(e.target.value))}
          disabled={years.length === 0}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y === defaultYear ? t("filters.yearDefault", { year: y }) : y}
            </option>
          ))}
        </select>
      </label>
      <details className="relative text-sm">
        <summary
          id="sector-menu"
          className="input cursor-pointer list-none"
          aria-label={`${t("filters.sector")}: ${sectorSummary}`}
        >
          <span className="font-medium">{t("filters.sector")}:</span> {sectorSummary} <span aria-hidden="true">▾</span>
        </summary>
        <fieldset className="absolute z-20 mt-1 w-64 rounded-md border border-slate-300 bg-white p-3 shadow-lg">
          <legend className="sr-only">{t("filters.sector")}</legend>
          <div className="grid grid-cols-2 gap-1">
            {SECTOR_IDS.map((id) => (
              <label key={id} className="flex items-center gap-2">
                <input type="checkbox" checked={sectors.includes(id)} onChange={() => toggleSector(id)} />
                {t(`sector.${id}`)}
              </label>
            ))}
          </div>
          <button type="button" className="btn mt-2" onClick={clearSectors} disabled={sectors.length === 0}>
            {t("filters.clearSectors")}
          </button>
        </fieldset>
      </details>
      {sectors.length > 0 && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            clearSectors();
            document.getElementById("sector-menu")?.focus(); // this button disappears with the filter
          }}
        >
          {t("filters.clearSectors")}
        </button>
      )}
      <CopyLinkButton />
      <CiteButton />
    </div>
  );
}

/** Copies `text()` to the clipboard; on failure shows it in a box to copy by hand. */
function CopyButton({
  label,
  copiedText,
  failedText,
  text,
  multiline = false,
  primary = false,
}: {
  label: string;
  copiedText: string;
  failedText: string;
  text: () => string;
  multiline?: boolean;
  primary?: boolean;
}) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [value, setValue] = useState("");
  useEffect(() => {
    if (status === "idle") return;
    // The confirmation fades; the manual-copy box stays a little longer, then closes too.
    const timer = window.setTimeout(() => setStatus("idle"), status === "copied" ? 4000 : 20000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    const content = text();
    setValue(content);
    try {
      await navigator.clipboard.writeText(content);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <div className="relative flex flex-col text-sm">
      <button type="button" className={primary ? "btn btn-primary" : "btn"} onClick={() => void copy()}>
        {label}
      </button>
      <div role="status" className="absolute top-full right-0 z-20 mt-1 text-xs">
        {status === "copied" && <span className="whitespace-nowrap text-emerald-800">{copiedText}</span>}
        {status === "failed" && (
          <label className="block w-[min(18rem,calc(100vw-2rem))] rounded border border-slate-300 bg-white p-2 shadow">
            {failedText}
            {multiline ? (
              <textarea
                className="input mt-1 h-32 w-full"
                readOnly
                value={value}
                onFocus={(e) => e.currentTarget.select()}
              />
            ) : (
              <input className="input mt-1 w-full" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
            )}
          </label>
        )}
      </div>
    </div>
  );
}

/** A citation of exactly this view; the sources are read from the panels on screen at the moment of the click. */
function CiteButton() {
  const year = useFocusYear();
  const sectors = useFilterStore((s) => s.sectors);
  const sourcesQuery = useSources();
  const text = () => {
    const tables = currentTables();
    const index = sourcesQuery.value?.index ?? new Map<string, Source>();
    const shownAsTables = new Set(useFilterStore.getState().tables);
    return buildCitation({
      year,
      sectors,
      tables: tables.filter((m) => shownAsTables.has(m.panel)).map((m) => m.title),
      link: window.location.href,
      accessed: new Date(),
      sources: usedSources(
        tables.flatMap((m) => m.rows.flatMap((r) => r.sourceIds)),
        index,
      ),
    });
  };
  return (
    <CopyButton
      label={t("cite.button")}
      copiedText={t("cite.copied")}
      failedText={t("cite.copyFailed")}
      text={text}
      multiline
    />
  );
}

function CopyLinkButton() {
  return (
    <CopyButton
      label={t("filters.copyLink")}
      copiedText={t("filters.copied")}
      failedText={t("filters.copyFailed")}
      text={() => window.location.href}
      primary
    />
  );
}
