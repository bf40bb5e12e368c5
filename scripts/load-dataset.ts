/**
 * Reads and validates a dataset directory (mock-data/ or an operator's own) in Node:
 * used by the build's Vite plugin and by the reference API server, so both refuse a
 * broken dataset with a message naming the file, record and field.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ResourceMap } from "../src/data-source/data-source.ts";
import { datasetProblems } from "../src/data-source/dataset-check.ts";
import { parseResource } from "../src/data-source/parse-resource.ts";
import { DATASET_FILES, type ResourceName } from "../src/data-source/schema.ts";
import { DatasetError, parseOrThrow } from "../src/data-source/validate.ts";
import {
  LABEL_LANGUAGES,
  labelsFileSchema,
  labelsProblems,
  type LabelLanguage,
  type LabelsFile,
} from "../src/data-source/labels.ts";

/** A dataset directory's label files (labels-az.json, labels-ru.json): the labels in that language. */
function labelsFileName(language: LabelLanguage): string {
  return `labels-${language}.json`;
}

/**
 * Reads and validates the directory's label files. A missing file is no error (its language
 * shows the English labels, marked); a broken one, or one that names records the dataset does
 * not have, is.
 */
export function loadLabelFiles(dir: string, dataset: ResourceMap): Partial<Record<LabelLanguage, LabelsFile>> {
  const shown = path.basename(dir);
  const files: Partial<Record<LabelLanguage, LabelsFile>> = {};
  for (const language of LABEL_LANGUAGES) {
    const file = path.join(dir, labelsFileName(language));
    if (!existsSync(file)) continue;
    const label = `${shown}/${labelsFileName(language)}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new DatasetError(label, [error instanceof Error ? error.message : String(error)]);
    }
    const parsed = parseOrThrow(labelsFileSchema, raw, label);
    if (parsed.language !== language)
      throw new DatasetError(label, [`language is "${parsed.language}", not "${language}"`]);
    const problems = labelsProblems(parsed, dataset);
    if (problems.length > 0) throw new DatasetError(label, problems);
    files[language] = parsed;
  }
  return files;
}

export function loadDataset(dir: string): ResourceMap {
  const shown = path.basename(dir);
  const load = <R extends ResourceName>(name: R) => {
    const { file } = DATASET_FILES[name];
    const label = `${shown}/${file}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      throw new DatasetError(label, [error instanceof Error ? error.message : String(error)]);
    }
    return parseResource(name, raw, label);
  };
  const data: ResourceMap = {
    sources: load("sources"),
    trade: load("trade"),
    exportProducts: load("exportProducts"),
    investment: load("investment"),
    companies: load("companies"),
    milestones: load("milestones"),
  };
  const problems = datasetProblems(data);
  if (problems.length > 0) throw new DatasetError(shown, problems);
  return data;
}
