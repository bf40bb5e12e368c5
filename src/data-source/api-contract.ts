/**
 * The HTTP contract's schemas: the response envelope and the error body, validated by the
 * HTTP source and published in the OpenAPI document. Paths, filters, the query codec and
 * `respond` are in api-query.ts (no zod, so the bundled first view does not load it).
 */
import * as z from "zod/mini";
import { RESOURCE_NAMES, type ResponseMeta } from "./api-query";
import { VERSION_PATTERN } from "./data-version";
import { DATASET_FILES, isoDateSchema, sectorIdSchema, type ResourceName } from "./schema";

export * from "./api-query";

export const metaSchema = z.strictObject({
  resource: z.enum(RESOURCE_NAMES as [ResourceName, ...ResourceName[]]),
  filters: z.strictObject({
    year: z.nullable(z.number().check(z.int())),
    sectors: z.array(sectorIdSchema),
  }),
  /** Calendar years the resource has records for, ignoring the year filter (ascending). */
  years: z.array(z.number().check(z.int())),
  /** Number of records in `data` (all lists added up). */
  count: z.number().check(z.int(), z.nonnegative()),
  /** The dataset's version: 8 hex characters, a hash of its figures; the same on every response of one dataset. */
  version: z.optional(
    z.string().check(
      z.regex(VERSION_PATTERN),
      z.meta({
        description:
          "The dataset's version: a short hash of its figures, the same on every response of one dataset. Links pin it (`?data=`).",
      }),
    ),
  ),
  /** ISO date of the dataset's newest source (null when none is dated). */
  lastUpdated: z.optional(
    z
      .nullable(isoDateSchema)
      .check(z.meta({ description: "ISO date of the dataset's newest source; null when none is dated." })),
  ),
});
export function responseSchema<R extends ResourceName>(resource: R) {
  return z.strictObject({ data: DATASET_FILES[resource].schema, meta: metaSchema });
}

export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(["bad_parameter", "not_found", "method_not_allowed", "internal"]),
    message: z.string(),
    parameter: z.optional(z.string()),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The schema and the interface the first-load code uses describe one shape. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const metaMatches: Same<z.infer<typeof metaSchema>, ResponseMeta> = true;
void metaMatches;
