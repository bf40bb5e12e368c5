import { useCallback } from "react";
import { useFilterStore } from "./filter-store";
import type { PanelKey } from "../lib/panels";

/**
 * Whether a panel shows its table instead of its chart (part of the URL: `table=`), and the
 * setter. A boolean selector: switching one panel re-renders that panel only.
 */
export function usePanelTable(panel: PanelKey): [boolean, (table: boolean) => void] {
  const asTable = useFilterStore((s) => s.tables.includes(panel));
  const setPanelTable = useFilterStore((s) => s.setPanelTable);
  const set = useCallback((table: boolean) => setPanelTable(panel, table), [panel, setPanelTable]);
  return [asTable, set];
}
