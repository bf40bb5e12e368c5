/**
 * The reference server as a pure Hono app: no port, no process, no environment, so tests drive
 * it through app.request(). server/start.ts reads the environment and listens.
 */
import { Hono } from "hono";
import type { ResourceMap } from "../src/data-source/data-source.ts";
import type { LabelFiles } from "../src/prerender/render-view.tsx";
import { apiRoutes, errorResponse } from "./api-routes.ts";
import type { CachedBody } from "./cached-body.ts";
import type { TestFaults } from "./config.ts";
import type { PageRenderer } from "./prerendered-pages.ts";
import { requestLog, type LogSink } from "./request-log.ts";
import { corsMiddleware, securityHeaders } from "./security.ts";
import { isComplete } from "./send-cached.ts";
import { staticRoutes } from "./static-files.ts";
import { delayMiddleware } from "./test-faults.ts";

export interface AppOptions {
  dataset: ResourceMap;
  /** The dataset's labels in other languages (scripts/load-dataset.ts loadLabelFiles); omitted: none. */
  labels?: LabelFiles;
  /** URL path → file of the built SPA (indexStaticDir); empty or omitted: API only. */
  staticFiles?: ReadonlyMap<string, CachedBody>;
  /** The server-rendered pages (prerendered-pages.ts); omitted: index.html as built. */
  pages?: PageRenderer | null;
  /** Exact origins allowed to call the API cross-origin; empty (default): none. */
  corsOrigins?: readonly string[];
  /** Origins that may frame the embed pages; null or omitted: any origin. */
  embedOrigins?: readonly string[] | null;
  /** Receives one line per request; omitted: no request log. */
  log?: LogSink;
  /** Receives unexpected errors (with their stack, which clients never see). */
  logError?: (error: unknown) => void;
  /** Only ever set from API_TEST_MODE=1. */
  testFaults?: TestFaults | null;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  if (options.log) app.use(requestLog(options.log));
  app.use(securityHeaders(isComplete));
  const cors = corsMiddleware(options.corsOrigins ?? []);
  if (cors) app.use("/api/*", cors);
  const delayMs = options.testFaults?.delayMs ?? 0;
  if (delayMs > 0) app.use("/api/*", delayMiddleware(delayMs));

  app.route("/", apiRoutes(options.dataset, options.testFaults ?? null, options.labels ?? {}));
  app.route("/", staticRoutes(options.staticFiles ?? new Map(), options.pages ?? null, options.embedOrigins ?? null));

  app.onError((error) => {
    options.logError?.(error);
    return errorResponse(500, { code: "internal", message: "internal server error" });
  });
  return app;
}
