import { useMemo, useState, type ReactNode, type Ref } from "react";
import { sourceLine, usedSources } from "../export/citation";
import { t } from "../lib/messages";
import { useFilterStore } from "../state/filter-store";
import { useFocusYear } from "../state/focus-year";
import { usePanelTable } from "../state/panel-view";
import { encode, languagePath } from "../state/url-codec";
import { BASE_PATH } from "../state/url-sync";
import { EmbedTabs, type EmbedTab } from "./embed-tabs";
import { usePanelContext } from "./panel-context";
import { PanelError, PanelSkeleton, RefreshNotice, type PanelState } from "./panel-frame";
import { SourceEntry } from "./source-entry";
import { useSourceIndex } from "./sources-context";

type Tab = "chart" | "table" | "sources";

interface EmbedFrameProps {
  id: string;
  title: string;
  state: PanelState;
  year: number | null;
  error?: Error | null;
  refreshError?: Error | null;
  onRetry?: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The panel's body, as a chart or as its table. */
  body: (asTable: boolean) => ReactNode;
}

/**
 * A panel as its chart-only view (/embed/<panel>), in place of its dashboard frame: the title,
 * the filters in words, Chart / Table / Sources tabs, the sources line and a link back to the
 * same view of the full dashboard. Chart or table is the panel's own switch (in the link:
 * `table=`), so a reload keeps it.
 */
export function EmbedFrame({
  id,
  title,
  state,
  year,
  error,
  refreshError,
  onRetry,
  headingRef,
  body,
}: EmbedFrameProps) {
  const panel = usePanelContext();
  const [asTable, setAsTable] = usePanelTable(panel?.panel ?? "trade");
  const [showSources, setShowSources] = useState(false);
  const index = useSourceIndex();
  const getTable = panel?.getTable;
  const sources = useMemo(() => {
    if (state !== "ready" || !getTable) return [];
    return usedSources(getTable()?.rows.flatMap((row) => row.sourceIds) ?? [], index);
  }, [state, getTable, index]);
  const selected: Tab = showSources ? "sources" : asTable ? "table" : "chart";
  const tabs: EmbedTab<Tab>[] = [
    { key: "chart", label: t("panel.chart") },
    { key: "table", label: t("panel.table") },
    { key: "sources", label: t("sources.title") },
  ];
  const select = (tab: Tab) => {
    setShowSources(tab === "sources");
    if (tab !== "sources") setAsTable(tab === "table");
  };
  const filters = panel?.filters ?? "";
  return (
    <section
      aria-labelledby={`${id}-heading`}
      aria-busy={state === "loading"}
      data-panel={id}
      data-state={state}
      data-year={year ?? ""}
      className="flex min-w-0 flex-col gap-2 p-3"
    >
      {/* The link back sits at the top: in a short frame the footer is below the fold. */}
      <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <h1 ref={headingRef} id={`${id}-heading`} tabIndex={-1} className="text-lg leading-snug font-semibold">
            {title}
          </h1>
          {filters !== "" && <p className="text-sm text-slate-700">{t("embed.showing", { filters })}</p>}
        </div>
        <p className="text-sm">
          <FullViewLink anchor={`${id}-heading`} />
        </p>
      </header>
      {state === "loading" && <PanelSkeleton />}
      {state === "error" && <PanelError error={error ?? null} onRetry={onRetry} />}
      {state === "ready" && (
        <EmbedTabs label={t("embed.tabs", { title })} tabs={tabs} selected={selected} onSelect={select}>
          {refreshError && <RefreshNotice error={refreshError} onRetry={onRetry} />}
          {selected === "sources" ? <SourcesList ids={sources.map((s) => s.id)} /> : body(asTable)}
        </EmbedTabs>
      )}
      <footer className="flex flex-col gap-1 border-t border-slate-200 pt-2 text-xs text-slate-700">
        {sources.length > 0 && <p className="line-clamp-3">{sourceLine(sources)}</p>}
        <p>{t("app.title")}</p>
      </footer>
    </section>
  );
}

function SourcesList({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return <p className="empty-note">{t("embed.noSources")}</p>;
  return (
    <div className="text-sm">
      <p>{t("embed.sourcesIntro")}</p>
      <ul className="m-0 list-none p-0">
        {ids.map((id) => (
          <SourceEntry key={id} id={id} />
        ))}
      </ul>
    </div>
  );
}

/**
 * The same view in the full dashboard, year pinned. It opens a new tab: inside a frame the
 * dashboard would refuse to load (it may not be framed), and taking over the host's page would
 * lose the reader's place there.
 */
function FullViewLink({ anchor }: { anchor: string }) {
  const focusYear = useFocusYear();
  const language = useFilterStore((s) => s.language);
  const year = useFilterStore((s) => s.year);
  const sectors = useFilterStore((s) => s.sectors);
  const tables = useFilterStore((s) => s.tables);
  const vs = useFilterStore((s) => s.vs);
  const href = `${languagePath(language, BASE_PATH)}${encode({ year: year ?? focusYear, vs, sectors, tables }, null)}#${anchor}`;
  return (
    <a href={href} target="_blank" rel="noopener" className="provenance-link inline-flex min-h-6 items-center">
      {t("embed.openFull")}
      <span aria-hidden="true">&nbsp;↗</span>
      <span className="sr-only"> {t("embed.newTab")}</span>
    </a>
  );
}
