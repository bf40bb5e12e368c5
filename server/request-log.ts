/**
 * One line per request: time, method, path+query, status, bytes, duration.
 *   2026-05-01T10:00:00.000Z GET /api/v1/trade?year=2024 200 5123B 0.41ms
 * Lines are written in batches (one write per event-loop turn), so logging under load costs
 * a string per request, not a syscall per request.
 */
import type { MiddlewareHandler } from "hono";
import { bodyLength } from "./send-cached.ts";

export type LogSink = (line: string) => void;

const MAX_TARGET_LENGTH = 300;

function target(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const path = start === -1 ? "/" : url.slice(start);
  return path.length > MAX_TARGET_LENGTH ? `${path.slice(0, MAX_TARGET_LENGTH)}…` : path;
}

export function requestLog(sink: LogSink): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = (performance.now() - started).toFixed(2);
      const length = bodyLength(c.res) ?? c.res.headers.get("content-length");
      const bytes = length === null ? "-" : `${length}B`;
      sink(`${new Date().toISOString()} ${c.req.method} ${target(c.req.url)} ${c.res.status} ${bytes} ${ms}ms`);
    }
  };
}

/** A sink for a stream (stdout): buffers lines and writes them once per event-loop turn. */
export function batchedSink(stream: NodeJS.WritableStream): { sink: LogSink; flush: () => void } {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join("\n") + "\n";
    pending = [];
    stream.write(text);
  };
  const sink: LogSink = (line) => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return { sink, flush };
}
