/**
 * Each mounted panel registers how to build its table model, so "Cite this view" can list
 * the sources of exactly what is on screen without every panel re-rendering the header.
 * Builders run only when asked (on a click), never on a filter change.
 */
import { PANEL_KEYS, type PanelKey } from "../../state/url-codec";
import type { TableModel } from "./table-model";

export type TableBuilder = () => TableModel | null;

const builders = new Map<PanelKey, TableBuilder>();

export function registerTable(panel: PanelKey, build: TableBuilder): () => void {
  builders.set(panel, build);
  return () => {
    if (builders.get(panel) === build) builders.delete(panel);
  };
}

/** The models of every mounted panel, in page order. */
export function currentTables(): TableModel[] {
  return PANEL_KEYS.map((key) => builders.get(key)?.() ?? null).filter((m): m is TableModel => m !== null);
}
