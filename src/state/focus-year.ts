import { useResource } from "../data-source/queries";
import type { TradeRecord } from "../data-source/schema";
import { isFullYear } from "../lib/format";
import { weakMemo } from "../lib/weak-memo";
import { useFilterStore } from "./filter-store";

const LEVEL_METRICS: ReadonlySet<TradeRecord["metric"]> = new Set(["turnover", "imports", "exports"]);

/** DESIGN.md: the default year is the latest year with a full-year trade figure. */
export const latestFullTradeYear = weakMemo(function latestFullTradeYear(
  records: readonly TradeRecord[],
): number | null {
  let latest: number | null = null;
  for (const r of records) {
    if (!LEVEL_METRICS.has(r.metric) || r.periodEnd === null || !isFullYear(r.periodStart, r.periodEnd)) continue;
    const year = Number(r.periodEnd.slice(0, 4));
    if (latest === null || year > latest) latest = year;
  }
  return latest;
});

export function useDefaultYear(): { year: number | null; settled: boolean } {
  const trade = useResource("trade");
  return {
    year: trade.data ? latestFullTradeYear(trade.data.records) : null,
    settled: trade.isSuccess || trade.isError,
  };
}

/**
 * The year every panel shows: the chosen one, else the default. `fallback` is used by a
 * panel when the trade data (which defines the default) failed, so it can still draw.
 */
export function useFocusYear(fallback: number | null = null): number | null {
  const chosen = useFilterStore((s) => s.year);
  const { year: defaultYear } = useDefaultYear();
  return chosen ?? defaultYear ?? fallback;
}

/** The year the focus year is compared with (the `vs` filter), or null; never the focus year itself. */
export function useCompareYear(fallback: number | null = null): number | null {
  const vs = useFilterStore((s) => s.vs);
  const focus = useFocusYear(fallback);
  return vs !== null && vs !== focus ? vs : null;
}
