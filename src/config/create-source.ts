import { QueryClient } from "@tanstack/react-query";
import { createBundledSource } from "../data-source/bundled-source";
import type { DataSource } from "../data-source/data-source";
import { createHttpSource, retryDelay, shouldRetry } from "../data-source/http-source";
import type { ResolvedConfig } from "./runtime-config";

export function createDataSource(config: ResolvedConfig): DataSource {
  return config.dataSource === "http" && config.apiBaseUrl !== null
    ? createHttpSource({ baseUrl: config.apiBaseUrl, timeoutMs: config.timeoutMs })
    : createBundledSource();
}

/** Retries network errors and 5xx with backoff (never a 4xx or a malformed response); no refetch on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false } },
  });
}
