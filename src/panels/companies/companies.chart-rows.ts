import type { SectorId } from "../../data-source/schema";
import { formatList } from "../../lib/format";
import { t } from "../../lib/messages";
import type { SectorCount } from "./companies.transform";

export interface SectorBar extends SectorCount {
  label: string;
}

/** The sectors with at least one named U.S. company, in sector order, each with its name. */
export function sectorBars(bySector: readonly SectorCount[]): SectorBar[] {
  return bySector.filter((r) => r.count > 0).map((r) => ({ ...r, label: t(`sector.${r.sector}`) }));
}

/**
 * The chart's text alternative, its takeaway first: the sector (or the tied sectors) with the
 * most named U.S. companies, among how many sectors have any; then where every count is.
 */
/** The sector chart's height in px: one row per sector. */
export function sectorChartHeight(bars: readonly SectorBar[]): number {
  return Math.max(160, bars.length * 26 + 20);
}

export function sectorSummary(bars: readonly SectorBar[]): string {
  const most = Math.max(0, ...bars.map((r) => r.count));
  const top = bars.filter((r) => r.count === most && most > 0);
  if (top.length === 0) return t("companies.chartSummaryNone");
  return t("companies.chartSummary", {
    top: formatList(top.map((r) => r.label)),
    tied: top.length,
    count: most,
    sectors: bars.filter((r) => r.count > 0).length,
  });
}

/** A bar is drawn strong when no sector is selected or its sector is. */
export function isHighlighted(sector: SectorId, selected: readonly SectorId[]): boolean {
  return selected.length === 0 || selected.includes(sector);
}
