import { createElement, lazy, useSyncExternalStore, type ComponentProps, type ComponentType } from "react";

/**
 * Charts are code of their own (recharts): the first view shows prerendered drawings and needs
 * none of it (chart-islands.ts), so each chart loads when it first goes live. Every chart's
 * loader is kept here, so the page can fetch them all once the reader is active and the browser
 * idle (preloadCharts, main.tsx), and a reader whose connection drops later still gets live charts.
 *
 * React.lazy keeps a failed import for good, so a chart whose code did not arrive (a phone
 * losing its connection) would stay missing until a reload. Each "Retry" (retryCharts) is a
 * new attempt: charts whose code has not loaded get a new lazy component, which imports again;
 * those that loaded keep rendering as they are.
 */
const loaders = new Set<() => Promise<unknown>>();

let attempt = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const currentAttempt = () => attempt;

/** Loads every chart's code that has not loaded yet again (after a failure). */
export function retryCharts(): void {
  attempt += 1;
  for (const listener of listeners) listener();
}

/** The attempt at loading chart code the page is on: a failure belongs to one attempt. */
export function useChartAttempt(): number {
  return useSyncExternalStore(subscribe, currentAttempt, currentAttempt);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself
export function lazyChart<T extends ComponentType<any>>(load: () => Promise<T>) {
  let loaded: T | null = null;
  const tracked = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  loaders.add(tracked);
  const byAttempt = new Map<number, ReturnType<typeof lazy<T>>>();
  // The lazy component whose import succeeded: every instance keeps rendering that one (a
  // change of element type would remount the chart).
  let succeeded: ReturnType<typeof lazy<T>> | null = null;
  const lazyFor = (n: number) => {
    let component = byAttempt.get(n);
    if (!component) {
      const made = lazy(async () => {
        const loadedComponent = await tracked();
        succeeded ??= made;
        return { default: loadedComponent };
      });
      byAttempt.set(n, made);
      component = made;
    }
    return component;
  };
  function LazyChart(props: ComponentProps<T>) {
    const current = useChartAttempt();
    // Code already loaded (preloaded) before any chart needed it: rendered directly, always.
    const type = succeeded ?? (loaded && byAttempt.size === 0 ? loaded : lazyFor(current));
    return createElement(type, props);
  }
  return LazyChart;
}

/** Loads every chart's code; resolves when all have loaded (or failed: the chart then says so). */
export async function preloadCharts(): Promise<void> {
  await Promise.allSettled([...loaders].map((load) => load()));
}
