import { fetchDataset, LoadError, parseDataset, type FetchLimits, type LoadResult } from '@danvan/core';
import { csvParser } from './csv-parser.js';

interface Entry {
  readonly promise: Promise<LoadResult>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

// One fetch per URL per page, shared by every element that shows it. Failures are not kept, so a retry fetches
// again; successes are kept for the page's life (datasets are small next to the page that shows them).
const cache = new Map<string, Entry>();

/**
 * Loads a dataset URL once for all the elements of a page. Each caller passes its own signal: when every caller
 * waiting on a fetch has aborted (disconnected, or changed `src`), the fetch itself is aborted. The limits of
 * the first caller apply to the shared fetch.
 */
export function loadShared(url: string, { signal, ...limits }: FetchLimits & { signal: AbortSignal }): Promise<LoadResult> {
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    // Not a URL at all (`https:javascript:…`, `http://[`): refused as the error state, not thrown from an update.
    return Promise.reject(new LoadError('unsafe_url', { detail: url.slice(0, 80) }));
  }
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, waiting: 0, settled: false, promise: fetchDataset(key, { ...limits, signal: controller.signal }, { json: parseDataset, csv: csvParser() }) };
    created.promise.then(
      () => (created.settled = true),
      () => cache.get(key) === created && cache.delete(key),
    );
    cache.set(key, (entry = created));
  }
  const e = entry;
  e.waiting++;
  return new Promise<LoadResult>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      e.waiting--;
    };
    const onAbort = () => {
      leave();
      if (e.waiting === 0 && !e.settled) {
        e.controller.abort(new LoadError('aborted'));
        if (cache.get(key) === e) cache.delete(key);
      }
      reject(new LoadError('aborted'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    e.promise.then(
      (result) => {
        if (signal.aborted) return;
        leave();
        resolve(result);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        leave();
        reject(error);
      },
    );
  });
}
