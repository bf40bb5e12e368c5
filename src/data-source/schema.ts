/**
 * The data contract, part 2: the records of each resource and the files of `mock-data/`.
 * These schemas validate the dataset on load, in tests and in the HTTP API (server/).
 */
import * as z from "zod/mini";
import { basisSchema, figureFields, idSchema, isoDateSchema, sectorIdSchema, sourceSchema } from "./schema-base";

export * from "./schema-base";

const TRADE_METRICS = [
  "turnover",
  "imports",
  "exports",
  "balance",
  "turnover_growth",
  "imports_growth",
  "exports_growth",
  "rank_overall",
  "rank_imports",
  "rank_exports",
  "share_of_total_trade",
] as const;
export const tradeRecordSchema = z.strictObject({
  ...figureFields,
  /** imports = Azerbaijan's imports from the U.S.; exports = Azerbaijan's exports to the U.S. */
  metric: z.enum(TRADE_METRICS),
  basis: basisSchema,
  scope: z.enum(["all_goods", "non_oil_gas", "non_oil_gas_az_origin"]),
});
export type TradeRecord = z.infer<typeof tradeRecordSchema>;
export type TradeMetric = TradeRecord["metric"];

export const productRecordSchema = z.strictObject({
  ...figureFields,
  product: z.string().check(z.minLength(1)),
  sector: sectorIdSchema,
  basis: basisSchema,
});
export type ProductRecord = z.infer<typeof productRecordSchema>;

/** A product a source names without a value. */
export const namedProductSchema = z.strictObject({
  id: idSchema,
  name: z.string().check(z.minLength(1)),
  direction: z.enum(["exports", "imports"]),
  sector: sectorIdSchema,
  sourceIds: z.array(idSchema).check(z.minLength(1)),
  quote: z.optional(z.string().check(z.minLength(1))),
  note: z.optional(z.string().check(z.minLength(1))),
});
export type NamedProduct = z.infer<typeof namedProductSchema>;

export const investmentRecordSchema = z.strictObject({
  ...figureFields,
  /** flow: investment in a period; stock: cumulative total as stated on a date. */
  metric: z.enum(["flow", "stock", "flow_growth", "share_of_total", "rank"]),
  direction: z.enum(["us_to_az", "az_to_us"]),
  scope: z.enum(["all_sectors", "oil_gas", "non_oil"]),
});
export type InvestmentRecord = z.infer<typeof investmentRecordSchema>;

export const companyCountSchema = z.strictObject({
  ...figureFields,
  /** "Registered", "operating" and "active" are different concepts; never merge them. */
  concept: z.enum(["registered", "operating", "active", "represented_by_chamber", "mission_participants"]),
});
export type CompanyCount = z.infer<typeof companyCountSchema>;

export const companyRoleSchema = z.strictObject({
  kind: z.enum([
    "business_mission_2026",
    "contract_of_the_century",
    "satellite_partner",
    "named_presence",
    "talks",
    "divestment",
    "mission_counterpart",
  ]),
  description: z.string().check(z.minLength(1)),
  periodStart: z.nullable(isoDateSchema),
  periodEnd: z.nullable(isoDateSchema),
  dateInferred: z.boolean(),
  sourceIds: z.array(idSchema).check(z.minLength(1)),
  quote: z.optional(z.string().check(z.minLength(1))),
});

export const companySchema = z.strictObject({
  id: idSchema,
  name: z.string().check(z.minLength(1)),
  sector: sectorIdSchema,
  /** ISO 3166-1 alpha-2 of the headquarters, or null when no source states it and it is not common knowledge. */
  hqCountry: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
  roles: z.array(companyRoleSchema).check(z.minLength(1)),
  note: z.optional(z.string().check(z.minLength(1))),
});
export type Company = z.infer<typeof companySchema>;

/** A dated event named by a source (an agreement, a visit, a law, a business mission). */
/** A verbatim passage of one seed article (whitespace may differ), tied to the seed it comes from. */
const milestoneQuoteSchema = z.strictObject({
  sourceId: idSchema,
  text: z.string().check(z.minLength(1)),
});

export const milestoneSchema = z
  .strictObject({
    id: idSchema,
    /** ISO date; when the source gives only a month or a year, the first day of it (see datePrecision). */
    date: isoDateSchema,
    /** Last day of an event spanning several days (the 9–10 February 2026 mission); same precision as `date`. */
    endDate: z.optional(isoDateSchema),
    datePrecision: z.enum(["day", "month", "year"]),
    /** True when the year (or month) is not written next to the event and was worked out; `note` says how. */
    dateInferred: z.boolean(),
    kind: z.enum(["legislation", "agreement", "visit", "business", "energy_project", "other"]),
    title: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    /** Sectors the event concerns; empty when it concerns the relationship as a whole. */
    sectors: z.array(sectorIdSchema),
    sourceIds: z.array(idSchema).check(z.minLength(1)),
    /** One quote per cited seed article (two seeds may report one event); none for web-only events. */
    quotes: z.array(milestoneQuoteSchema),
    note: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((m) => m.quotes.every((q) => m.sourceIds.includes(q.sourceId)), {
      message: "every quote's sourceId must be one of the milestone's sourceIds",
      path: ["quotes"],
    }),
    z.refine((m) => m.endDate === undefined || m.endDate > m.date, {
      message: "endDate must be after date",
      path: ["endDate"],
    }),
  );
export type Milestone = z.infer<typeof milestoneSchema>;

export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceSchema),
});
export const tradeFileSchema = z.strictObject({
  records: z.array(tradeRecordSchema),
});
export const exportProductsFileSchema = z.strictObject({
  records: z.array(productRecordSchema),
  namedProducts: z.array(namedProductSchema),
});
export const investmentFileSchema = z.strictObject({
  records: z.array(investmentRecordSchema),
});
export const companiesFileSchema = z.strictObject({
  counts: z.array(companyCountSchema),
  companies: z.array(companySchema),
});

export const milestonesFileSchema = z.strictObject({
  milestones: z.array(milestoneSchema),
});

export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type TradeFile = z.infer<typeof tradeFileSchema>;
export type ExportProductsFile = z.infer<typeof exportProductsFileSchema>;
export type InvestmentFile = z.infer<typeof investmentFileSchema>;
export type CompaniesFile = z.infer<typeof companiesFileSchema>;
export type MilestonesFile = z.infer<typeof milestonesFileSchema>;

/** One entry per file of `mock-data/`: the resource name used by data sources and the API. */
export const DATASET_FILES = {
  sources: { file: "sources.json", schema: sourcesFileSchema },
  trade: { file: "trade.json", schema: tradeFileSchema },
  exportProducts: {
    file: "export-products.json",
    schema: exportProductsFileSchema,
  },
  investment: { file: "investment.json", schema: investmentFileSchema },
  companies: { file: "companies.json", schema: companiesFileSchema },
  milestones: { file: "milestones.json", schema: milestonesFileSchema },
} as const;
export type ResourceName = keyof typeof DATASET_FILES;
