// The benchmarks' static server (bench/run-bench.mjs, bench/lighthouse.mjs): dist/ on
// 127.0.0.1:<free port> with an SPA fallback, and bench/floor/ at /__floor/ (the floor page).
import { createReadStream, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { contentType } from "../scripts/content-types.mjs";

/** Where the floor page (bench/floor/index.html) is served. */
export const FLOOR_PATH = "/__floor/";

function fileIfExists(file) {
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** The file under `dir` for `pathname`, or null when it would leave `dir`. */
function resolveInside(dir, pathname) {
  const resolved = path.resolve(dir, `.${pathname}`);
  return resolved === dir || resolved.startsWith(dir + path.sep) ? resolved : null;
}

/**
 * Serves `distDir` (unknown extension-less paths get its index.html) and `floorDir` at
 * FLOOR_PATH (no fallback). Every response has `Cache-Control: no-cache`; each benchmark run
 * uses a new browser context, so every load is cold anyway. With `gzip`, text bodies are sent
 * gzip-compressed to clients that accept it, as the deployed server (server/) sends them.
 * Resolves with { server, origin }.
 */
export function startStaticServer({ distDir, floorDir, gzip = false }) {
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const inFloor = floorDir !== undefined && (pathname === FLOOR_PATH.slice(0, -1) || pathname.startsWith(FLOOR_PATH));
    if (inFloor && pathname === FLOOR_PATH.slice(0, -1)) {
      res.writeHead(301, { Location: FLOOR_PATH }).end();
      return;
    }
    const dir = inFloor ? floorDir : distDir;
    const resolved = resolveInside(dir, inFloor ? pathname.slice(FLOOR_PATH.length - 1) : pathname);
    if (resolved === null) {
      res.writeHead(403).end();
      return;
    }
    let file = fileIfExists(resolved) ?? fileIfExists(path.join(resolved, "index.html"));
    // SPA fallback: unknown paths that do not look like files get the app shell.
    if (file === null && !inFloor && path.extname(pathname) === "") file = path.join(distDir, "index.html");
    if (file === null) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const type = contentType(file);
    const compress =
      gzip &&
      /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(type) &&
      /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    if (compress) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, {
        "Content-Type": type,
        "Content-Encoding": "gzip",
        "Content-Length": body.length,
        "Cache-Control": "no-cache",
        Vary: "Accept-Encoding",
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    res.writeHead(200, { "Content-Type": type, "Content-Length": statSync(file).size, "Cache-Control": "no-cache" });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}
