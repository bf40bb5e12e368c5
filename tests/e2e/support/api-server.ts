/**
 * Starts the reference API server (the built dist-server/main.js, as deployed) on a loopback
 * port, serving the built SPA and the API; stops it on demand. Used by the API-mode tests.
 *
 * By default the server is given PORT=0, so the OS picks a free port; the server's start-up
 * line names the address it actually bound, and that is the URL the tests use. A fixed port
 * (to restart a server where the page expects it) that is already taken makes the server
 * exit with EADDRINUSE, and startApiServer throws with its output: no other process listening
 * there is ever tested by mistake.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const SERVER_ENTRY = path.join(root, "dist-server", "main.js");

/** Once listening, server/start.ts logs "serving … at <url>/  (API: <url>/api/v1)" with the bound address. */
const LISTENING_LINE = / at (http:\/\/127\.0\.0\.1:\d+)\/ {2}\(API: /;
const START_TIMEOUT_MS = 30_000;

export interface ApiServer {
  url: string;
  /** The port the server bound (to start another one on the same address). */
  port: number;
  /** Everything the server printed (one log line per request). */
  output: () => string;
  stop: () => Promise<void>;
}

/** `port` 0 (the default) lets the OS choose a free port. */
export async function startApiServer(env: Record<string, string> = {}, port = 0): Promise<ApiServer> {
  if (!existsSync(SERVER_ENTRY))
    throw new Error(`${SERVER_ENTRY} is missing: run "npm run build:server" (npm run test:e2e does it)`);
  const staticDir = path.join(root, process.env.E2E_DIST ?? "dist");
  let log = "";
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", STATIC_DIR: staticDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = () => log;
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const settle = (result: string | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (typeof result === "string") return resolve(result);
      child.kill("SIGKILL");
      reject(result);
    };
    const fail = (why: string) => settle(new Error(`API server (PORT=${port}) ${why}:\n${log}`));
    const timer = setTimeout(
      () => fail(`did not report listening within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    child.stdout.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const match = LISTENING_LINE.exec(log);
      if (match?.[1] !== undefined) settle(match[1]);
    });
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.once("error", (error) => fail(`could not be started: ${error.message}`));
    child.once("close", (code, signal) => fail(`exited (${code ?? signal}) before listening`));
  });
  const bound = Number(new URL(url).port);
  if (port !== 0 && bound !== port) {
    child.kill("SIGKILL");
    throw new Error(`API server bound ${url}, not the requested port ${port}:\n${log}`);
  }

  return {
    url,
    port: bound,
    output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
