import { use, type ReactNode } from "react";

/**
 * Hydration in turns. React hydrates a prerendered page in one task unless parts of it are
 * behind Suspense boundaries that are not ready; a boundary whose content waits here stays as
 * the server wrote it (visible, just not yet interactive) and is hydrated in a task of its own
 * when the browser is next idle, one boundary per turn, in page order. A part the reader
 * interacts with first is hydrated first (React's selective hydration). Outside hydration
 * (server render, client render, later mounts) nothing waits.
 */
let hydrating = false;
let turn: Promise<void> = Promise.resolve();
const turns = new Map<string, Promise<void>>();

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });

/** Client, right before hydrateRoot. */
export function hydrateInTurns(): void {
  hydrating = true;
}

export function HydrateWhenIdle({ id, children }: { id: string; children: ReactNode }) {
  if (hydrating) {
    let wait = turns.get(id);
    if (wait === undefined) {
      const mine: Promise<void> = turn.then(idle).then(() => {
        // Every boundary took its turn during the first pass: after the last, nothing waits.
        if (turn === mine) hydrating = false;
      });
      wait = turn = mine;
      turns.set(id, wait);
    }
    use(wait);
  }
  return children;
}
