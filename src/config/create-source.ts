import { QueryClient } from "@tanstack/react-query";
import { fetchBundledLabels, type BundledRaw } from "../data-source/bundled-files";
import { createBundledSource } from "../data-source/bundled-source";
import type { DataSource } from "../data-source/data-source";
import { retryDelay, shouldRetry } from "../data-source/api-error";
import type { ResolvedConfig } from "./build-config";

function usesApi(config: ResolvedConfig): config is ResolvedConfig & { apiBaseUrl: string } {
  return config.dataSource === "http" && config.apiBaseUrl !== null;
}

/** The configured source: the API, or the bundled files (fetched already, see main.tsx). */
export async function createDataSource(
  config: ResolvedConfig,
  bundled: () => Promise<BundledRaw>,
): Promise<DataSource> {
  if (!usesApi(config))
    return createBundledSource(await bundled(), undefined, (language) => fetchBundledLabels(language));
  // The HTTP source validates every response (zod): loaded only where an API is configured.
  const { createHttpSource } = await import("../data-source/http-source");
  return createHttpSource({ baseUrl: config.apiBaseUrl, timeoutMs: config.timeoutMs });
}

/** Retries network errors and 5xx with backoff (never a 4xx or a malformed response); no refetch on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false } },
  });
}
