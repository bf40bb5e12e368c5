import { useEffect, useState } from "react";
import { usePinnedLink } from "../components/pinned-link";
import { useCurrentTables } from "../components/view-tables";
import { useSourceIndex } from "../components/sources-context";
import { useDataVersion } from "../data-source/queries";
import { buildCitation, usedSources } from "../export/citation";
import { t } from "../lib/messages";
import { useFilterStore } from "../state/filter-store";
import { useFocusYear } from "../state/focus-year";

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

/** A citation of exactly this view, its link with the year pinned; the sources are read from the panels on screen at the moment of the click. */
export function CiteButton() {
  const year = useFocusYear();
  const sectors = useFilterStore((s) => s.sectors);
  const index = useSourceIndex();
  const currentTables = useCurrentTables();
  const link = usePinnedLink();
  const dataVersion = useDataVersion();
  const text = () => {
    const tables = currentTables();
    const shownAsTables = new Set(useFilterStore.getState().tables);
    return buildCitation({
      year,
      sectors,
      tables: tables.filter((m) => shownAsTables.has(m.panel)).map((m) => m.title),
      link: link(),
      accessed: new Date(),
      dataVersion,
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

/** The link to this view with the year pinned (see pinned-link.ts). */
export function CopyLinkButton() {
  const link = usePinnedLink();
  return (
    <CopyButton
      label={t("filters.copyLink")}
      copiedText={t("filters.copied")}
      failedText={t("filters.copyFailed")}
      text={link}
      primary
    />
  );
}
