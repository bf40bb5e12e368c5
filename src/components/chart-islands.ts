import { createContext, useContext, useSyncExternalStore } from "react";

/**
 * Prerendered charts ("islands"). recharts 3 draws no SVG through react-dom/server (its size and
 * axes reach its store only in effects), so the prerender (scripts/prerender.mjs) captures each
 * chart's SVG from Chromium at the widths readers use, and the server render writes it into the
 * chart's slot as inner HTML: the desktop drawing, and one data block (`<script
 * type="text/x-drawing" data-width>`) per phone width, which an inline script swaps in before
 * the first paint where it fits the slot
 * (PICK_SCRIPT in src/lib/prerender-view.ts).
 *
 * On the client the slots' inner HTML is read from the page before hydration, and each chart
 * hydrates with exactly that markup (React does not descend into dangerouslySetInnerHTML), so
 * the prerendered drawing stays on screen with no mismatch and no chart work at start-up. The
 * live recharts chart takes over when the reader points at the chart, when the view changes
 * (islands only ever show the prerendered view) or when the slot's width is not the drawing's.
 */

/** Server render: chart id → the slot's inner HTML (drawings), or nothing for a chart not captured. */
export const PrerenderedChartsContext = createContext<ReadonlyMap<string, string> | null>(null);

let islands = new Map<string, string>();
/** What the page held when hydration began: hydration must find it, even after the view changed. */
let hydrated: ReadonlyMap<string, string> = islands;
const listeners = new Set<() => void>();

/** Reads every prerendered slot under `root` (call once, before hydrateRoot). */
export function collectIslands(root: ParentNode): void {
  const found = new Map<string, string>();
  for (const slot of root.querySelectorAll<HTMLElement>("[data-chart-island]")) {
    const id = slot.dataset.chartIsland;
    if (id) found.set(id, slot.innerHTML);
  }
  islands = found;
  hydrated = new Map(found);
}

/** The view changed: no prerendered drawing is true any more. */
export function dropIslands(): void {
  if (islands.size === 0) return;
  islands = new Map();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The prerendered inner HTML of chart `id`, while it is still the view on screen. */
export function useIsland(id: string): string | undefined {
  const server = useContext(PrerenderedChartsContext);
  const get = () => (server ? server.get(id) : islands.get(id));
  // Hydration (of a part hydrated late too, hydrate-when-idle.tsx) finds the slot as the
  // server wrote it; a view changed meanwhile then retires the drawing in the next render.
  const atHydration = () => (server ? server.get(id) : hydrated.get(id));
  return useSyncExternalStore(subscribe, get, atHydration);
}
