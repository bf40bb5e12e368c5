/**
 * Start-up: environment → config → dataset → app → listening server. Every expected failure
 * (bad env, invalid dataset, port in use) becomes a StartupError with a message for a human;
 * main.ts prints it and exits non-zero.
 */
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { API_PREFIX, RESOURCE_FILTERS, RESOURCE_NAMES, RESOURCE_PATHS } from "../src/data-source/api-contract.ts";
import { DatasetError } from "../src/data-source/validate.ts";
import { loadDataset, loadLabelFiles } from "../scripts/load-dataset.ts";
import { createApp } from "./app.ts";
import type { CachedBody } from "./cached-body.ts";
import { ConfigError, ignoredFaultVariables, readConfig, type Env, type ServerConfig } from "./config.ts";
import type { LogSink } from "./request-log.ts";
import { prerenderedPages } from "./prerendered-pages.ts";
import { indexStaticDir } from "./static-files.ts";

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}

export interface Output {
  info: (line: string) => void;
  warn: (line: string) => void;
  /** Request log; null when LOG_REQUESTS=0. */
  requests: LogSink;
  error: (error: unknown) => void;
}

export interface RunningServer {
  url: string;
  config: ServerConfig;
  close: () => Promise<void>;
}

const GRACE_MS = 5_000;

function staticFiles(dir: string, out: Output): Map<string, CachedBody> {
  const index = `${dir}/index.html`;
  if (
    existsSync(index) &&
    !existsSync(`${dir}/.prerender/shell.html`) &&
    readFileSync(index, "utf8").includes('id="prerender-view"')
  )
    out.warn(
      `${index} is prerendered from the bundled data but ${dir}/.prerender/ is missing (copied without dotfiles?): ` +
        "readers see the bundled view until the page's script runs. Copy dist/ whole, or rebuild.",
    );
  if (!existsSync(index)) {
    out.warn(`no built dashboard in ${dir} (index.html missing): serving the API only. Run \`npm run build\`.`);
    return existsSync(dir) ? indexStaticDir(dir) : new Map<string, CachedBody>();
  }
  return indexStaticDir(dir);
}

/** Everything before listening; throws StartupError. Exported for tests. */
export function prepare(env: Env, out: Output) {
  let config: ServerConfig;
  try {
    config = readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(`invalid configuration: ${error.message}`);
    throw error;
  }
  let live = false;
  let dataset;
  let labels;
  try {
    dataset = loadDataset(config.dataDir);
    labels = loadLabelFiles(config.dataDir, dataset);
  } catch (error) {
    if (error instanceof DatasetError)
      throw new StartupError(`invalid dataset in ${config.dataDir}, refusing to start: ${error.message}`);
    throw error;
  }
  for (const name of ignoredFaultVariables(env)) out.warn(`${name} is ignored: test faults need API_TEST_MODE=1`);
  if (config.testFaults !== null) {
    const { delayMs, malformed } = config.testFaults;
    out.warn(
      `!!! API_TEST_MODE=1: TEST FAULTS ACTIVE (delay ${delayMs} ms, malformed: ${malformed ?? "none"}). Never use this in production. !!!`,
    );
  }
  const app = createApp({
    dataset,
    labels,
    staticFiles: staticFiles(config.staticDir, out),
    pages: prerenderedPages(config.staticDir, config.dataDir, dataset, labels, out.warn),
    corsOrigins: config.corsOrigins,
    embedOrigins: config.embedOrigins,
    // Silent until listening, so the warm-up requests stay out of the log.
    ...(config.logRequests
      ? {
          log: (line: string) => {
            if (live) out.requests(line);
          },
        }
      : {}),
    logError: out.error,
    testFaults: config.testFaults,
  });
  return { config, app, goLive: () => (live = true) };
}

/** Builds the common bodies before the first visitor asks (and lets V8 compile the hot path). */
async function warmUp(app: Hono): Promise<void> {
  for (const resource of RESOURCE_NAMES) {
    const path = `${API_PREFIX}/${RESOURCE_PATHS[resource]}`;
    const response = await app.request(path);
    if (!RESOURCE_FILTERS[resource].some((f) => f === "year")) continue;
    const { meta } = (await response.json()) as { meta: { years: number[] } };
    for (const year of meta.years) await app.request(`${path}?year=${year}`);
  }
}

export async function startServer(env: Env, out: Output): Promise<RunningServer> {
  const { config, app, goLive } = prepare(env, out);
  // Warm-up requests would each wait out a test delay (API_TEST_DELAY_MS): skip it in test mode.
  if (config.testFaults === null) await warmUp(app);
  goLive();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new StartupError(`cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`)),
    );
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  out.info(`serving the dashboard and the API (${config.dataDir}) at ${url}/  (API: ${url}/api/v1)`);
  const close = () =>
    new Promise<void>((resolve) => {
      // Idle keep-alive sockets would hold close() open; in-flight requests get a grace period.
      const force = setTimeout(() => {
        if ("closeAllConnections" in server) server.closeAllConnections();
      }, GRACE_MS).unref();
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      if ("closeIdleConnections" in server) server.closeIdleConnections();
    });
  return { url, config, close };
}
