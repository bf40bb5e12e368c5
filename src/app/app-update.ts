/**
 * Whether a new version of the app is installed and waiting (set by service-worker.ts, which is
 * loaded after the first render): the update notice reads it. Tiny, so it costs the first load nothing.
 */
import { useSyncExternalStore } from "react";

/** Makes the waiting version take over, then reloads the page. */
type Apply = () => void;

let offer: Apply | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export function offerUpdate(apply: Apply | null): void {
  offer = apply;
  changed();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The waiting version's apply function, or null when there is none (or the reader dismissed the notice). */
export function useUpdateOffer(): Apply | null {
  return useSyncExternalStore(
    subscribe,
    () => offer,
    () => null,
  );
}
