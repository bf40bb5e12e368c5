import type { ResourceMap } from "./data-source";
import { DATASET_FILES, type ResourceName } from "./schema.ts";
import { parseOrThrow } from "./validate.ts";

/** Validates one resource; errors name `label` (a file or an API path), the record and the field. */
export function parseResource<R extends ResourceName>(
  resource: R,
  raw: unknown,
  label = `mock-data/${DATASET_FILES[resource].file}`,
): ResourceMap[R] {
  // DATASET_FILES[resource].schema produces exactly ResourceMap[R]; TypeScript cannot link the two through the index.
  return parseOrThrow(DATASET_FILES[resource].schema, raw, label) as ResourceMap[R];
}
