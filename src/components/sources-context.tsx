import { createContext, useContext, type ReactNode } from "react";
import type { SourceDates } from "../data-source/primary";
import { sourceDates } from "../data-source/versions";
import type { Source } from "../data-source/schema";
import { useSources, type SourcesContext as SourcesValue } from "./use-sources";

export type SourceIndex = ReadonlyMap<string, Source>;

const SourcesContext = createContext<SourcesValue | null>(null);
const EMPTY_INDEX: SourceIndex = new Map();
const EMPTY_DATES: SourceDates = sourceDates([]);

/** Loads the sources list once for the page; every figure, table and source line reads it from here. */
export function SourcesProvider({ children }: { children: ReactNode }) {
  const { value } = useSources();
  return <SourcesContext.Provider value={value}>{children}</SourcesContext.Provider>;
}

/** Sources by id (empty until loaded: panels draw their bodies only once it is). */
export function useSourceIndex(): SourceIndex {
  return useContext(SourcesContext)?.index ?? EMPTY_INDEX;
}

export function useSourceDates(): SourceDates {
  return useContext(SourcesContext)?.dates ?? EMPTY_DATES;
}
