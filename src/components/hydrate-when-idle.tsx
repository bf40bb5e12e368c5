import { use, type ReactNode } from "react";

/**
 * Hydration in turns. React hydrates a prerendered page in one task unless parts of it are
 * behind Suspense boundaries that are not ready; a boundary whose content waits here stays as
 * the server wrote it (visible, just not yet interactive) and is hydrated in a task of its own
 * when the browser is next idle, one boundary per turn, in page order. On the reader's first
 * input nothing waits any more, so React hydrates the part interacted with at once and the
 * input reaches it (React's selective hydration). Outside hydration (server render, client
 * render, later mounts) nothing waits.
 */
let hydrating = false;
let turn: Promise<void> = Promise.resolve();
const turns = new Map<string, Promise<void>>();

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });

/**
 * The reader's first input ends the waiting: React hydrates the part of the page the input is
 * for at once, within the event, and it must not find that part still waiting on a turn (the
 * input would be dropped). Runs before React's own listeners on #root (capture, on window).
 */
const FIRST_INPUT = ["pointerdown", "keydown", "focusin", "touchstart"] as const;
function release(): void {
  hydrating = false;
  for (const type of FIRST_INPUT) window.removeEventListener(type, release, true);
}

/** Client, right before hydrateRoot. */
export function hydrateInTurns(): void {
  hydrating = true;
  for (const type of FIRST_INPUT) window.addEventListener(type, release, { capture: true, passive: true });
}

export function HydrateWhenIdle({ id, children }: { id: string; children: ReactNode }) {
  if (hydrating) {
    let wait = turns.get(id);
    if (wait === undefined) {
      const mine: Promise<void> = turn.then(idle).then(() => {
        // Every boundary took its turn during the first pass: after the last, nothing waits.
        if (turn === mine) release();
      });
      wait = turn = mine;
      turns.set(id, wait);
    }
    use(wait);
  }
  return children;
}
