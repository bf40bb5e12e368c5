import { queryOptions, useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { normalizeQuery, type ResourceQuery, type ResourceResponse } from "./api-query";
import type { DataSource, ResourceMap } from "./data-source";
import type { ResourceName } from "./schema";

export const DataSourceContext = createContext<DataSource | null>(null);

export function useDataSource(): DataSource {
  const source = useContext(DataSourceContext);
  if (source === null) throw new Error("useDataSource must be used inside <DataSourceContext.Provider>");
  return source;
}

export const resourceKeys = {
  all: ["dataset"] as const,
  /** One key per source, endpoint and (normalised) filters, so a filter change is a new request. */
  resource: (kind: DataSource["kind"], name: ResourceName, query: ResourceQuery) =>
    ["dataset", kind, name, normalizeQuery(name, query)] as const,
};

function resourceQueryOptions<R extends ResourceName>(source: DataSource, name: R, query: ResourceQuery = {}) {
  return queryOptions({
    queryKey: resourceKeys.resource(source.kind, name, query),
    queryFn: ({ signal }) => source.load(name, query, signal),
    initialData: () => source.peek?.(name, query),
    // The bundle never changes; an API may: refresh after five minutes (on focus, reconnect or remount).
    staleTime: source.kind === "bundled" ? Infinity : 5 * 60_000,
  });
}

const selectData = <R extends ResourceName>(response: ResourceResponse<R>): ResourceMap[R] => response.data;

/** One resource's records (the file's shape), filtered by `query`. */
export function useResource<R extends ResourceName>(name: R, query: ResourceQuery = {}, enabled = true) {
  const source = useDataSource();
  return useQuery({ ...resourceQueryOptions(source, name, query), select: selectData<R>, enabled });
}

/** The whole response, with its meta (filters applied, years available). */
export function useResourceResponse<R extends ResourceName>(name: R, query: ResourceQuery = {}, enabled = true) {
  const source = useDataSource();
  return useQuery({ ...resourceQueryOptions(source, name, query), enabled });
}
