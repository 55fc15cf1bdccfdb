/**
 * The one retry helper: a call to a model server is tried again on 429 and 5xx (and on a
 * dropped connection), after the wait the server asks for in `retry-after` (or
 * `retry-after-ms`), else after an exponential backoff with jitter. A time-out is not
 * retried: the caller already waited as long as it means to.
 */
export interface RetryOptions {
  /** Tries after the first (default 2). */
  retries?: number;
  /** The first backoff (default 500 ms), doubled each time. */
  baseDelayMs?: number;
  /** No wait is longer, whatever the server asks (default 20 s). */
  maxDelayMs?: number;
  /** Called before each wait, for the log. */
  onRetry?: (info: { attempt: number; delayMs: number; status?: number }) => void;
}

interface HttpishError {
  status?: number;
  code?: string;
  name?: string;
  headers?: Headers | Record<string, string | undefined>;
}

function header(error: HttpishError, name: string): string | undefined {
  const headers = error.headers;
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  return (headers as Record<string, string | undefined>)[name];
}

/** The wait the server asked for, in ms: retry-after-ms, or retry-after as seconds or an HTTP date. */
export function retryAfterMs(error: unknown): number | undefined {
  const e = error as HttpishError;
  const ms = Number(header(e, 'retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0 && header(e, 'retry-after-ms') !== undefined) return ms;
  const after = header(e, 'retry-after');
  if (after === undefined) return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function isRetryable(error: unknown): boolean {
  const e = error as HttpishError;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || /timed out/i.test(String((error as Error)?.message))) return false;
  if (typeof e?.status === 'number') return e.status === 429 || e.status === 408 || e.status >= 500;
  return e?.code === 'ECONNRESET' || e?.code === 'ECONNREFUSED' || e?.name === 'APIConnectionError';
}

export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 2;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 20_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) throw error;
      const asked = retryAfterMs(error);
      const delayMs = Math.min(max, asked ?? base * 2 ** attempt * (0.5 + Math.random() / 2));
      options.onRetry?.({ attempt: attempt + 1, delayMs, ...(typeof (error as HttpishError).status === 'number' ? { status: (error as HttpishError).status } : {}) });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
