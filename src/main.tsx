import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createDataSource, createQueryClient } from "./config/create-source";
import { DeploymentContext } from "./config/deployment-context";
import { loadRuntimeConfig } from "./config/runtime-config";
import { fetchBundledDataset } from "./data-source/bundled-files";
import { DataSourceContext } from "./data-source/queries";
import { hydrateFromUrl } from "./state/url-sync";
import "./index.css";

// Read the link before the first render, so a deep link is drawn as linked from the first frame.
hydrateFromUrl();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Deployment configuration (build env, then config.json next to index.html) picks the data
// source. The bundled files are fetched meanwhile, not after: index.html preloads them and
// config.json with the script, so neither costs a round trip of its own before the first render.
const bundled = fetchBundledDataset();
const config = await loadRuntimeConfig(import.meta.env, window.location.href);
const source = await createDataSource(config, () => bundled);
const queryClient = createQueryClient();

createRoot(root).render(
  <StrictMode>
    <DeploymentContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>
        <DataSourceContext.Provider value={source}>
          <App />
        </DataSourceContext.Provider>
      </QueryClientProvider>
    </DeploymentContext.Provider>
  </StrictMode>,
);
