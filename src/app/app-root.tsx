import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { PrerenderedChartsContext } from "../components/chart-islands";
import type { ResolvedConfig } from "../config/build-config";
import { DeploymentContext } from "../config/deployment-context";
import type { DataSource } from "../data-source/data-source";
import { DataSourceContext } from "../data-source/queries";
import { App } from "./app";

/**
 * The app inside its providers: the one tree the browser renders or hydrates and the
 * prerender writes (src/prerender/render-view.tsx), so both produce the same markup.
 */
export function AppRoot({
  config,
  queryClient,
  source,
  charts = null,
}: {
  config: ResolvedConfig;
  queryClient: QueryClient;
  source: DataSource;
  /** Server render only: the captured drawings of the charts (chart-islands.ts). */
  charts?: ReadonlyMap<string, string> | null;
}) {
  return (
    <StrictMode>
      <DeploymentContext.Provider value={config}>
        <QueryClientProvider client={queryClient}>
          <DataSourceContext.Provider value={source}>
            <PrerenderedChartsContext.Provider value={charts}>
              <App />
            </PrerenderedChartsContext.Provider>
          </DataSourceContext.Provider>
        </QueryClientProvider>
      </DeploymentContext.Provider>
    </StrictMode>
  );
}
