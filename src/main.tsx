import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createBundledSource } from "./data-source/bundled-source";
import { DataSourceContext } from "./data-source/queries";
import { hydrateFromUrl } from "./state/url-sync";
import "./index.css";

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
// Read the link before the first render, so a deep link is drawn as linked from the first frame.
hydrateFromUrl();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DataSourceContext.Provider value={createBundledSource()}>
        <App />
      </DataSourceContext.Provider>
    </QueryClientProvider>
  </StrictMode>,
);
