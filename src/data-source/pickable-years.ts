import type { InvestmentRecord, TradeRecord } from "./schema";
import { periodYear } from "./versions";

/**
 * The years a reader can pick (newest first): every year a trade or investment figure is for.
 * Stocks are dated statements, not periods, so they add no year. The reference server
 * prerenders a page for each (server/prerendered-pages.ts).
 */
export function pickableYears(trade: readonly TradeRecord[], investment: readonly InvestmentRecord[]): number[] {
  const years = new Set<number>();
  for (const r of [...trade, ...investment]) {
    if (r.periodStart === null) continue;
    const y = periodYear(r);
    if (y !== null) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}
