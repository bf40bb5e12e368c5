/**
 * Server configuration from environment variables, validated up front so a typo (PORT=80a,
 * an origin with a path) stops the server with a clear message instead of a half-working start.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RESOURCE_NAMES } from "../src/data-source/api-contract.ts";
import type { ResourceName } from "../src/data-source/schema.ts";

export interface TestFaults {
  /** Every /api response waits this long first. */
  delayMs: number;
  /** This resource's responses are valid JSON that breaks its schema. */
  malformed: ResourceName | null;
}

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  corsOrigins: string[];
  /** Origins that may frame the embed pages (/embed/<panel>); null: any origin (the default). */
  embedOrigins: string[] | null;
  logRequests: boolean;
  /** Null unless API_TEST_MODE=1. */
  testFaults: TestFaults | null;
}

export type Env = Readonly<Record<string, string | undefined>>;

// server/ in the sources, dist-server/ when built: the repository root is one level up from either.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const DEFAULTS = {
  port: 8787,
  host: "127.0.0.1",
  dataDir: path.join(repoRoot, "mock-data"),
  staticDir: path.join(repoRoot, "dist"),
};

export class ConfigError extends Error {
  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
  }
}

function setting(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === "" ? undefined : raw;
}

function integer(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = setting(env, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  return Number(raw);
}

function origins(env: Env, name = "CORS_ORIGINS", separator: RegExp = /,/): string[] {
  const raw = setting(env, name);
  if (raw === undefined) return [];
  return raw
    .split(separator)
    .map((o) => o.trim())
    .filter((o) => o !== "")
    .map((o) => {
      let url: URL | undefined;
      try {
        url = new URL(o);
      } catch {
        url = undefined;
      }
      // Browsers send Origin as scheme://host[:port]; anything else could never match.
      if (url === undefined || !/^https?:$/.test(url.protocol) || url.origin !== o)
        throw new ConfigError(name, `"${o}" is not an origin like https://example.org (no path, no slash)`);
      return o;
    });
}

/** EMBED_ORIGINS: origins separated by spaces or commas, or "*" (the default) for any origin. */
function embedOrigins(env: Env): string[] | null {
  const raw = setting(env, "EMBED_ORIGINS");
  if (raw === undefined || raw === "*") return null;
  if (raw.split(/[\s,]+/).includes("*"))
    throw new ConfigError("EMBED_ORIGINS", `"*" (any origin) cannot be combined with a list of origins, got "${raw}"`);
  return origins(env, "EMBED_ORIGINS", /[\s,]+/);
}

function faults(env: Env): TestFaults | null {
  if (setting(env, "API_TEST_MODE") !== "1") return null;
  const malformed = setting(env, "API_TEST_MALFORMED");
  if (malformed !== undefined && !(RESOURCE_NAMES as string[]).includes(malformed))
    throw new ConfigError("API_TEST_MALFORMED", `must be one of ${RESOURCE_NAMES.join(", ")}, got "${malformed}"`);
  return {
    delayMs: integer(env, "API_TEST_DELAY_MS", 0, 600_000) ?? 0,
    malformed: (malformed as ResourceName | undefined) ?? null,
  };
}

/** Throws ConfigError naming the variable when a setting is invalid. */
export function readConfig(env: Env): ServerConfig {
  return {
    port: integer(env, "PORT", 0, 65_535) ?? DEFAULTS.port,
    host: setting(env, "HOST") ?? DEFAULTS.host,
    dataDir: path.resolve(setting(env, "DATA_DIR") ?? DEFAULTS.dataDir),
    staticDir: path.resolve(setting(env, "STATIC_DIR") ?? DEFAULTS.staticDir),
    corsOrigins: origins(env),
    embedOrigins: embedOrigins(env),
    logRequests: setting(env, "LOG_REQUESTS") !== "0",
    testFaults: faults(env),
  };
}

/** Fault variables set without API_TEST_MODE=1 are ignored; say so rather than silently. */
export function ignoredFaultVariables(env: Env): string[] {
  if (setting(env, "API_TEST_MODE") === "1") return [];
  return ["API_TEST_DELAY_MS", "API_TEST_MALFORMED"].filter((name) => setting(env, name) !== undefined);
}
