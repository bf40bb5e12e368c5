/**
 * Reads and validates a dataset directory (mock-data/ or an operator's own) in Node:
 * used by the build's Vite plugin and by the reference API server, so both refuse a
 * broken dataset with a message naming the file, record and field.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ResourceMap } from "../src/data-source/data-source.ts";
import { datasetProblems } from "../src/data-source/dataset-check.ts";
import { parseResource } from "../src/data-source/parse-resource.ts";
import { DATASET_FILES, type ResourceName } from "../src/data-source/schema.ts";
import { DatasetError } from "../src/data-source/validate.ts";

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
