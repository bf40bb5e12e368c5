import { useCallback, useMemo, useRef, type ReactNode } from "react";
import { filtersInWords } from "../export/citation";
import { t } from "../lib/messages";
import { panelMeta, type PanelKey } from "../lib/panels";
import { useFilterStore } from "../state/filter-store";
import { useFocusYear } from "../state/focus-year";
import { usePanelTable } from "../state/panel-view";
import { PanelContext, type ChartHandle, type PanelContextValue } from "./panel-context";
import { PanelFrame } from "./panel-frame";
import { panelStatus, type QueryLike } from "./panel-status";
import { PanelTools } from "./panel-tools";
import { useSources } from "./use-sources";
import { useEmbedded } from "./embed-context";
import { EmbedFrame } from "./embed-frame";
import { useRegisterTable, type TableBuilder } from "./view-tables";

interface PanelScaffoldProps {
  panel: PanelKey;
  /** The queries the panel reads, besides the sources list (always included). */
  queries: readonly QueryLike[];
  /** The body can be drawn (its view model is built). */
  ready: boolean;
  /** Builds the table model of what the panel shows now; called on demand only. */
  getTable: TableBuilder;
  /** Which filters change what the panel shows (named in downloads and citations). */
  filters: "year" | "sectors" | "both";
  /** The year the panel shows, when it is not the focus year (a fallback while trade data fails). */
  year?: number | null;
  /** The body; called once the panel is ready, with whether it shows its table. */
  children: (asTable: boolean) => ReactNode;
}

/**
 * What every panel shares: its frame and heading from the registry, the loading / error /
 * stale-data states of its queries, the chart/table switch and the download menu, the
 * registration of its table (for "Cite this view") and of its charts (for image downloads).
 * A panel file holds only its body.
 */
export function PanelScaffold({
  panel,
  queries,
  ready,
  getTable,
  filters: uses,
  year: shown,
  children,
}: PanelScaffoldProps) {
  const meta = panelMeta(panel);
  const focusYear = useFocusYear();
  const year = shown === undefined ? focusYear : shown;
  const storeSectors = useFilterStore((s) => s.sectors);
  const sectors = uses === "year" ? undefined : storeSectors;
  const filters = filtersInWords(uses === "sectors" ? null : year, sectors ?? null);
  const sources = useSources();
  const status = panelStatus([...queries, sources], ready && sources.value !== null);
  const [asTable] = usePanelTable(panel);
  useRegisterTable(panel, getTable);
  const charts = useRef(new Set<ChartHandle>());
  const registerChart = useCallback((handle: ChartHandle) => {
    charts.current.add(handle);
    return () => void charts.current.delete(handle);
  }, []);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useCallback(() => requestAnimationFrame(() => heading.current?.focus()), []);
  const title = t(meta.title);
  const embedded = useEmbedded();
  const context = useMemo<PanelContextValue>(
    () => ({
      panel,
      id: meta.id,
      title,
      filters,
      uses: { year: uses !== "sectors", sectors: uses !== "year" },
      getTable,
      registerChart,
      charts: () => [...charts.current].filter((c) => c.chart.isConnected),
      focusHeading,
    }),
    [panel, meta.id, title, filters, uses, getTable, registerChart, focusHeading],
  );
  return (
    <PanelContext.Provider value={context}>
      {embedded ? (
        <EmbedFrame id={meta.id} title={title} {...status} year={year} headingRef={heading} body={children} />
      ) : (
        <PanelFrame
          id={meta.id}
          title={title}
          description={t(meta.description)}
          {...status}
          year={year}
          sectors={sectors}
          tools={<PanelTools />}
          headingRef={heading}
        >
          {status.state === "ready" && children(asTable)}
        </PanelFrame>
      )}
    </PanelContext.Provider>
  );
}
