/** config.json's schema and how it applies over the build's choice (zod: loaded only when config.json says something). */
import * as z from "zod/mini";
import { formatIssues } from "../data-source/validate";
import { fromBuild, resolveApiBase, type BuildEnv, type ResolvedConfig } from "./build-config";

z.config(z.locales.en()); // as in schema.ts: errors in words (idempotent)

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
