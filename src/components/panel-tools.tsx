import { useEffect, useId, useState } from "react";
import { useDataVersion } from "../data-source/queries";
import type { SectorId } from "../data-source/schema";
import { activeFiltersInWords } from "../export/citation";
import { exportFileName, type ExportFormat } from "../export/file-name";
import { t } from "../lib/messages";
import { useFilterStore } from "../state/filter-store";
import { useFocusYear } from "../state/focus-year";
import { usePanelTable } from "../state/panel-view";
import { EmbedButton } from "./embed-dialog";
import { MenuButton, type MenuItem } from "./menu-button";
import { usePanelContext, type PanelContextValue } from "./panel-context";
import { usePinnedLink } from "./pinned-link";
import { useSourceIndex } from "./sources-context";

/** The chart/table switch and the download menu in a panel's header (inside its scaffold). */
export function PanelTools() {
  const panel = usePanelContext();
  const [asTable, setAsTable] = usePanelTable(panel?.panel ?? "trade");
  if (!panel) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label={t("panel.viewAs", { title: panel.title })} className="segmented">
        <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
          {t("panel.chart")}
        </button>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
          {t("panel.table")}
        </button>
      </div>
      <DownloadMenu panel={panel} asTable={asTable} />
      <EmbedButton panel={panel} asTable={asTable} />
    </div>
  );
}

type Status = { kind: "idle" } | { kind: "done" | "failed"; text: string };
const FORMATS: readonly ExportFormat[] = ["csv", "png", "svg"];

/** Every active filter in words, each marked when the panel does not depend on it. */
function imageSubtitle(panel: PanelContextValue, year: number | null, sectors: readonly SectorId[]) {
  return activeFiltersInWords(year, sectors, { year: year !== null && panel.uses.year, sectors: panel.uses.sectors });
}

function DownloadMenu({ panel, asTable }: { panel: PanelContextValue; asTable: boolean }) {
  const sources = useSourceIndex();
  const year = useFocusYear();
  const sectors = useFilterStore((s) => s.sectors);
  const link = usePinnedLink();
  const dataVersion = useDataVersion();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // Checked as the menu opens: the charts drawn at that moment (none in table view).
  const [hasChart, setHasChart] = useState(false);
  const reasonId = useId();
  useEffect(() => {
    if (status.kind === "idle") return;
    const timer = window.setTimeout(() => setStatus({ kind: "idle" }), 6000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const run = async (format: ExportFormat) => {
    const model = panel.getTable();
    if (!model) return;
    const name = exportFileName(model.file, format);
    try {
      // The export code is loaded on first use: it costs nothing on page load.
      const { exportPanel } = await import("../export/export-panel");
      await exportPanel({
        format,
        model,
        name,
        charts: panel.charts(),
        sources,
        filters: imageSubtitle(panel, year, sectors),
        link: link(),
        accessed: new Date(),
        dataVersion,
      });
      setStatus({ kind: "done", text: t("download.done", { name }) });
    } catch (error) {
      setStatus({
        kind: "failed",
        text: t("download.failed", { name, reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const items: MenuItem[] = FORMATS.map((format) => {
    const image = format !== "csv";
    return {
      key: format,
      label: format.toUpperCase(),
      name: t("download.as", { title: panel.title, format: format.toUpperCase() }),
      disabled: image && !hasChart,
      describedBy: image && !hasChart ? reasonId : undefined,
      onSelect: () => void run(format),
    };
  });
  return (
    <div className="relative text-sm">
      <MenuButton
        label={t("download.menu", { title: panel.title })}
        buttonContent={
          <>
            {t("download.label")} <span aria-hidden="true">▾</span>
          </>
        }
        items={items}
        onOpenChange={(open) => {
          if (open) setHasChart(!asTable && panel.charts().length > 0);
        }}
        footer={
          !hasChart && (
            <p id={reasonId} className="px-2 pt-1 text-xs text-slate-700">
              {asTable ? t("download.noChartTable") : t("download.noChart")}
            </p>
          )
        }
      />
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
