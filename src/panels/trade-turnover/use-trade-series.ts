import { useSources } from "../../components/use-sources";
import type { SourceDates } from "../../data-source/primary";
import { useResource } from "../../data-source/queries";
import type { TradeRecord } from "../../data-source/schema";
import { weakMemo } from "../../lib/weak-memo";
import { buildTradeSeries } from "./trade-turnover.transform";

/** One series per (records, sources) pair, shared by the trade panel and the headline strip. */
const seriesFor = weakMemo((records: readonly TradeRecord[]) =>
  weakMemo((dates: SourceDates) => buildTradeSeries(records, dates)),
);

export function useTradeSeries() {
  const trade = useResource("trade");
  const sources = useSources();
  const series = trade.data && sources.value ? seriesFor(trade.data.records)(sources.value.dates) : null;
  return { trade, sources, series };
}
