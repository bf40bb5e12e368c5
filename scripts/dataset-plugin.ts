/**
 * Vite plugin: validates mock-data/ when the app is built or served, so a broken
 * dataset stops the build with a message naming the file, record and field.
 */
import type { Plugin } from "vite";
import { loadDataset } from "./load-dataset.ts";

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
