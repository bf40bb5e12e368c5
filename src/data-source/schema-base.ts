/**
 * The data contract, part 1: the building blocks every record shares (ids, dates, web links,
 * qualifiers, units, bases, sources). Records and files are in schema.ts.
 *
 * The data contract. These schemas validate `mock-data/*.json` on load, in tests
 * and in the HTTP API (server/), so every consumer agrees on what a record is.
 *
 * Money is in USD millions unless `unit` says otherwise. A cumulative stock has
 * `periodStart: null` and `periodEnd` = the date it was stated "as of".
 */
// zod/mini: the same validation as classic zod at a third of the bundle size.
import * as z from "zod/mini";
import { BASES, QUALIFIERS, UNITS } from "../lib/figure-terms";
import { SECTOR_IDS, type SectorId } from "./sector-ids";
import { WEB_URL_MESSAGE, WEB_URL_PATTERN, isWebUrl } from "../lib/web-url";

// zod/mini ships without messages; load the English ones so errors say what is wrong.
z.config(z.locales.en());

export { SECTOR_IDS, type SectorId };
export const sectorIdSchema = z.enum(SECTOR_IDS);

export const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes only"));
export const isoDateSchema = z.iso.date();
/**
 * A link the page renders: an absolute http(s) URL exactly as written, so a hostile dataset or
 * API cannot plant `javascript:`, `data:` or `vbscript:` links (or " javascript:" and other
 * whitespace tricks). The pattern (and format "uri") is published in the OpenAPI document; the
 * refinement also parses the URL. Use it for every URL field.
 */
const webUrlSchema = z
  .string()
  .check(
    z.regex(WEB_URL_PATTERN, { message: WEB_URL_MESSAGE, abort: true }),
    z.refine(isWebUrl, WEB_URL_MESSAGE),
    z.meta({ format: "uri", description: "An absolute http:// or https:// URL; no other scheme." }),
  );

/** How the source worded the number: ">250" is `more_than`, "about 300" and "nearly $19bn" are `approx`, "top five" is `at_most` 5. */
const qualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifierSchema>;

const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(["seed", "web"]),
    title: z.string().check(z.minLength(1)),
    /** Short name shown next to figures; the full attribution (page, author, wire service) is in publisherDetail. */
    publisher: z.string().check(z.minLength(1)),
    publisherDetail: z.optional(z.string().check(z.minLength(1))),
    /** ISO date, or null when the page prints none (see publishedNote). */
    published: z.nullable(isoDateSchema),
    publishedNote: z.optional(z.string().check(z.minLength(1))),
    url: z.optional(webUrlSchema),
    seedFile: z.optional(z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/))),
  })
  .check(
    z.refine((s) => (s.kind === "seed" ? s.seedFile !== undefined : s.url !== undefined), {
      message: "a seed source needs seedFile; a web source needs url",
      path: ["kind"],
    }),
  );
export type Source = z.infer<typeof sourceSchema>;

/** Fields every sourced figure carries. */
export const figureFields = {
  id: idSchema,
  value: z.number(),
  qualifier: qualifierSchema,
  /** The source's own wording of the number, e.g. "$1.7 billion". */
  statedAs: z.string().check(z.minLength(1)),
  unit: unitSchema,
  periodStart: z.nullable(isoDateSchema),
  periodEnd: z.nullable(isoDateSchema),
  /** True when a date in the period was inferred (page undated, "last year", …). */
  dateInferred: z.boolean(),
  /** The body whose statistic it is (customs committee, central bank, a minister…). */
  reporter: z.string().check(z.minLength(1)),
  sourceIds: z.array(idSchema).check(z.minLength(1)),
  /** For seed sources: a verbatim excerpt of the seed article containing the figure. */
  quote: z.optional(z.string().check(z.minLength(1))),
  note: z.optional(z.string().check(z.minLength(1))),
};

/**
 * `national`: Azerbaijani official statistics (customs committee, ministers quoting them).
 * `oec`: Observatory of Economic Complexity (mirror/HS data, a different method).
 * `us_official`: U.S. government statements or statistics.
 */
export const basisSchema = z.enum(BASES);
export type Basis = z.infer<typeof basisSchema>;
