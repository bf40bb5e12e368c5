/** Shared by the server tests: the real dataset (loaded once) and a request helper. */
import { fileURLToPath } from "node:url";
import { loadDataset } from "../scripts/load-dataset.ts";
import { responseSchema, type ResourceResponse } from "../src/data-source/api-contract.ts";
import type { ResourceName } from "../src/data-source/schema.ts";
import { createApp, type AppOptions } from "./app.ts";

export const MOCK_DATA_DIR = fileURLToPath(new URL("../mock-data", import.meta.url));
export const dataset = loadDataset(MOCK_DATA_DIR);

export function testApp(options: Partial<AppOptions> = {}) {
  const app = createApp({ dataset, ...options });
  const request = (path: string, init: RequestInit = {}) => app.request(path, init);
  return { app, request };
}

/** Parses a JSON response body as unknown (to be checked by a schema, never trusted). */
export async function jsonOf(response: Response): Promise<unknown> {
  return JSON.parse(await response.text()) as unknown;
}

/** Validates a response body against the contract; throws with zod's issues when it does not match. */
export function parseResponse<R extends ResourceName>(resource: R, body: unknown): ResourceResponse<R> {
  // responseSchema(resource) yields exactly ResourceResponse<R>; TypeScript cannot follow the index.
  return responseSchema(resource).parse(body) as ResourceResponse<R>;
}
