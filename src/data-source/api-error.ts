/** Errors of the HTTP source and React Query's retry policy for them (no zod: on the first load). */
/** A failed request. `retryable`: worth trying again (network trouble, timeout, 5xx). */
export class ApiError extends Error {
  readonly status: number | null;
  readonly retryable: boolean;
  constructor(message: string, options: { status?: number | null; retryable: boolean }) {
    super(message);
    this.name = "ApiError";
    this.status = options.status ?? null;
    this.retryable = options.retryable;
  }
}

/** React Query's retry predicate: network errors, timeouts and 5xx only, at most 3 retries. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 3 && error instanceof ApiError && error.retryable;
}

/** Exponential backoff: 0.5 s, 1 s, 2 s… capped at 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000);
}
