/** The build's choice of data source (VITE_DATA_SOURCE, VITE_API_BASE_URL) and the types of a resolved configuration (no zod). */
export const DEFAULT_TIMEOUT_MS = 10_000;

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

export function fromBuild(env: BuildEnv, pageUrl: string): ResolvedConfig {
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
