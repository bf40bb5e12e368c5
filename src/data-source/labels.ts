/**
 * The dataset's reader-facing labels in Azerbaijani and Russian. The records keep their English
 * (mock-data/*.json); each other language has a catalog keyed by record id
 * (mock-data/labels-az.json, labels-ru.json; the API's `/labels/{language}`), so a page fetches
 * only its own language. Translated: product names, the notes on figures and who reported
 * them, company role descriptions and notes, milestone titles, descriptions and notes, a
 * source's note on its date. Never translated: quotes and the source's own wording
 * (`statedAs`), and a source's publisher and title: they stay as published.
 *
 * A record (or field) the catalog lacks shows its English, marked as English (`isEnglish`).
 */
import * as z from "zod/mini";
import type { ResourceMap } from "./data-source.ts";
import type { ResourceName } from "./schema.ts";
import { idSchema } from "./schema-base.ts";
import type { Language } from "../lib/messages/languages.ts";

/** The languages with a labels catalog (English is the records themselves). */
export const LABEL_LANGUAGES = ["az", "ru"] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

const text = z.optional(z.string().check(z.minLength(1)));

export const recordLabelsSchema = z.strictObject({
  reporter: text,
  note: text,
  product: text,
  name: text,
  title: text,
  description: text,
  publishedNote: text,
  /** A company's role descriptions, in the order of its `roles`. */
  roles: z.optional(z.array(z.string().check(z.minLength(1)))),
});

export const labelsFileSchema = z.strictObject({
  language: z.enum(LABEL_LANGUAGES),
  labels: z.record(idSchema, recordLabelsSchema),
});
export type LabelsFile = z.infer<typeof labelsFileSchema>;

export function isLabelLanguage(language: Language): language is LabelLanguage {
  return (LABEL_LANGUAGES as readonly string[]).includes(language);
}

/** The translatable fields of each kind of record (the English field names). */
const FIELDS = {
  figure: ["reporter", "note"],
  product: ["product", "reporter", "note"],
  namedProduct: ["name", "note"],
  company: ["note"],
  milestone: ["title", "description", "note"],
  source: ["publishedNote"],
} as const;
type TextField = (typeof FIELDS)[keyof typeof FIELDS][number];

/** The lists of each resource and their kind of record. */
const LISTS: { [R in ResourceName]: [keyof ResourceMap[R], keyof typeof FIELDS][] } = {
  sources: [["sources", "source"]],
  trade: [["records", "figure"]],
  exportProducts: [
    ["records", "product"],
    ["namedProducts", "namedProduct"],
  ],
  investment: [["records", "figure"]],
  companies: [
    ["counts", "figure"],
    ["companies", "company"],
  ],
  milestones: [["milestones", "milestone"]],
};

/** Fields of a localised record (or role) that kept their English because the catalog has none. */
const englishFields = new WeakMap<object, ReadonlySet<string>>();

/** True when this field of a localised record is shown in English (no translation): mark it so. */
export function isEnglish(record: object, field: string): boolean {
  return englishFields.get(record)?.has(field) ?? false;
}

type Row = Record<string, unknown> & { id?: string; roles?: Record<string, unknown>[] };

function localizeRow(row: Row, fields: readonly TextField[], labels: LabelsFile["labels"]): Row {
  const entry = (typeof row.id === "string" ? labels[row.id] : undefined) ?? {};
  const copy: Row = { ...row };
  const missing = new Set<string>();
  for (const field of fields) {
    if (typeof row[field] !== "string") continue;
    const translated = entry[field];
    if (translated !== undefined) copy[field] = translated;
    else missing.add(field);
  }
  if (Array.isArray(row.roles)) {
    copy.roles = row.roles.map((role, i) => {
      const translated = entry.roles?.[i];
      if (translated !== undefined && entry.roles?.length === row.roles?.length)
        return { ...role, description: translated };
      const kept = { ...role };
      englishFields.set(kept, new Set(["description"]));
      return kept;
    });
  }
  if (missing.size > 0) englishFields.set(copy, missing);
  return copy;
}

/** One resource with its labels in the page's language; the same object for English (no labels). */
function localize<R extends ResourceName>(name: R, data: ResourceMap[R], file: LabelsFile | null): ResourceMap[R] {
  if (file === null) return data;
  const copy: Record<string, unknown> = { ...data };
  for (const [list, kind] of LISTS[name]) {
    const rows = (data as Record<string, unknown>)[list as string];
    if (Array.isArray(rows)) copy[list as string] = rows.map((row: Row) => localizeRow(row, FIELDS[kind], file.labels));
  }
  return copy as ResourceMap[R];
}

/** Memoised per resource object and labels file, so a re-render hands out the same records. */
const byData = new WeakMap<object, WeakMap<LabelsFile, Map<ResourceName, unknown>>>();

export function localizedResource<R extends ResourceName>(
  name: R,
  data: ResourceMap[R],
  file: LabelsFile | null,
): ResourceMap[R] {
  if (file === null) return data;
  let perFile = byData.get(data);
  if (!perFile) byData.set(data, (perFile = new WeakMap()));
  let cache = perFile.get(file);
  if (!cache) perFile.set(file, (cache = new Map<ResourceName, unknown>()));
  let result = cache.get(name) as ResourceMap[R] | undefined;
  if (result === undefined) {
    result = localize(name, data, file);
    cache.set(name, result);
  }
  return result;
}

/**
 * What a labels file says that the dataset does not bear out: an id no record has, a field
 * the record has no English for, a company's roles counted differently. (A record the file
 * lacks is no problem: it shows its English, marked.)
 */
export function labelsProblems(file: LabelsFile, dataset: ResourceMap): string[] {
  const rows = new Map<string, { row: Row; fields: readonly string[] }>();
  for (const name of Object.keys(LISTS) as ResourceName[])
    for (const [list, kind] of LISTS[name]) {
      const items = (dataset[name] as Record<string, unknown>)[list as string];
      if (Array.isArray(items))
        for (const row of items as Row[])
          if (typeof row.id === "string") rows.set(row.id, { row, fields: FIELDS[kind] });
    }
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(file.labels)) {
    const found = rows.get(id);
    if (!found) {
      problems.push(`labels.${id}: no record has this id`);
      continue;
    }
    for (const [field, value] of Object.entries(entry)) {
      if (value === undefined) continue;
      if (field === "roles") {
        const count = Array.isArray(found.row.roles) ? found.row.roles.length : 0;
        if (!Array.isArray(value) || value.length !== count)
          problems.push(
            `labels.${id}.roles: the record has ${count} roles, the labels ${Array.isArray(value) ? value.length : 0}`,
          );
      } else if (!found.fields.includes(field) || typeof found.row[field] !== "string")
        problems.push(`labels.${id}.${field}: the record has no ${field} to translate`);
    }
  }
  return problems;
}
