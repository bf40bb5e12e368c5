import { createContext, useContext } from "react";
import type { ChartHandle } from "../export/serialize-chart";
import type { PanelKey } from "../lib/panels";
import type { TableBuilder } from "./view-tables";

export type { ChartHandle } from "../export/serialize-chart";

export interface PanelContextValue {
  panel: PanelKey;
  id: string;
  title: string;
  /** The filters the panel depends on, in words ("year 2024, sectors: energy"). */
  filters: string;
  /** Which filters change what the panel shows. */
  uses: { year: boolean; sectors: boolean };
  getTable: TableBuilder;
  /** Charts register here when drawn; the download menu reads them (no DOM search). */
  registerChart: (handle: ChartHandle) => () => void;
  charts: () => ChartHandle[];
  /** After an action whose button disappears, focus goes to the panel's heading, not the page top. */
  focusHeading: () => void;
}

export const PanelContext = createContext<PanelContextValue | null>(null);

/** Inside a panel's scaffold: the panel's identity, its table builder and its charts. */
export function usePanelContext(): PanelContextValue | null {
  return useContext(PanelContext);
}
