import { useMemo } from "react";
import { useResource } from "../data-source/queries";
import type { SourceDates } from "../data-source/primary";
import type { Source } from "../data-source/schema";
import { sourceDates } from "../data-source/versions";

export interface SourcesContext {
  index: ReadonlyMap<string, Source>;
  dates: SourceDates;
}

export function useSources(): {
  value: SourcesContext | null;
  error: Error | null;
  refetch: () => Promise<unknown>;
} {
  const query = useResource("sources");
  const value = useMemo<SourcesContext | null>(() => {
    if (!query.data) return null;
    return {
      index: new Map(query.data.sources.map((s) => [s.id, s])),
      dates: sourceDates(query.data.sources),
    };
  }, [query.data]);
  return { value, error: query.error, refetch: query.refetch };
}
