/**
 * The build's server-render entry (bundled by `vite build --ssr` in scripts/prerender.mjs):
 * reads and validates the dataset directory as the build does, and renders views of it.
 */
import type { ResourceMap } from "../src/data-source/data-source.ts";
import { renderBundledView } from "../src/prerender/render-view.tsx";
import { datasetHash } from "./dataset-hash.ts";
import { loadDataset } from "./load-dataset.ts";

export { datasetHash };

const loaded = new Map<string, ResourceMap>();

export function renderBundled(dataDir: string, search: string, charts: ReadonlyMap<string, string>) {
  let dataset = loaded.get(dataDir);
  if (!dataset) {
    dataset = loadDataset(dataDir);
    loaded.set(dataDir, dataset);
  }
  return renderBundledView(dataset, search, charts);
}
export { drawingBlock, pageWithView } from "../src/lib/prerender-view.ts";
