import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext } from "react";
import { DEFAULT_LANGUAGE, loadMessages, type Language } from "../lib/messages";
import { isLabelLanguage, localizedResource, type LabelLanguage, type LabelsFile } from "./labels";
import { normalizeQuery, type ResourceQuery, type ResourceResponse } from "./api-query";
import type { DataSource, ResourceMap } from "./data-source";
import type { DataVersion } from "./data-version";
import type { ResourceName } from "./schema";

export const DataSourceContext = createContext<DataSource | null>(null);
/** The page's language (app-root.tsx provides the store's), for the dataset's labels. */
export const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

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

function labelsQueryOptions(source: DataSource, language: LabelLanguage) {
  // One data source per page, named by its kind (as the resources' keys are).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ["labels", source.kind, language] as const,
    queryFn: ({ signal }) => {
      if (!source.loadLabels) throw new Error("this data source has no labels");
      return source.loadLabels(language, signal);
    },
    initialData: () => source.peekLabels?.(language),
    staleTime: source.kind === "bundled" ? Infinity : 5 * 60_000,
  });
}

/**
 * The dataset's labels in the page's language; null for English, and while (or when) they
 * cannot be had: then every label shows its English, marked so (labels.ts).
 */
function useLabels(): LabelsFile | null {
  const source = useDataSource();
  const language = useContext(LanguageContext);
  const labelLanguage = isLabelLanguage(language) ? language : "az";
  const query = useQuery({
    ...labelsQueryOptions(source, labelLanguage),
    enabled: isLabelLanguage(language) && source.loadLabels !== undefined,
  });
  return isLabelLanguage(language) ? (query.data ?? null) : null;
}

/**
 * What a language needs before the page shows it: its messages (rejects when they cannot be
 * fetched) and the dataset's labels (when they fail, the labels stay in English, marked so).
 */
export function usePrepareLanguage(): (language: Language) => Promise<void> {
  const source = useDataSource();
  const queryClient = useQueryClient();
  return useCallback(
    async (language: Language) => {
      const labels =
        isLabelLanguage(language) && source.loadLabels
          ? queryClient.ensureQueryData(labelsQueryOptions(source, language)).catch(() => undefined)
          : undefined;
      await Promise.all([loadMessages(language), labels]);
    },
    [source, queryClient],
  );
}

/** One resource's records (the file's shape), filtered by `query`, with its labels in the page's language. */
export function useResource<R extends ResourceName>(name: R, query: ResourceQuery = {}, enabled = true) {
  const source = useDataSource();
  const labels = useLabels();
  const select = useCallback(
    (response: ResourceResponse<R>): ResourceMap[R] => localizedResource(name, response.data, labels),
    [name, labels],
  );
  return useQuery({ ...resourceQueryOptions(source, name, query), select, enabled });
}

/** The whole response, with its meta (filters applied, years available), its labels in the page's language. */
export function useResourceResponse<R extends ResourceName>(name: R, query: ResourceQuery = {}, enabled = true) {
  const source = useDataSource();
  const labels = useLabels();
  const select = useCallback(
    (response: ResourceResponse<R>): ResourceResponse<R> =>
      labels === null ? response : { ...response, data: localizedResource(name, response.data, labels) },
    [name, labels],
  );
  return useQuery({ ...resourceQueryOptions(source, name, query), select, enabled });
}

/** The dataset's version as the data source states it (every response's meta); null until known, or when the API has none. */
export function useDataVersion(): DataVersion | null {
  const meta = useResourceResponse("sources").data?.meta;
  return meta?.version === undefined ? null : { version: meta.version, lastUpdated: meta.lastUpdated ?? null };
}
