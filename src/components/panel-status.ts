import type { PanelState } from "./panel-frame";

/** What a panel needs to know of each query it reads (a React Query result fits). */
export interface QueryLike {
  data: unknown;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

/** Spread onto <PanelFrame {...status}>: its state, error, refreshError and onRetry props. */
export interface PanelStatus {
  state: PanelState;
  /** A query that never produced data failed: the panel shows this error instead of its body. */
  error: Error | null;
  /** A refresh failed but the last good data is still there: the panel keeps it, with a notice. */
  refreshError: Error | null;
  /** Refetches every query that failed (or all of them, when none did). */
  onRetry: () => void;
}

export function panelStatus(queries: readonly QueryLike[], ready: boolean): PanelStatus {
  const failed = queries.filter((q) => q.error !== null);
  const fatal = failed.find((q) => q.data === undefined);
  const stale = failed.find((q) => q.data !== undefined);
  return {
    state: fatal ? "error" : ready ? "ready" : "loading",
    error: fatal?.error ?? null,
    refreshError: fatal ? null : (stale?.error ?? null),
    onRetry: () => {
      for (const q of failed.length > 0 ? failed : queries) void q.refetch();
    },
  };
}
