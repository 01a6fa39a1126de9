import { LoadError } from './load-error.js';

/** Limits for `fetchText`. */
export interface FetchLimits {
  /** Give up after this long (default 15 s). */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this, counted while streaming (default 20 MB). */
  readonly maxBytes?: number;
  /** Stop when this signal aborts (a widget disconnected, or its `src` changed). */
  readonly signal?: AbortSignal | undefined;
}

/** The text of a response with what is needed to tell its kind. */
export interface FetchedText {
  readonly text: string;
  readonly contentType: string;
  readonly url: string;
}

/**
 * Fetches a URL as text, defensively: no cookies or credentials, no referrer, a timeout, and a byte limit counted
 * while the body streams in (a missing or lying Content-Length cannot get past it). Failures are `LoadError`s
 * with distinct codes.
 *
 * @example
 * const { text, contentType } = await fetchText('/data/ha-tinh.json', { timeoutMs: 5000 });
 */
export async function fetchText(url: string, limits: FetchLimits = {}): Promise<FetchedText> {
  // Limits often come from attributes (`timeout="abc"` is NaN): a value that is no positive number means the
  // default, and a timeout past what setTimeout can wait (it would fire at once) means the longest it can.
  const { timeoutMs: t = 0, maxBytes: b = 0 } = limits;
  const timeoutMs = t > 0 ? Math.min(t, 2 ** 31 - 1) : 15_000;
  const maxBytes = b > 0 ? b : 20_000_000;
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(new LoadError('timeout')), timeoutMs);
  const signal = limits.signal ? AbortSignal.any([limits.signal, timer.signal]) : timer.signal;
  const fail = (e: unknown): never => {
    if (e instanceof LoadError) throw e;
    if (timer.signal.aborted) throw new LoadError('timeout', { cause: e });
    if (limits.signal?.aborted) throw new LoadError('aborted', { cause: e });
    throw new LoadError('network', { detail: (e as Error)?.message, cause: e });
  };
  try {
    const response = await fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' }).catch(fail);
    if (!response.ok) {
      void response.body?.getReader().cancel().catch(() => undefined);
      throw new LoadError(response.status === 404 || response.status === 410 ? 'not_found' : 'http_error', { status: response.status });
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.getReader().cancel().catch(() => undefined);
      throw new LoadError('too_large', { detail: String(declared) });
    }
    const text = await readLimited(response, maxBytes).catch(fail);
    return { text, contentType: response.headers.get('content-type') ?? '', url: response.url || url };
  } finally {
    clearTimeout(handle);
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new LoadError('too_large', { detail: String(received) });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
