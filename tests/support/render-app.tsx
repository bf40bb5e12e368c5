import { raw } from "./dataset";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { StrictMode, type ReactElement } from "react";
import { App } from "../../src/app/app";
import { createBundledSource } from "../../src/data-source/bundled-source";
import type { DataSource } from "../../src/data-source/data-source";
import { DataSourceContext } from "../../src/data-source/queries";
import { useFilterStore } from "../../src/state/filter-store";

/** A fresh QueryClient (no retries) and a clean filter store per test. */
function renderWithData(ui: ReactElement, source: DataSource = createBundledSource(raw)) {
  useFilterStore.setState({ year: null, sectors: [], tables: [], notices: [] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // StrictMode as in main.tsx: effects run twice, which must not lose the URL notice.
  return render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <DataSourceContext.Provider value={source}>{ui}</DataSourceContext.Provider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

export function renderApp(search = "", source?: DataSource) {
  window.history.replaceState(null, "", `/${search}`);
  return renderWithData(<App />, source);
}
