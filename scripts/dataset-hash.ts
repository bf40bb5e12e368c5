import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATASET_FILES, type ResourceName } from "../src/data-source/schema.ts";

/**
 * A short hash of a dataset directory's files, byte for byte: the reference server uses the
 * build's captured chart drawings only when its data is the data they were drawn from.
 */
export function datasetHash(dir: string): string {
  const hash = createHash("sha256");
  for (const name of (Object.keys(DATASET_FILES) as ResourceName[]).sort()) {
    const { file } = DATASET_FILES[name];
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
  }
  return hash.digest("hex").slice(0, 16);
}
