/**
 * Which data source the app uses is deployment configuration, never the page URL (a shared
 * link must not be able to point the app at another server). Two layers:
 *   1. build time: VITE_DATA_SOURCE=bundled|http and VITE_API_BASE_URL (checked by vite.config.ts);
 *   2. run time: `config.json` next to index.html, which overrides the build's choice, so one
 *      build can be pointed at another API: { "dataSource": "http", "apiBaseUrl": "https://…/api/v1" }.
 * A broken config.json never blanks the page: the build's choice is used and the problem is shown.
 */
import { fromBuild, type BuildEnv, type ResolvedConfig } from "./build-config";

function isEmptyObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
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
  // An empty config.json (the static build's) leaves the build's choice: nothing to validate.
  if (isEmptyObject(file)) return fromBuild(env, pageUrl);
  const { resolveConfig } = await import("./config-file");
  return resolveConfig(file, env, pageUrl);
}
