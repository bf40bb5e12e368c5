/**
 * The dataset's version (src/data-source/data-version.ts) with Node's sha256: computed by the
 * build (scripts/dataset-plugin.ts), by the reference server from the data it serves, and by
 * `npm run data:version`, which records it in data-history/versions.json.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { datasetFigures, type DatasetFigures, type LooseDataset } from "../src/data-source/data-version.ts";
import { DATASET_FILES, type ResourceName } from "../src/data-source/schema.ts";

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The version of a dataset already in memory (parsed files). */
export function versionOfDataset(data: LooseDataset): DatasetFigures {
  return datasetFigures(data, sha256);
}

/** Reads each dataset file with `read` (a directory, or a commit of the repository); a missing file counts as empty. */
export function readDataset(read: (file: string) => string | null): LooseDataset {
  const data: LooseDataset = {};
  for (const name of Object.keys(DATASET_FILES) as ResourceName[]) {
    const text = read(DATASET_FILES[name].file);
    if (text !== null) data[name] = JSON.parse(text) as unknown;
  }
  return data;
}

/** The version of a dataset directory. */
export function versionOfDir(dir: string): DatasetFigures {
  return versionOfDataset(readDataset((file) => readFileSync(path.join(dir, file), "utf8")));
}
