import { queryOptions, useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import type { DataSource } from "./data-source";
import type { ResourceName } from "./schema";

export const DataSourceContext = createContext<DataSource | null>(null);

export function useDataSource(): DataSource {
  const source = useContext(DataSourceContext);
  if (source === null) throw new Error("useDataSource must be used inside <DataSourceContext.Provider>");
  return source;
}

export const resourceKeys = {
  all: ["dataset"] as const,
  resource: (kind: DataSource["kind"], name: ResourceName) => ["dataset", kind, name] as const,
};

export function resourceQueryOptions<R extends ResourceName>(source: DataSource, name: R) {
  return queryOptions({
    queryKey: resourceKeys.resource(source.kind, name),
    queryFn: ({ signal }) => source.load(name, signal),
    initialData: () => source.peek?.(name),
    staleTime: Infinity,
  });
}

export function useResource<R extends ResourceName>(name: R) {
  const source = useDataSource();
  return useQuery(resourceQueryOptions(source, name));
}
