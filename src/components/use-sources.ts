import { useResource } from "../data-source/queries";
import type { SourceDates } from "../data-source/primary";
import type { Source } from "../data-source/schema";
import { sourceDates } from "../data-source/versions";
import { weakMemo } from "../lib/weak-memo";

export interface SourcesContext {
  index: ReadonlyMap<string, Source>;
  dates: SourceDates;
}

/** One index per loaded sources list, shared by every panel. */
const sourcesContext = weakMemo((sources: readonly Source[]): SourcesContext => ({
  index: new Map(sources.map((s) => [s.id, s])),
  dates: sourceDates(sources),
}));

export function useSources(): {
  value: SourcesContext | null;
  data: unknown;
  error: Error | null;
  refetch: () => Promise<unknown>;
} {
  const query = useResource("sources");
  const value = query.data ? sourcesContext(query.data.sources) : null;
  return { value, data: query.data, error: query.error, refetch: query.refetch };
}
