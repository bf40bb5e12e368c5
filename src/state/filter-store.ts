import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import { SECTOR_IDS, type SectorId } from "../data-source/sector-ids";
import { DEFAULT_LANGUAGE, type Language } from "../lib/messages/languages";
import type { PanelKey } from "../lib/panels";
import { canonicalSectors, canonicalTables, type FilterState, type IgnoredPart } from "./url-codec";

export interface FilterStore extends FilterState {
  /**
   * The page's language (the address's path, see url-codec.ts). Set only together with
   * activateLanguage (src/state/language.ts), so `t` and the store always agree.
   */
  language: Language;
  /** Parts of the last loaded URL that were ignored; shown in a status notice. */
  notices: IgnoredPart[];
  /** Selects the focus year; a comparison with that same year is dropped. */
  selectYear: (year: number) => void;
  /** Compares the focus year with another year (null: no comparison). */
  selectCompareYear: (year: number | null) => void;
  /** Adds or removes one sector; selecting every sector means "all" (empty list). */
  toggleSector: (sector: SectorId) => void;
  /** Selects just this sector; selecting the only selected sector again returns to all. */
  focusSector: (sector: SectorId) => void;
  clearSectors: () => void;
  /** Shows one panel as a table (true) or as its chart (false). */
  setPanelTable: (panel: PanelKey, table: boolean) => void;
  resetFilters: () => void;
  /** Replaces the filters (and the language, when given) from a decoded URL (no history entry of its own). */
  hydrate: (state: FilterState, notices: IgnoredPart[], language?: Language) => void;
  setLanguage: (language: Language) => void;
  dismissNotices: () => void;
}

function normalise(sectors: readonly SectorId[]): SectorId[] {
  const list = canonicalSectors(sectors);
  return list.length === SECTOR_IDS.length ? [] : list;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

type Hydrated = FilterState & { notices: IgnoredPart[]; language: Language };

function sameFilters(a: Hydrated, b: Hydrated): boolean {
  return (
    a.language === b.language &&
    a.year === b.year &&
    a.vs === b.vs &&
    sameList(a.sectors, b.sectors) &&
    sameList(a.tables, b.tables) &&
    JSON.stringify(a.notices) === JSON.stringify(b.notices)
  );
}

const filterStore = createStore<FilterStore>()((set) => ({
  year: null,
  sectors: [],
  tables: [],
  vs: null,
  notices: [],
  language: DEFAULT_LANGUAGE,
  selectYear: (year) => set((s) => ({ year, vs: s.vs === year ? null : s.vs })),
  selectCompareYear: (vs) => set({ vs }),
  toggleSector: (sector) =>
    set((s) => ({
      sectors: normalise(s.sectors.includes(sector) ? s.sectors.filter((x) => x !== sector) : [...s.sectors, sector]),
    })),
  focusSector: (sector) =>
    set((s) => ({
      sectors: s.sectors.length === 1 && s.sectors[0] === sector ? [] : [sector],
    })),
  clearSectors: () => set({ sectors: [] }),
  setPanelTable: (panel, table) =>
    set((s) =>
      s.tables.includes(panel) === table
        ? s
        : { tables: canonicalTables(table ? [...s.tables, panel] : s.tables.filter((p) => p !== panel)) },
    ),
  resetFilters: () => set({ year: null, sectors: [], vs: null }),
  setLanguage: (language) => set({ language }),
  hydrate: (state, notices, language) =>
    set((s) => {
      const next = {
        language: language ?? s.language,
        year: state.year,
        vs: state.vs,
        sectors: normalise(state.sectors),
        tables: canonicalTables(state.tables),
        notices,
      };
      // The same link read twice (main.tsx, then the sync hook on mount) changes nothing: no re-render.
      return sameFilters(s, next) ? s : next;
    }),
  dismissNotices: () => set({ notices: [] }),
}));

/**
 * The store's hook. Its server snapshot is the view the page was rendered for, not the state
 * the store was created with (zustand's default): the server render sets the view before it
 * renders (and reads the current state), and the client pins the view it read from the link
 * before it hydrates (pinServerSnapshot). A part of the page hydrated later (selective
 * hydration, HydrateWhenIdle) still finds the server's view, then renders the current one.
 */
let serverSnapshot: FilterStore | null = null;
const hydrationSafe = { ...filterStore, getInitialState: () => serverSnapshot ?? filterStore.getState() };
export const useFilterStore = Object.assign(
  <T>(selector: (state: FilterStore) => T): T => useStore(hydrationSafe, selector),
  filterStore,
);

/** Client, before hydrateRoot: the current view is what the prerendered page holds. */
export function pinServerSnapshot(): void {
  serverSnapshot = filterStore.getState();
}
