/** Writes the precache list into `dir`/sw.js from the files in `dir` (see service-worker.mjs). */
export declare function writeServiceWorker(dir: string): Promise<{ count: number; size: number }>;
