import { useEffect, useId, useMemo, useRef, useState } from "react";
import { exportFileName, type ExportFormat } from "../lib/export/file-name";
import { registerTable, type TableBuilder } from "../lib/export/view-registry";
import { t } from "../lib/messages";
import type { PanelKey } from "../state/url-codec";
import { usePanelTable } from "../state/panel-view";
import type { SourceIndex } from "./source-ref";

export interface PanelExport {
  key: PanelKey;
  /** Builds the table model of what the panel shows now; called on demand only. */
  getTable: TableBuilder;
  sources: SourceIndex;
  /** The filters the panel depends on, in words ("year 2024, sectors: energy"). */
  filters: string;
}

/** A panel's export description, stable while its inputs are (null until the sources are loaded). */
export function usePanelExport(
  key: PanelKey,
  getTable: TableBuilder,
  sources: SourceIndex | null,
  filters: string,
): PanelExport | null {
  return useMemo(() => (sources ? { key, getTable, sources, filters } : null), [key, getTable, sources, filters]);
}

/** The chart/table switch and the download menu in a panel's header. */
export function PanelTools({ panelId, title, exp }: { panelId: string; title: string; exp: PanelExport }) {
  const [asTable, setAsTable] = usePanelTable(exp.key);
  useEffect(() => registerTable(exp.key, exp.getTable), [exp.key, exp.getTable]);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label={t("panel.viewAs", { title })} className="segmented">
        <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
          {t("panel.chart")}
        </button>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
          {t("panel.table")}
        </button>
      </div>
      <DownloadMenu panelId={panelId} title={title} exp={exp} asTable={asTable} />
    </div>
  );
}

type Status = { kind: "idle" } | { kind: "done" | "failed"; text: string };

function DownloadMenu({
  panelId,
  title,
  exp,
  asTable,
}: {
  panelId: string;
  title: string;
  exp: PanelExport;
  asTable: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [hasChart, setHasChart] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const reasonId = useId();
  const summaryRef = useRef<HTMLElement>(null);
  const panel = () => document.querySelector(`section[data-panel="${panelId}"]`);
  useEffect(() => {
    if (status.kind === "idle") return;
    const timer = window.setTimeout(() => setStatus({ kind: "idle" }), 6000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const run = async (format: ExportFormat) => {
    const model = exp.getTable();
    if (!model) return;
    const name = exportFileName(model.file, format);
    // Close the menu; focus goes back to its toggle instead of falling to the page top.
    setOpen(false);
    summaryRef.current?.focus();
    try {
      // The export code is loaded on first use: it costs nothing on page load.
      const { exportPanel } = await import("../lib/export/export-panel");
      await exportPanel({ format, model, name, panel: panel(), sources: exp.sources, filters: exp.filters, title });
      setStatus({ kind: "done", text: t("download.done", { name }) });
    } catch (error) {
      setStatus({
        kind: "failed",
        text: t("download.failed", { name, reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const imageReason = asTable ? t("download.noChartTable") : t("download.noChart");
  return (
    <div className="relative text-sm">
      <details
        open={open}
        onToggle={(e) => {
          const isOpen = e.currentTarget.open;
          setOpen(isOpen);
          if (isOpen) setHasChart(panel()?.querySelector("[data-chart] svg.recharts-surface") != null);
        }}
      >
        <summary
          ref={summaryRef}
          className="btn cursor-pointer list-none gap-1"
          aria-label={t("download.menu", { title })}
        >
          {t("download.label")} <span aria-hidden="true">▾</span>
        </summary>
        <div className="absolute right-0 z-20 mt-1 flex w-56 flex-col gap-1 rounded-md border border-slate-300 bg-white p-2 shadow-lg">
          <DownloadButton format="csv" title={title} onRun={run} />
          <DownloadButton format="png" title={title} onRun={run} disabledBy={hasChart ? null : reasonId} />
          <DownloadButton format="svg" title={title} onRun={run} disabledBy={hasChart ? null : reasonId} />
          {!hasChart && (
            <p id={reasonId} className="text-xs text-slate-700">
              {imageReason}
            </p>
          )}
        </div>
      </details>
      <p
        role="status"
        className="absolute top-full right-0 z-10 mt-1 w-max max-w-[min(18rem,80vw)] text-xs empty:hidden"
      >
        {status.kind !== "idle" && (
          <span className={status.kind === "done" ? "text-emerald-800" : "text-red-800"}>{status.text}</span>
        )}
      </p>
    </div>
  );
}

function DownloadButton({
  format,
  title,
  onRun,
  disabledBy = null,
}: {
  format: ExportFormat;
  title: string;
  onRun: (format: ExportFormat) => Promise<void>;
  /** Id of the text saying why it is disabled; null when enabled. */
  disabledBy?: string | null;
}) {
  return (
    <button
      type="button"
      className="btn w-full justify-start"
      aria-label={t("download.as", { title, format: format.toUpperCase() })}
      disabled={disabledBy !== null}
      aria-describedby={disabledBy ?? undefined}
      onClick={() => void onRun(format)}
    >
      {format.toUpperCase()}
    </button>
  );
}
