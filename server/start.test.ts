// @vitest-environment node
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StartupError, prepare, startServer, type Output } from "./start.ts";
import { MOCK_DATA_DIR } from "./testing.ts";

function recorder() {
  const lines = { info: [] as string[], warn: [] as string[], requests: [] as string[], errors: [] as unknown[] };
  const out: Output = {
    info: (l) => lines.info.push(l),
    warn: (l) => lines.warn.push(l),
    requests: (l) => lines.requests.push(l),
    error: (e) => lines.errors.push(e),
  };
  return { lines, out };
}

let tmp: string;
let brokenDir: string;
const BROKEN_ID = "trade-2024-exports-oec-test";
let badLinkDir: string;
let badLink: { index: number; id: string };

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "server-start-"));
  brokenDir = path.join(tmp, "broken-data");
  cpSync(MOCK_DATA_DIR, brokenDir, { recursive: true });
  const file = path.join(brokenDir, "trade.json");
  const trade = JSON.parse(readFileSync(file, "utf8")) as { records: Record<string, unknown>[] };
  const record = trade.records[2];
  if (record === undefined) throw new Error("mock-data/trade.json needs at least three records");
  record.id = BROKEN_ID;
  record.value = "135.03";
  writeFileSync(file, JSON.stringify(trade));

  badLinkDir = path.join(tmp, "bad-link-data");
  cpSync(MOCK_DATA_DIR, badLinkDir, { recursive: true });
  const sourcesFile = path.join(badLinkDir, "sources.json");
  const sources = JSON.parse(readFileSync(sourcesFile, "utf8")) as { sources: Record<string, unknown>[] };
  const index = sources.sources.findIndex((s) => s.kind === "web");
  const source = sources.sources[index];
  if (source === undefined) throw new Error("mock-data/sources.json needs a web source");
  source.url = "javascript:alert(document.cookie)";
  badLink = { index, id: String(source.id) };
  writeFileSync(sourcesFile, JSON.stringify(sources));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("start-up refuses an invalid dataset", () => {
  it("names the file, the record and the field", () => {
    const { out } = recorder();
    let error: unknown;
    try {
      prepare({ DATA_DIR: brokenDir, STATIC_DIR: tmp }, out);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toContain("refusing to start");
    expect(message).toContain("broken-data/trade.json");
    expect(message).toContain(`records[2] (id "${BROKEN_ID}"), field "value"`);
  });

  it("exits non-zero from the real entry point with that message on stderr", () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: root,
      env: { ...process.env, DATA_DIR: brokenDir, PORT: "0", STATIC_DIR: tmp },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`records[2] (id "${BROKEN_ID}"), field "value"`);
    expect(result.stdout).not.toContain("serving");
  }, 40_000);

  it("refuses a javascript: source link, naming the file, the record and the field", () => {
    const { out } = recorder();
    let error: unknown;
    try {
      prepare({ DATA_DIR: badLinkDir, STATIC_DIR: tmp }, out);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toContain("refusing to start");
    expect(message).toContain(
      `bad-link-data/sources.json: sources[${badLink.index}] (id "${badLink.id}"), field "url": must be an absolute http:// or https:// URL`,
    );
  });

  it("exits non-zero from the real entry point on a javascript: source link", () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: root,
      env: { ...process.env, DATA_DIR: badLinkDir, PORT: "0", STATIC_DIR: tmp },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`sources[${badLink.index}] (id "${badLink.id}"), field "url"`);
    expect(result.stdout).not.toContain("serving");
  }, 40_000);

  it("refuses a bad PORT before touching the dataset", () => {
    const { out } = recorder();
    expect(() => prepare({ PORT: "http", DATA_DIR: brokenDir }, out)).toThrow(/invalid configuration: PORT/);
  });
});

describe("startServer", () => {
  it("listens on loopback, logs one line per request and closes", async () => {
    const { lines, out } = recorder();
    const server = await startServer({ PORT: "0", STATIC_DIR: tmp }, out);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(lines.warn.join("\n")).toContain("serving the API only");
      const response = await fetch(`${server.url}/api/v1/trade?year=2024`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      expect(lines.requests).toHaveLength(1);
      expect(lines.requests[0]).toMatch(/^\S+Z GET \/api\/v1\/trade\?year=2024 200 \d+B \d+\.\d\dms$/);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });

  it("warns loudly in test mode and stays quiet with LOG_REQUESTS=0", async () => {
    const { lines, out } = recorder();
    const server = await startServer(
      { PORT: "0", STATIC_DIR: tmp, LOG_REQUESTS: "0", API_TEST_MODE: "1", API_TEST_MALFORMED: "trade" },
      out,
    );
    try {
      await (await fetch(`${server.url}/api/v1/sources`)).arrayBuffer();
      expect(lines.requests).toEqual([]);
      expect(lines.warn.join("\n")).toMatch(/API_TEST_MODE=1: TEST FAULTS ACTIVE .*malformed: trade/);
    } finally {
      await server.close();
    }
  });

  it("with PORT=0 takes a free port and names the bound address in its start-up line", async () => {
    const { lines, out } = recorder();
    const server = await startServer({ PORT: "0", STATIC_DIR: tmp, LOG_REQUESTS: "0" }, out);
    try {
      expect(Number(new URL(server.url).port)).toBeGreaterThan(0);
      expect(lines.info).toEqual([expect.stringContaining(` at ${server.url}/  (API: ${server.url}/api/v1)`)]);
    } finally {
      await server.close();
    }
  });

  it("prints that line from the real entry point, which the end-to-end helper reads", async () => {
    // tests/e2e/support/api-server.ts starts dist-server/main.js with PORT=0 and takes its URL from this line.
    const root = fileURLToPath(new URL("..", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", STATIC_DIR: tmp, LOG_REQUESTS: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const closed = new Promise((resolve) => child.once("close", resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = "";
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = / at (http:\/\/127\.0\.0\.1:\d+)\/ {2}\(API: /.exec(stdout);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        child.once("close", (code) => reject(new Error(`exited (${code}) before listening:\n${stdout}`)));
      });
      expect(Number(new URL(url).port)).toBeGreaterThan(0);
      const response = await fetch(`${url}/api/health`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    } finally {
      child.kill("SIGTERM");
      await closed;
    }
  }, 40_000);

  it("reports a port that is taken", async () => {
    const { out } = recorder();
    const first = await startServer({ PORT: "0", STATIC_DIR: tmp, LOG_REQUESTS: "0" }, out);
    try {
      const port = new URL(first.url).port;
      await expect(startServer({ PORT: port, STATIC_DIR: tmp }, out)).rejects.toThrow(/cannot listen .*EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
