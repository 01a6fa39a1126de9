import { checkLoaded, LoadError, parseDataset, validate, type Dataset, type LoadResult, type ValidationIssue } from '@danvan/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadShared } from './load-shared.js';

/** Where an element's data stands. */
export const DATA_STATES = ['idle', 'loading', 'ready', 'error'] as const;

/** A data state: `idle` (no data given), `loading`, `ready`, `error`. */
export type DataState = (typeof DATA_STATES)[number];

/** What the data controller reads from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  data?: unknown;
  timeout?: number | undefined;
  maxBytes?: number | undefined;
}

// `.data` given twice (two elements, one object) is validated once.
const validated = new WeakMap<object, LoadResult>();

/**
 * Gets an element its dataset from, in order: the `.data` property, the `src` URL (one fetch per URL per page,
 * aborted when the element leaves the page or `src` changes), or an inline `<script type="application/json">`
 * child. Everything is validated by core; load failures become a localized error state with a retry.
 */
export class DataController implements ReactiveController {
  state: DataState = 'idle';
  dataset: Dataset | undefined;
  issues: readonly ValidationIssue[] = [];
  error: LoadError | undefined;

  private readonly host: DataHost;
  private origin: unknown;
  private abort: AbortController | undefined;

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    // Leaving the page aborts a pending fetch; a reconnect starts it again.
    if (this.state === 'loading') this.origin = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Loads again after an error (the retry button). */
  retry(): void {
    this.origin = undefined;
    this.sync();
    this.host.requestUpdate();
  }

  /**
   * Takes up the element's current data source if it changed. Idempotent; the element also calls it from
   * `willUpdate`, because server rendering runs `willUpdate` but not controllers' `hostUpdate`, and on first
   * connection before anything else, so that a fetch starts before the element builds its shadow root.
   */
  sync(): void {
    const { data, src } = this.host;
    // Server rendering's DOM shim has no querySelector: there is no inline script to read there.
    const canQuery = typeof this.host.querySelector === 'function';
    const script = data === undefined && !src && canQuery ? this.host.querySelector(':scope > script[type="application/json"]') : null;
    const origin = data ?? src ?? script?.textContent ?? undefined;
    if (origin === this.origin) return;
    this.origin = origin;
    this.abort?.abort();
    this.abort = undefined;
    this.error = undefined;
    if (data !== undefined) return this.settle(() => validateData(data));
    if (script) return this.settle(() => parseDataset(script.textContent ?? ''));
    if (!src) {
      this.state = 'idle';
      this.dataset = undefined;
      return;
    }
    const abort = (this.abort = new AbortController());
    this.state = 'loading';
    loadShared(src, { signal: abort.signal, timeoutMs: this.host.timeout, maxBytes: this.host.maxBytes }).then(
      (result) => {
        if (abort.signal.aborted) return;
        this.settle(() => result);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.fail(error);
        this.host.requestUpdate();
      },
    );
  }

  private settle(get: () => LoadResult): void {
    try {
      const { dataset, issues } = get();
      this.dataset = dataset;
      this.issues = issues;
      this.state = 'ready';
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.state = 'error';
    this.dataset = undefined;
    this.error = error instanceof LoadError ? error : new LoadError('network', { detail: String(error) });
  }
}

function validateData(data: unknown): LoadResult {
  if (typeof data === 'object' && data !== null) {
    const known = validated.get(data);
    if (known) return known;
  }
  const result = checkLoaded(validate(data));
  if (typeof data === 'object' && data !== null) validated.set(data, result);
  return result;
}
