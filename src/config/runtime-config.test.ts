import { describe, expect, it } from "vitest";
import { deployEnvProblems } from "../../scripts/check-env";
import { resolveApiBase } from "./build-config";
import { resolveConfig } from "./config-file";
import { loadRuntimeConfig } from "./runtime-config";

const page = "https://dash.example.org/az-us/index.html?year=2024";

function respond(status: number, body: string): typeof fetch {
  return () => Promise.resolve(new Response(body, { status, headers: { "Content-Type": "application/json" } }));
}

describe("runtime configuration", () => {
  it("uses the bundled dataset when nothing is configured", () => {
    expect(resolveConfig(undefined, {}, page)).toMatchObject({
      dataSource: "bundled",
      setBy: "default",
      problem: null,
    });
    expect(resolveConfig({}, {}, page)).toMatchObject({ dataSource: "bundled", problem: null });
  });

  it("takes the build's http choice and resolves a relative base against the page", () => {
    const config = resolveConfig(undefined, { VITE_DATA_SOURCE: "http", VITE_API_BASE_URL: "/api/v1/" }, page);
    expect(config).toMatchObject({ dataSource: "http", apiBaseUrl: "https://dash.example.org/api/v1", setBy: "build" });
  });

  it("lets config.json point one build at another API, or back at the bundle", () => {
    const toApi = resolveConfig(
      { dataSource: "http", apiBaseUrl: "https://api.example.com/v1", timeoutMs: 5000 },
      {},
      page,
    );
    expect(toApi).toEqual({
      dataSource: "http",
      apiBaseUrl: "https://api.example.com/v1",
      timeoutMs: 5000,
      setBy: "config.json",
      problem: null,
    });
    const env = { VITE_DATA_SOURCE: "http", VITE_API_BASE_URL: "/api/v1" };
    expect(resolveConfig({ dataSource: "bundled" }, env, page)).toMatchObject({
      dataSource: "bundled",
      apiBaseUrl: null,
      setBy: "config.json",
    });
  });

  it("keeps the build's choice and names the problem when config.json is invalid", () => {
    const env = { VITE_DATA_SOURCE: "http", VITE_API_BASE_URL: "/api/v1" };
    const wrongKind = resolveConfig({ dataSource: "ftp" }, env, page);
    expect(wrongKind).toMatchObject({ dataSource: "http", apiBaseUrl: "https://dash.example.org/api/v1" });
    expect(wrongKind.problem).toMatch(/config\.json is invalid .*dataSource/);
    expect(resolveConfig({ dataSource: "http" }, {}, page).problem).toMatch(/apiBaseUrl.*needs "apiBaseUrl"/);
    expect(resolveConfig({ timeoutMs: 10 }, {}, page).problem).toMatch(/timeoutMs/);
    expect(resolveConfig({ dataSource: "http", apiBaseUrl: "x", extra: 1 }, {}, page).problem).toMatch(/extra/);
    expect(resolveConfig([1, 2], {}, page).problem).toMatch(/config\.json is invalid/);
  });

  it("refuses API bases that are not http(s)", () => {
    expect(resolveApiBase("javascript:alert(1)", page)).toBeNull();
    expect(resolveApiBase("data:text/plain,x", page)).toBeNull();
    expect(resolveApiBase("https://user:pw@api.example.com/v1", page)).toBeNull();
    expect(resolveApiBase("https://api.example.com/v1/?x=1#y", page)).toBe("https://api.example.com/v1");
    const config = resolveConfig({ dataSource: "http", apiBaseUrl: "javascript:alert(1)" }, {}, page);
    expect(config.dataSource).toBe("bundled");
    expect(config.problem).toMatch(/apiBaseUrl “javascript:alert\(1\)” is not an http\(s\) URL/);
  });

  it("reads config.json next to index.html; a 404 means the build's choice, other failures are reported", async () => {
    let asked = "";
    const spy: typeof fetch = (input) => {
      asked = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      return Promise.resolve(new Response(JSON.stringify({ dataSource: "http", apiBaseUrl: "/api/v1" })));
    };
    expect(await loadRuntimeConfig({}, page, spy)).toMatchObject({ dataSource: "http", setBy: "config.json" });
    expect(asked).toBe("https://dash.example.org/az-us/config.json");
    expect(await loadRuntimeConfig({}, page, respond(404, "nope"))).toMatchObject({
      dataSource: "bundled",
      problem: null,
    });
    expect((await loadRuntimeConfig({}, page, respond(500, ""))).problem).toMatch(/HTTP 500/);
    expect((await loadRuntimeConfig({}, page, respond(200, "{not json"))).problem).toMatch(/not valid JSON/);
    const offline: typeof fetch = () => Promise.reject(new TypeError("Failed to fetch"));
    expect((await loadRuntimeConfig({}, page, offline)).problem).toMatch(/could not be read/);
  });

  it("fails the build on bad data-source settings", () => {
    expect(deployEnvProblems({})).toEqual([]);
    expect(deployEnvProblems({ VITE_DATA_SOURCE: "http", VITE_API_BASE_URL: "/api/v1" })).toEqual([]);
    expect(deployEnvProblems({ VITE_DATA_SOURCE: "htp" })[0]).toMatch(/"bundled" or "http", got "htp"/);
    expect(deployEnvProblems({ VITE_DATA_SOURCE: "http" })[0]).toMatch(/needs VITE_API_BASE_URL/);
    expect(deployEnvProblems({ VITE_API_BASE_URL: "ftp://x" })[0]).toMatch(/http\(s\) URL or a path/);
  });
});
