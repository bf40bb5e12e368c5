/**
 * The OpenAPI 3.1 document, generated from the zod schemas the app and the server validate with
 * (JSON Schema 2020-12 via z.toJSONSchema). `npm run openapi` writes it to server/openapi.json;
 * a unit test fails when that committed copy is out of date.
 */
import { LABEL_LANGUAGES, labelsFileSchema, recordLabelsSchema } from "../src/data-source/labels.ts";
import * as z from "zod/mini";
import {
  API_PREFIX,
  HEALTH_PATH,
  MAX_YEAR,
  MIN_YEAR,
  OPENAPI_PATH,
  RESOURCE_FILTERS,
  RESOURCE_NAMES,
  RESOURCE_PATHS,
  errorBodySchema,
  metaSchema,
  responseSchema,
} from "../src/data-source/api-contract.ts";
import * as s from "../src/data-source/schema.ts";
import { DEFAULTS } from "./config.ts";

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const SUMMARIES: Record<s.ResourceName, string> = {
  sources: "Every source the figures cite (seed articles and web pages)",
  trade: "Trade figures by period: turnover, imports, exports, balance, growth, ranks",
  exportProducts: "Azerbaijan's exports to the U.S. by product, and products named without values",
  investment: "Foreign direct investment flows and stocks, both directions",
  companies: "Counts of U.S. companies as each source states them, and named companies",
  milestones: "Dated events: agreements, visits, laws, business missions",
};

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const named: [string, z.ZodMiniType][] = [
    ["Source", s.sourceSchema],
    ["TradeRecord", s.tradeRecordSchema],
    ["ProductRecord", s.productRecordSchema],
    ["NamedProduct", s.namedProductSchema],
    ["InvestmentRecord", s.investmentRecordSchema],
    ["CompanyCount", s.companyCountSchema],
    ["CompanyRole", s.companyRoleSchema],
    ["Company", s.companySchema],
    ["Milestone", s.milestoneSchema],
    ["Meta", metaSchema],
    ["RecordLabels", recordLabelsSchema],
    ["Labels", labelsFileSchema],
    ["Error", errorBodySchema],
  ];
  for (const resource of RESOURCE_NAMES) {
    named.push([`${pascal(resource)}Data`, s.DATASET_FILES[resource].schema]);
    named.push([`${pascal(resource)}Response`, responseSchema(resource)]);
  }
  for (const [id, schema] of named) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  });
  // Inside an OpenAPI document the components are addressed by name; drop the per-schema $schema/$id.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [
      id,
      Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id")),
    ]),
  );
}

const PARAMETERS = {
  year: {
    name: "year",
    in: "query",
    required: false,
    description: `Calendar year, four digits (${MIN_YEAR}–${MAX_YEAR}). A record belongs to every year its period overlaps; a stock to the year of its "as of" date.`,
    schema: { type: "integer", minimum: MIN_YEAR, maximum: MAX_YEAR },
    example: 2024,
  },
  sector: {
    name: "sector",
    in: "query",
    required: false,
    description: `One or more sector ids joined by "~" (${s.SECTOR_IDS.join(", ")}). Omitted: all sectors.`,
    schema: { type: "string", maxLength: 200, pattern: `^(${s.SECTOR_IDS.join("|")})(~(${s.SECTOR_IDS.join("|")}))*$` },
    example: "energy~finance",
  },
} as const;

const CACHE_HEADERS = {
  ETag: {
    description:
      "Strong validator of the body (on the resources, it starts with the dataset's version, `meta.version`); send it back in If-None-Match.",
    schema: { type: "string" },
  },
  "Cache-Control": { schema: { type: "string" }, example: "public, max-age=60, must-revalidate" },
};

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

const RESPONSES = {
  NotModified: { description: "The client's copy (If-None-Match) is current; no body.", headers: CACHE_HEADERS },
  BadParameter: errorResponse(
    'A query parameter is unknown, repeated, too long or has a bad value; `error.parameter` names it (code "bad_parameter").',
  ),
  NotFound: errorResponse('No API endpoint at this path (code "not_found").'),
  MethodNotAllowed: errorResponse('Only GET and HEAD are allowed (code "method_not_allowed").'),
  Internal: errorResponse('Unexpected server error (code "internal"); never carries a stack trace.'),
};

/** What /api/health can answer: it sends no ETag (never 304) and takes no parameters it could reject. */
const healthErrors = {
  "405": { $ref: "#/components/responses/MethodNotAllowed" },
  "500": { $ref: "#/components/responses/Internal" },
};

const common = (extra: Record<string, unknown> = {}) => ({
  ...extra,
  "304": { $ref: "#/components/responses/NotModified" },
  "404": { $ref: "#/components/responses/NotFound" },
  "405": { $ref: "#/components/responses/MethodNotAllowed" },
  "500": { $ref: "#/components/responses/Internal" },
});

function resourcePaths(): Record<string, unknown> {
  return Object.fromEntries(
    RESOURCE_NAMES.map((resource) => [
      `${API_PREFIX}/${RESOURCE_PATHS[resource]}`,
      {
        get: {
          operationId: `get${pascal(resource)}`,
          summary: SUMMARIES[resource],
          tags: ["data"],
          parameters: RESOURCE_FILTERS[resource].map((f) => ({ $ref: `#/components/parameters/${f}` })),
          responses: common({
            "200": {
              description: "The records matching the filters, in dataset order, with meta.",
              headers: CACHE_HEADERS,
              content: { "application/json": { schema: ref(`${pascal(resource)}Response`) } },
            },
            "400": { $ref: "#/components/responses/BadParameter" },
          }),
        },
      },
    ]),
  );
}

const json = (schema: unknown) => ({ "application/json": { schema } });

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Azerbaijan–U.S. economic relations API",
      version: "1.0.0",
      description:
        "Sourced trade, investment and company figures. Every response is `{ data, meta }`; `data` has the shape of the matching mock-data/ file, filtered. Money is in USD millions unless `unit` says otherwise.",
      // The project has not chosen a licence, so none is granted; change this when it does.
      license: { name: "No licence granted (all rights reserved)", url: "https://choosealicense.com/no-permission/" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [
      { url: "/", description: "The server this document was fetched from (it is served at /api/openapi.json)" },
      {
        url: `http://${DEFAULTS.host}:${DEFAULTS.port}`,
        description: "The reference server on this machine with its default HOST and PORT (`npm run serve`)",
      },
    ],
    // A public, read-only API: no operation needs credentials, and the server reads none.
    security: [],
    tags: [
      { name: "data", description: "The dataset's resources, each filtered by the parameters it takes" },
      { name: "service", description: "The endpoint index, this document and the health check" },
    ],
    paths: {
      [API_PREFIX]: {
        get: {
          operationId: "getIndex",
          summary: "The endpoints and the parameters each takes",
          tags: ["service"],
          responses: common({ "200": { description: "Index", content: json({ type: "object" }) } }),
        },
      },
      ...resourcePaths(),
      ...Object.fromEntries(
        LABEL_LANGUAGES.map((language) => [
          `${API_PREFIX}/labels/${language}`,
          {
            get: {
              operationId: `getLabels${pascal(language)}`,
              summary: `The dataset's reader-facing labels in ${language === "az" ? "Azerbaijani" : "Russian"}, keyed by record id`,
              description:
                "Product names, notes, reporters, company role descriptions, milestone titles and descriptions. A record without an entry keeps its English (the client marks it). Quotes and the sources' own wording are never translated.",
              tags: ["data"],
              responses: common({
                "200": { description: "The labels file", headers: CACHE_HEADERS, content: json(ref("Labels")) },
              }),
            },
          },
        ]),
      ),
      [OPENAPI_PATH]: {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          tags: ["service"],
          responses: common({ "200": { description: "OpenAPI 3.1 document", content: json({ type: "object" }) } }),
        },
      },
      [HEALTH_PATH]: {
        get: {
          operationId: "getHealth",
          summary: "Liveness, with the number of records per resource",
          tags: ["service"],
          responses: {
            "200": {
              description: "Up",
              content: json({
                type: "object",
                properties: {
                  status: { const: "ok" },
                  records: { type: "object", additionalProperties: { type: "integer" } },
                },
                required: ["status", "records"],
              }),
            },
            ...healthErrors,
          },
        },
      },
    },
    components: { schemas: componentSchemas(), parameters: PARAMETERS, responses: RESPONSES },
  };
}
