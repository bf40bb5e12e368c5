import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode, useEffect } from "react";
import { t } from "../lib/messages";
import { PrerenderedChartsContext } from "../components/chart-islands";
import type { ResolvedConfig } from "../config/build-config";
import { DeploymentContext } from "../config/deployment-context";
import type { DataSource } from "../data-source/data-source";
import { DataSourceContext, LanguageContext } from "../data-source/queries";
import { useFilterStore } from "../state/filter-store";
import { App } from "./app";
import { EmbedPage } from "./embed-page";
import { PANEL_REGISTRY } from "./panel-registry";

/** The document's title: the dashboard's, or on an embed the panel's first. */
function documentTitle(embed: string | null): string {
  const entry = embed === null ? undefined : PANEL_REGISTRY.find((p) => p.key === embed);
  return entry ? t("embed.documentTitle", { title: t(entry.title), app: t("app.title") }) : t("app.documentTitle");
}

/**
 * The page in the store's language: a new language renders the page afresh (every message and
 * formatter reads it), while the data, the filters and the tables' state stay in their stores.
 */
function InLanguage({ embed }: { embed: string | null }) {
  const language = useFilterStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = documentTitle(embed);
  }, [language, embed]);
  return (
    <LanguageContext.Provider value={language}>
      {embed === null ? <App key={language} /> : <EmbedPage key={language} panel={embed} />}
    </LanguageContext.Provider>
  );
}

/**
 * The app inside its providers: the one tree the browser renders or hydrates and the
 * prerender writes (src/prerender/render-view.tsx), so both produce the same markup.
 */
export function AppRoot({
  config,
  queryClient,
  source,
  charts = null,
  embed = null,
}: {
  config: ResolvedConfig;
  queryClient: QueryClient;
  source: DataSource;
  /** Server render only: the captured drawings of the charts (chart-islands.ts). */
  charts?: ReadonlyMap<string, string> | null;
  /** The panel key of a chart-only view (/embed/<key>); null: the dashboard. */
  embed?: string | null;
}) {
  return (
    <StrictMode>
      <DeploymentContext.Provider value={config}>
        <QueryClientProvider client={queryClient}>
          <DataSourceContext.Provider value={source}>
            <PrerenderedChartsContext.Provider value={charts}>
              <InLanguage embed={embed} />
            </PrerenderedChartsContext.Provider>
          </DataSourceContext.Provider>
        </QueryClientProvider>
      </DeploymentContext.Provider>
    </StrictMode>
  );
}
