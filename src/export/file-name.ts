/**
 * File names that say what they hold: `az-us-trade-turnover-2010-2025.csv`,
 * `az-us-export-composition-2024-energy.png`; a file in Azerbaijani or Russian ends with its
 * language (`…-2025-ru.csv`). The names stay ASCII, so every system, mail client and
 * command line keeps them intact.
 */
import type { SectorId } from "../data-source/schema";
import { currentLanguage, DEFAULT_LANGUAGE } from "../lib/messages";
import { panelMeta, type PanelKey } from "../lib/panels";

export type ExportFormat = "csv" | "svg" | "png";

export interface FileNameParts {
  /** The panel; its stable id ("trade-turnover") starts the name. */
  panel: PanelKey;
  /** A single year (the year the panel shows) or a span of years. */
  years: { first: number; last: number } | null;
  /** Sector filter that changes what the file holds; empty = all sectors (not named). */
  sectors?: readonly SectorId[];
}

export function exportFileName(parts: FileNameParts, format: ExportFormat): string {
  const bits = ["az-us", panelMeta(parts.panel).id];
  if (parts.years)
    bits.push(
      parts.years.first === parts.years.last ? `${parts.years.first}` : `${parts.years.first}-${parts.years.last}`,
    );
  if (parts.sectors && parts.sectors.length > 0) bits.push(...parts.sectors);
  if (currentLanguage() !== DEFAULT_LANGUAGE) bits.push(currentLanguage());
  return `${bits.join("-").replace(/[^a-z0-9-]+/g, "-")}.${format}`;
}
