/**
 * Entry point of the reference server: `node dist-server/main.js` (built by `npm run build:server`).
 * Environment: PORT, HOST, DATA_DIR, STATIC_DIR, CORS_ORIGINS, LOG_REQUESTS (see server/README.md).
 */
import process from "node:process";
import { batchedSink } from "./request-log.ts";
import { StartupError, startServer } from "./start.ts";

const requests = batchedSink(process.stdout);

try {
  const server = await startServer(process.env, {
    info: (line) => console.log(line),
    warn: (line) => console.warn(`warning: ${line}`),
    requests: requests.sink,
    error: (error) => console.error("unexpected error while handling a request:", error),
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing (in-flight requests may finish)`);
    server
      .close()
      .then(() => {
        requests.flush();
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
} catch (error) {
  console.error(error instanceof StartupError ? `error: ${error.message}` : error);
  process.exit(1);
}
