/**
 * The one list of the dashboard's panels: each panel's identity is declared here and
 * nowhere else. The URL codec reads the keys (`table=trade~fdi`), downloads their ids
 * (file names), the app shell their titles and descriptions (headings, error boundaries).
 * Components are attached by key in the app layer (src/app/panel-registry.ts).
 */
import { t, type MessageKey } from "./messages";

export interface PanelMeta {
  /** Short and stable: part of shared links (`table=`). Never rename, only add. */
  key: string;
  /** The section's id and the start of download file names. */
  id: string;
  title: MessageKey;
  description: MessageKey;
}

export const PANELS = [
  { key: "trade", id: "trade-turnover", title: "trade.title", description: "trade.description" },
  { key: "exports", id: "export-composition", title: "exports.title", description: "exports.description" },
  { key: "fdi", id: "foreign-direct-investment", title: "fdi.title", description: "fdi.description" },
  { key: "companies", id: "companies-present", title: "companies.title", description: "companies.description" },
  { key: "milestones", id: "milestones", title: "milestones.title", description: "milestones.description" },
] as const satisfies readonly PanelMeta[];

export type PanelKey = (typeof PANELS)[number]["key"];

/** Page order; also the canonical order of `table=` in links. */
export const PANEL_KEYS: readonly PanelKey[] = PANELS.map((p) => p.key);

export function panelMeta(key: PanelKey): PanelMeta {
  const meta = PANELS.find((p) => p.key === key);
  if (!meta) throw new Error(`Unknown panel "${key}"`);
  return meta;
}

/** The panel's title in the current language (looked up at call time, never at module load). */
export function panelTitle(key: PanelKey): string {
  return t(panelMeta(key).title);
}
