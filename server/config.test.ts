// @vitest-environment node
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULTS, ignoredFaultVariables, readConfig } from "./config.ts";

describe("readConfig", () => {
  it("defaults to 127.0.0.1:8787, the repository's mock-data/ and dist/, no CORS, logging on", () => {
    const config = readConfig({});
    expect(config).toEqual({
      port: 8787,
      host: "127.0.0.1",
      dataDir: DEFAULTS.dataDir,
      staticDir: DEFAULTS.staticDir,
      corsOrigins: [],
      embedOrigins: null,
      logRequests: true,
      testFaults: null,
    });
    expect(path.basename(config.dataDir)).toBe("mock-data");
    expect(path.basename(config.staticDir)).toBe("dist");
  });

  it("reads every variable", () => {
    const config = readConfig({
      PORT: "9000",
      HOST: "0.0.0.0",
      DATA_DIR: "/srv/data",
      STATIC_DIR: "/srv/www",
      CORS_ORIGINS: "https://a.example, http://localhost:5173",
      LOG_REQUESTS: "0",
    });
    expect(config).toMatchObject({
      port: 9000,
      host: "0.0.0.0",
      dataDir: "/srv/data",
      staticDir: "/srv/www",
      corsOrigins: ["https://a.example", "http://localhost:5173"],
      logRequests: false,
    });
  });

  it.each(["abc", "80a", "-1", "65536", "1e3", "8787.5"])("refuses PORT=%s", (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(`PORT: must be a whole number from 0 to 65535, got "${port}"`);
  });

  it.each(["*", "example.org", "https://example.org/", "https://example.org/path", "ftp://example.org"])(
    "refuses CORS_ORIGINS=%s",
    (origin) => {
      expect(() => readConfig({ CORS_ORIGINS: origin })).toThrow(/^CORS_ORIGINS: /);
    },
  );

  it.each([
    ["*", null],
    ["https://a.example", ["https://a.example"]],
    ["https://a.example http://localhost:5173", ["https://a.example", "http://localhost:5173"]],
    [
      " https://a.example,https://b.example ,  http://127.0.0.1:8080 ",
      ["https://a.example", "https://b.example", "http://127.0.0.1:8080"],
    ],
  ])("reads EMBED_ORIGINS=%j", (value, expected) => {
    expect(readConfig({ EMBED_ORIGINS: value }).embedOrigins).toEqual(expected);
  });

  it.each(["example.org", "https://example.org/", "https://example.org/embed", "ftp://example.org", "'self'"])(
    "refuses EMBED_ORIGINS=%s, naming the variable and the value",
    (origin) => {
      expect(() => readConfig({ EMBED_ORIGINS: origin })).toThrow(
        `EMBED_ORIGINS: "${origin}" is not an origin like https://example.org (no path, no slash)`,
      );
    },
  );

  it("refuses * mixed with origins", () => {
    expect(() => readConfig({ EMBED_ORIGINS: "* https://a.example" })).toThrow(/^EMBED_ORIGINS: "\*" \(any origin\)/);
  });

  it("lists fault variables that are ignored without API_TEST_MODE=1", () => {
    expect(ignoredFaultVariables({ API_TEST_DELAY_MS: "100" })).toEqual(["API_TEST_DELAY_MS"]);
    expect(ignoredFaultVariables({ API_TEST_MODE: "1", API_TEST_DELAY_MS: "100" })).toEqual([]);
  });
});
