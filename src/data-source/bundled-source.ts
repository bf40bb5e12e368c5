/**
 * The default source: the JSON in mock-data/, shipped beside the app (validated by the
 * build, or on first use when given a validator).
 * Filters and the response envelope come from the same `respond` the API server uses.
 */
import { respond, type ResourceQuery, type ResourceResponse } from "./api-query";
import type { BundledRaw } from "./bundled-files";
import { BUILD_DATA_VERSION } from "./build-version";
import type { DataVersion } from "./data-version";
import type { LabelLanguage, LabelsFile } from "./labels";
import type { DataSource, ResourceMap } from "./data-source";
import type { ResourceName } from "./schema";

/** Turns one file's JSON into its resource, or throws an error naming file, record and field. */
export type Validate = <R extends ResourceName>(resource: R, raw: unknown) => ResourceMap[R];

/**
 * The build validates mock-data/ (scripts/dataset-plugin.ts stops on a broken file) and ships
 * those exact files, so the app trusts them and keeps zod off its first load.
 */
const trustBuild: Validate = <R extends ResourceName>(_resource: R, raw: unknown) => raw as ResourceMap[R];

/**
 * `raw`: each resource's JSON (see bundled-files.ts), or the Error saying why it could not be
 * loaded. `validate`: parseResource to check them here too (tests, tools).
 */
export function createBundledSource(
  raw: BundledRaw,
  validate: Validate = trustBuild,
  /** A language's labels file (its JSON, or a promise of it); the build validated them too. */
  labels: (language: LabelLanguage) => unknown = () => Promise.reject(new Error("no labels")),
  /** Labels at hand already (the server render): peekLabels answers them at once. */
  preloaded: Partial<Record<LabelLanguage, LabelsFile>> = {},
  /** The dataset's version in every meta: the build's, or the one the reference server computed. */
  version: DataVersion | null = BUILD_DATA_VERSION,
): DataSource {
  const cache = new Map<ResourceName, unknown>();
  const labelFiles = new Map(Object.entries(preloaded) as [LabelLanguage, LabelsFile][]);
  const pendingLabels = new Map<LabelLanguage, Promise<LabelsFile>>();
  /** Parses and validates once; throws the validation error naming file, record and field. */
  const get = <R extends ResourceName>(resource: R): ResourceMap[R] => {
    if (!cache.has(resource)) {
      const file = raw[resource];
      if (file instanceof Error) throw file;
      cache.set(resource, validate(resource, file));
    }
    return cache.get(resource) as ResourceMap[R];
  };
  const answer = <R extends ResourceName>(resource: R, query: ResourceQuery): ResourceResponse<R> =>
    respond(resource, get(resource), query, version);
  return {
    kind: "bundled",
    origin: "mock-data/",
    peek(resource, query) {
      try {
        return answer(resource, query);
      } catch {
        return undefined; // `load` rethrows the validation error into the query, so the panel shows it
      }
    },
    peekLabels: (language) => labelFiles.get(language),
    loadLabels(language) {
      const known = labelFiles.get(language);
      if (known) return Promise.resolve(known);
      let pending = pendingLabels.get(language);
      if (!pending) {
        pending = Promise.resolve(labels(language)).then(
          (file) => {
            labelFiles.set(language, file as LabelsFile);
            return file as LabelsFile;
          },
          (error: unknown) => {
            pendingLabels.delete(language); // a failed fetch can be retried
            throw error instanceof Error ? error : new Error(String(error));
          },
        );
        pendingLabels.set(language, pending);
      }
      return pending;
    },
    load(resource, query) {
      try {
        return Promise.resolve(answer(resource, query));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}
