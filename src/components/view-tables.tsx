import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import type { TableModel } from "../export/table-model";
import { PANEL_KEYS, type PanelKey } from "../lib/panels";

export type TableBuilder = () => TableModel | null;

interface ViewTables {
  register: (panel: PanelKey, build: TableBuilder) => () => void;
  /** The table models of every mounted panel, in page order, built now. */
  current: () => TableModel[];
}

const ViewTablesContext = createContext<ViewTables | null>(null);

/**
 * Each mounted panel registers how to build its table model, so "Cite this view" can list the
 * sources of exactly what is on screen. Builders run only when asked (on a click), never on a
 * filter change; the map lives in a ref, so registering re-renders nothing.
 */
export function ViewTablesProvider({ children }: { children: ReactNode }) {
  const builders = useRef(new Map<PanelKey, TableBuilder>());
  const value = useMemo<ViewTables>(
    () => ({
      register(panel, build) {
        builders.current.set(panel, build);
        return () => {
          if (builders.current.get(panel) === build) builders.current.delete(panel);
        };
      },
      current: () =>
        PANEL_KEYS.map((key) => builders.current.get(key)?.() ?? null).filter((m): m is TableModel => m !== null),
    }),
    [],
  );
  return <ViewTablesContext.Provider value={value}>{children}</ViewTablesContext.Provider>;
}

export function useRegisterTable(panel: PanelKey, build: TableBuilder): void {
  const tables = useContext(ViewTablesContext);
  useEffect(() => tables?.register(panel, build), [tables, panel, build]);
}

/** Builds the tables of what is on screen at the moment it is called. */
export function useCurrentTables(): () => TableModel[] {
  const tables = useContext(ViewTablesContext);
  return useCallback(() => tables?.current() ?? [], [tables]);
}
