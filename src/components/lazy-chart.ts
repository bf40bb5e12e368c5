import { lazy, type ComponentType } from "react";

/**
 * Charts are code of their own (recharts): the first view shows prerendered drawings and needs
 * none of it (chart-islands.ts), so each chart loads when it first goes live. Every chart's
 * loader is kept here, so the page can fetch them all once the reader is active and the browser
 * idle (preloadCharts, main.tsx), and a reader whose connection drops later still gets live charts.
 */
const loaders = new Set<() => Promise<unknown>>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself
export function lazyChart<T extends ComponentType<any>>(load: () => Promise<T>) {
  loaders.add(load);
  return lazy(async () => ({ default: await load() }));
}

/** Loads every chart's code; resolves when all have loaded (or failed: the chart then says so). */
export async function preloadCharts(): Promise<void> {
  await Promise.allSettled([...loaders].map((load) => load()));
}
