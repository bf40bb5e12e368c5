/**
 * Vite plugin: validates mock-data/ when the app is built or served, so a broken
 * dataset stops the build with a message naming the file, record and field.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import type { ResourceMap } from "../src/data-source/data-source";
import { datasetProblems } from "../src/data-source/dataset-check.ts";
import { parseResource } from "../src/data-source/parse-resource.ts";
import { DATASET_FILES, type ResourceName } from "../src/data-source/schema.ts";
import { DatasetError } from "../src/data-source/validate.ts";

export function loadDataset(dir: string): ResourceMap {
  const load = <R extends ResourceName>(name: R) => {
    const { file } = DATASET_FILES[name];
    const label = `mock-data/${file}`;
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
  };
  const problems = datasetProblems(data);
  if (problems.length > 0) throw new DatasetError("mock-data", problems);
  return data;
}

export function validateDatasetPlugin(dir: string): Plugin {
  return {
    name: "validate-dataset",
    buildStart() {
      try {
        loadDataset(dir);
      } catch (error) {
        this.error(`Invalid dataset — ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
