import type { SectorId } from "../../data-source/schema";
import { t } from "../../lib/messages";
import type { SectorCount } from "./companies.transform";

export interface SectorBar extends SectorCount {
  label: string;
}

/** The sectors with at least one named U.S. company, in sector order, each with its name. */
export function sectorBars(bySector: readonly SectorCount[]): SectorBar[] {
  return bySector.filter((r) => r.count > 0).map((r) => ({ ...r, label: t(`sector.${r.sector}`) }));
}

/** The chart's text alternative: every sector with its count. */
export function sectorSummary(bars: readonly SectorBar[]): string {
  return t("companies.chartSummary", { summary: bars.map((r) => `${r.label} ${r.count}`).join("; ") });
}

/** A bar is drawn strong when no sector is selected or its sector is. */
export function isHighlighted(sector: SectorId, selected: readonly SectorId[]): boolean {
  return selected.length === 0 || selected.includes(sector);
}
