import { QueryClient } from "@tanstack/react-query";
import type { BundledRaw } from "../data-source/bundled-files";
import { createBundledSource } from "../data-source/bundled-source";
import type { DataSource } from "../data-source/data-source";
import { createHttpSource, retryDelay, shouldRetry } from "../data-source/http-source";
import type { ResolvedConfig } from "./runtime-config";

function usesApi(config: ResolvedConfig): config is ResolvedConfig & { apiBaseUrl: string } {
  return config.dataSource === "http" && config.apiBaseUrl !== null;
}

/** The configured source: the API, or the bundled files (fetched already, see main.tsx). */
export async function createDataSource(
  config: ResolvedConfig,
  bundled: () => Promise<BundledRaw>,
): Promise<DataSource> {
  return usesApi(config)
    ? createHttpSource({ baseUrl: config.apiBaseUrl, timeoutMs: config.timeoutMs })
    : createBundledSource(await bundled());
}

/** Retries network errors and 5xx with backoff (never a 4xx or a malformed response); no refetch on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false } },
  });
}
