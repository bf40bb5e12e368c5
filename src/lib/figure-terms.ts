/**
 * The terms a sourced figure is described in. The data contract (src/data-source/schema.ts)
 * validates records against these lists and the formatters in src/lib switch over them; they
 * live here so that src/lib imports nothing outside itself.
 */

/** How the source worded the number (see `qualifierSchema` in src/data-source/schema.ts). */
export const QUALIFIERS = ["exact", "approx", "more_than", "less_than", "at_most"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const UNITS = ["USD million", "percent", "times", "rank", "companies"] as const;
export type Unit = (typeof UNITS)[number];

/** The statistical basis of a figure (see `basisSchema` in src/data-source/schema.ts). */
export const BASES = ["national", "oec", "us_official"] as const;
export type Basis = (typeof BASES)[number];
