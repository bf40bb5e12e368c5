/**
 * Which data source the app uses is deployment configuration, never the page URL (a shared
 * link must not be able to point the app at another server). Two layers:
 *   1. build time: VITE_DATA_SOURCE=bundled|http and VITE_API_BASE_URL (checked by vite.config.ts);
 *   2. run time: `config.json` next to index.html, which overrides the build's choice, so one
 *      build can be pointed at another API: { "dataSource": "http", "apiBaseUrl": "https://…/api/v1" }.
 * A broken config.json never blanks the page: the build's choice is used and the problem is shown.
 */
import * as z from "zod/mini";
import { formatIssues } from "../data-source/validate";

z.config(z.locales.en()); // as in schema.ts: errors in words (idempotent)

export const DEFAULT_TIMEOUT_MS = 10_000;

const runtimeConfigSchema = z
  .strictObject({
    dataSource: z.optional(z.enum(["bundled", "http"])),
    /** Absolute http(s) URL, or a path on this site ("/api/v1"). */
    apiBaseUrl: z.optional(z.string().check(z.minLength(1))),
    /** How long one request may take before it counts as failed (then retried). */
    timeoutMs: z.optional(z.number().check(z.int(), z.gte(1000), z.lte(120_000))),
  })
  .check(
    z.refine((c) => c.dataSource !== "http" || c.apiBaseUrl !== undefined, {
      message: 'needs "apiBaseUrl" when "dataSource" is "http"',
      path: ["apiBaseUrl"],
    }),
  );

export interface ResolvedConfig {
  dataSource: "bundled" | "http";
  /** Absolute URL (http mode only). */
  apiBaseUrl: string | null;
  timeoutMs: number;
  /** Where the choice came from. */
  setBy: "default" | "build" | "config.json";
  /** What was wrong with config.json or the build settings, shown in the page; null when all is well. */
  problem: string | null;
}

export interface BuildEnv {
  VITE_DATA_SOURCE?: string | undefined;
  VITE_API_BASE_URL?: string | undefined;
}

/** Resolves a base URL against the page; only http(s) is accepted. Returns null for anything else. */
export function resolveApiBase(raw: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username !== "" || url.password !== "") return null;
  url.search = "";
  url.hash = "";
  return url.href.replace(/\/+$/, "");
}

function fromBuild(env: BuildEnv, pageUrl: string): ResolvedConfig {
  const base: ResolvedConfig = {
    dataSource: "bundled",
    apiBaseUrl: null,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    setBy: "default",
    problem: null,
  };
  if (env.VITE_DATA_SOURCE !== "http") return env.VITE_DATA_SOURCE === "bundled" ? { ...base, setBy: "build" } : base;
  const api = env.VITE_API_BASE_URL ? resolveApiBase(env.VITE_API_BASE_URL, pageUrl) : null;
  if (api === null)
    return { ...base, problem: `VITE_API_BASE_URL “${env.VITE_API_BASE_URL ?? ""}” is not an http(s) URL or path` };
  return { ...base, dataSource: "http", apiBaseUrl: api, setBy: "build" };
}

/** Applies a parsed config.json (unknown JSON) over the build's choice. Pure, for tests. */
export function resolveConfig(file: unknown, env: BuildEnv, pageUrl: string): ResolvedConfig {
  const build = fromBuild(env, pageUrl);
  if (file === undefined) return build;
  const parsed = runtimeConfigSchema.safeParse(file);
  if (!parsed.success) {
    const issues = formatIssues(file, parsed.error).join("; ");
    return { ...build, problem: `config.json is invalid (${issues}); using the build's data source instead` };
  }
  const c = parsed.data;
  const timeoutMs = c.timeoutMs ?? build.timeoutMs;
  if (c.dataSource === undefined && c.apiBaseUrl === undefined) return { ...build, timeoutMs };
  if (c.dataSource === "bundled")
    return { ...build, dataSource: "bundled", apiBaseUrl: null, timeoutMs, setBy: "config.json" };
  const raw = c.apiBaseUrl ?? "";
  const api = resolveApiBase(raw, pageUrl);
  if (api === null)
    return {
      ...build,
      problem: `config.json: apiBaseUrl “${raw}” is not an http(s) URL or path; using the build's data source instead`,
    };
  return { dataSource: "http", apiBaseUrl: api, timeoutMs, setBy: "config.json", problem: null };
}

/**
 * Reads config.json next to index.html. Missing (404) = the build's choice; unreadable or
 * invalid = the build's choice plus a problem to show. Never throws.
 */
export async function loadRuntimeConfig(
  env: BuildEnv,
  pageUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ResolvedConfig> {
  const configUrl = new URL("config.json", pageUrl).href;
  let response: Response;
  try {
    // Default request options, so the fetch is answered by index.html's <link rel="preload" as="fetch">
    // (fetched with the script, not after it). Servers send config.json with Cache-Control: no-cache.
    response = await fetchImpl(configUrl);
  } catch (error) {
    const build = fromBuild(env, pageUrl);
    return { ...build, problem: `config.json could not be read (${String(error)}); using the build's data source` };
  }
  if (response.status === 404) return fromBuild(env, pageUrl);
  if (!response.ok) {
    const build = fromBuild(env, pageUrl);
    return { ...build, problem: `config.json answered HTTP ${response.status}; using the build's data source` };
  }
  let file: unknown;
  try {
    file = await response.json();
  } catch {
    const build = fromBuild(env, pageUrl);
    return { ...build, problem: "config.json is not valid JSON; using the build's data source instead" };
  }
  return resolveConfig(file, env, pageUrl);
}
