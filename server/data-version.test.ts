// @vitest-environment node
import { describe, expect, it } from "vitest";
import { versionOfDir } from "../scripts/dataset-version.ts";
import { MOCK_DATA_DIR, testApp } from "./testing.ts";

describe("the reference API", () => {
  const current = versionOfDir(MOCK_DATA_DIR);
  it("states the version in every meta and leads its ETag with it", async () => {
    const { request } = testApp();
    const response = await request("/api/v1/trade?year=2024");
    const body = JSON.parse(await response.text()) as { meta: { version: string; lastUpdated: string } };
    expect(body.meta.version).toBe(current.version);
    expect(body.meta.lastUpdated).toBe(current.lastUpdated);
    expect(response.headers.get("etag")).toMatch(new RegExp(`^"${current.version}-`));
  });
});
