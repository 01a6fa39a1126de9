/**
 * The few web-platform globals core relies on. Node >= 20 and every browser have them; declaring them here
 * (instead of pulling in the DOM or Node typings) keeps core honest: it cannot reach for `document`, `window`,
 * `Buffer` or `process` without the type checker saying so.
 */
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(id: unknown): void;

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
declare var AbortSignal: {
  prototype: AbortSignal;
  any(signals: AbortSignal[]): AbortSignal;
  timeout(ms: number): AbortSignal;
};
interface AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}
declare var AbortController: { prototype: AbortController; new (): AbortController };

interface TextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

interface Headers {
  get(name: string): string | null;
}
interface ReadableStreamReadResult {
  done: boolean;
  value?: Uint8Array;
}
interface ReadableStreamDefaultReader {
  read(): Promise<ReadableStreamReadResult>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}
interface ReadableStream {
  getReader(): ReadableStreamDefaultReader;
}
interface Response {
  readonly ok: boolean;
  readonly status: number;
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: Headers;
  readonly body: ReadableStream | null;
}
interface RequestInit {
  signal?: AbortSignal;
  credentials?: 'omit' | 'same-origin' | 'include';
  referrerPolicy?: 'no-referrer';
  redirect?: 'follow' | 'error' | 'manual';
  mode?: 'cors' | 'same-origin';
  cache?: 'default' | 'no-store' | 'no-cache';
  headers?: Record<string, string>;
}
declare function fetch(input: string, init?: RequestInit): Promise<Response>;

declare var console: { warn(...args: unknown[]): void };
