/**
 * A DataSource over any HTTP API that speaks the contract in api-contract.ts. Every response
 * is validated against the same schemas as the bundled dataset; an error says which request
 * failed and why (unreachable, timed out, HTTP status with the API's own message, or which
 * record and field of the response is wrong).
 */
import { labelsFileSchema } from "./labels";
import {
  RESOURCE_PATHS,
  encodeQuery,
  errorBodySchema,
  responseSchema,
  type ResourceQuery,
  type ResourceResponse,
} from "./api-contract";
import type { DataSource } from "./data-source";
import type { ResourceName } from "./schema";
import { ApiError } from "./api-error";
import { parseOrThrow } from "./validate";
import { browserOffline, keepAnswer, keptAnswer } from "./kept-answers";

export interface HttpSourceOptions {
  /** Absolute base URL, e.g. "https://data.example.org/api/v1". */
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export function createHttpSource({ baseUrl, timeoutMs, fetch: fetchImpl = fetch }: HttpSourceOptions): DataSource {
  const base = baseUrl.replace(/\/+$/, "");
  /** One GET of the API, its failures as ApiErrors naming the request; the body is not validated yet. */
  /** `keep` stores the answer for offline use, once the caller has validated it (kept-answers.ts). */
  async function getJson(
    url: string,
    signal?: AbortSignal,
  ): Promise<{ body: unknown; label: string; keep: () => void }> {
    const label = `GET ${url}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      // no-cache: always revalidate (an unchanged resource costs a 304, thanks to its ETag), so a
      // refresh really asks the API instead of reading the browser's HTTP cache.
      response = await fetchImpl(url, {
        signal: combined,
        cache: "no-cache",
        headers: { Accept: "application/json" },
      });
    } catch (error) {
      if (signal?.aborted) throw error; // cancelled by React Query (filters changed): not a failure
      // Offline: the last good answer, if this browser kept one (the page says how old it is).
      const kept = browserOffline() ? await keptAnswer(url) : undefined;
      if (kept !== undefined) return { body: kept, label, keep: () => undefined };
      if (timeout.aborted) throw new ApiError(`${label}: no answer within ${timeoutMs / 1000} s`, { retryable: true });
      throw new ApiError(`${label}: the API could not be reached (${describe(error)})`, { retryable: true });
    }
    if (!response.ok) {
      const detail = await errorDetail(response);
      throw new ApiError(`${label}: HTTP ${response.status}${detail ? ` — ${detail}` : ""}`, {
        status: response.status,
        retryable: response.status >= 500,
      });
    }
    try {
      const text = await response.text();
      return { body: JSON.parse(text) as unknown, label, keep: () => void keepAnswer(url, text) };
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(`${label}: the response is not valid JSON`, { status: response.status, retryable: false });
    }
  }
  return {
    kind: "http",
    origin: base,
    async load<R extends ResourceName>(resource: R, query: ResourceQuery, signal?: AbortSignal) {
      const url = `${base}/${RESOURCE_PATHS[resource]}${encodeQuery(resource, query)}`;
      const { body, label, keep } = await getJson(url, signal);
      const parsed = parseOrThrow(responseSchema(resource), body, label);
      if (parsed.meta.resource !== resource)
        throw new ApiError(`${label}: the response is for “${parsed.meta.resource}”, not “${resource}”`, {
          retryable: false,
        });
      keep();
      // responseSchema(resource) yields exactly ResourceResponse<R>; TypeScript cannot follow the index.
      return parsed as unknown as ResourceResponse<R>;
    },
    /** `GET {base}/labels/{language}`: the dataset's labels in that language (see labels.ts). */
    async loadLabels(language, signal) {
      const { body, label, keep } = await getJson(`${base}/labels/${language}`, signal);
      const parsed = parseOrThrow(labelsFileSchema, body, label);
      if (parsed.language !== language)
        throw new ApiError(`${label}: the labels are for “${parsed.language}”, not “${language}”`, {
          retryable: false,
        });
      keep();
      return parsed;
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The API's own error message, when the body is the contract's error shape. */
async function errorDetail(response: Response): Promise<string | null> {
  try {
    const parsed = errorBodySchema.safeParse(await response.json());
    return parsed.success ? parsed.data.error.message : null;
  } catch {
    return null;
  }
}
