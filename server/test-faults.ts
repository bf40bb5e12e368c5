/**
 * Test-only fault modes (API_TEST_MODE=1), used by the browser end-to-end tests to check that
 * the app survives a slow API and a response that breaks the contract.
 */
import type { MiddlewareHandler } from "hono";

/** A slow API: every /api response waits `ms` first. */
export function delayMiddleware(ms: number): MiddlewareHandler {
  return async (_c, next) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await next();
  };
}

function firstRecord(data: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const value of Object.values(data)) {
    if (Array.isArray(value) && typeof value[0] === "object" && value[0] !== null)
      return value[0] as Record<string, unknown>;
  }
  return undefined;
}

/**
 * Valid JSON that violates the schema the way a buggy backend would: a figure's value as a
 * string ("135.03" instead of 135.03), else a record id as a number, else an unexpected field.
 * Works on a deep copy; the dataset itself is never touched.
 */
export function malformResponse(response: { data: unknown; meta: unknown }): { data: unknown; meta: unknown } {
  const data = structuredClone(response.data) as Record<string, unknown>;
  const record = firstRecord(data);
  if (record !== undefined && typeof record.value === "number") record.value = String(record.value);
  else if (record !== undefined) record.id = 42;
  else data.unexpectedField = "test fault: API_TEST_MALFORMED";
  return { data, meta: response.meta };
}
