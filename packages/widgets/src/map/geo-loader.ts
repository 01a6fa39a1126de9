import { fetchDataset, LoadError, type FetchLimits, type LoadResult } from '@danvan/core';
import type { ReactiveControllerHost } from 'lit';
import { readGeo, type GeoLayer } from './map-geo.js';

/** Where a map's boundary file stands: none asked for, loading, ready or failed. */
export type GeoState = 'none' | 'loading' | 'ready' | 'error';

/** What the loader reads from its element. */
export interface GeoHost extends ReactiveControllerHost {
  geo?: string | undefined;
  geoData?: unknown;
  timeout?: number | undefined;
  maxBytes?: number | undefined;
}

// One fetch per boundary URL per page, shared by every map that draws it. Failures are forgotten so that a retry
// fetches again. The shared fetch is not aborted when one map leaves the page: another may be waiting for it,
// and its timeout and byte limit bound it anyway (so a map back on the page finds its load finished or going on).
const cache = new Map<string, Promise<GeoLayer>>();
const read = new WeakMap<object, GeoLayer>();

/**
 * Loads a map's boundaries: the `geoData` property (a parsed TopoJSON or GeoJSON object), or the `geo` URL,
 * fetched as a `src` is (core's `fetchDataset`, with a reader for boundaries in place of the dataset's: no
 * credentials, no referrer, the element's `timeout` and `max-bytes`, only `http:`, `https:` and relative URLs,
 * HTML and binary answers refused). Failures become `LoadError`s with the dataset's codes.
 *
 * Unlike the data controller it needs no lifecycle hooks: a shared load is never aborted, so leaving the page has
 * nothing to stop, and the element syncs it at the start of each update (a controller's `hostUpdate` would come
 * after `willUpdate`, where the map is planned).
 *
 * @example
 * class MyMap extends LitElement { geo = '/maps/ha-tinh.topojson'; loader = new GeoLoader(this); }
 * // in willUpdate: this.loader.sync(); then read this.loader.layer and this.loader.error
 */
export class GeoLoader {
  layer: GeoLayer | undefined;
  error: LoadError | undefined;
  /** Settles when the load in progress has settled and the element been asked to update; else undefined. */
  pending: Promise<void> | undefined;

  private readonly host: GeoHost;
  private origin: unknown;

  constructor(host: GeoHost) {
    this.host = host;
  }

  /** Where the boundaries stand; the map itself reads `layer` and `error`. */
  get state(): GeoState {
    return this.layer ? 'ready' : this.error ? 'error' : this.origin === undefined ? 'none' : 'loading';
  }

  /** Loads again after an error (at the next update). */
  retry(): void {
    this.origin = undefined;
    this.host.requestUpdate();
  }

  /**
   * Starts loading what the element now asks for, if that changed. The element calls it at the start of each
   * update, before it plans its drawing.
   */
  sync(): void {
    const { geoData, geo, timeout, maxBytes } = this.host;
    const origin = geoData ?? (geo || undefined);
    if (origin === this.origin) return;
    this.origin = origin;
    this.layer = this.error = this.pending = undefined;
    // Server rendering has no page to resolve a URL against, nor a reason to fetch: the loading state is drawn,
    // and the browser loads the file when the element upgrades.
    if (origin === undefined || (typeof origin === 'string' && typeof document === 'undefined')) return;
    if (typeof origin !== 'string') {
      // A parsed document given to several maps is read once (`readGeo` throws on anything but an object).
      try {
        this.layer = read.get(origin as object) ?? read.set(origin as object, readGeo(origin)).get(origin as object);
      } catch (error) {
        this.error = loadError(error);
      }
      return;
    }
    const done: Promise<void> = (this.pending = loadGeo(origin, { timeoutMs: timeout, maxBytes }).then(
      (layer) => this.settle(origin, done, layer),
      (error: unknown) => this.settle(origin, done, undefined, loadError(error)),
    ));
  }

  private settle(origin: unknown, done: Promise<void>, layer: GeoLayer | undefined, error?: LoadError): void {
    if (this.pending === done) this.pending = undefined;
    if (this.origin !== origin) return;
    this.layer = layer;
    this.error = error;
    this.host.requestUpdate();
  }
}

function loadError(error: unknown): LoadError {
  return error instanceof LoadError ? error : new LoadError('invalid_data', { detail: String(error) });
}

/** Fetches and reads a boundary file once per URL (resolved against the page). */
function loadGeo(url: string, limits: FetchLimits): Promise<GeoLayer> {
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    // Not a URL at all (`http://[`): refused as `fetchDataset` refuses other schemes.
    return Promise.reject(new LoadError('unsafe_url'));
  }
  let promise = cache.get(key);
  if (!promise) {
    // Whatever the server calls it, a boundary file is read as JSON. `fetchDataset`'s readers are typed for
    // datasets; this one returns a layer, and so does the promise.
    const json = (text: string) => readGeo(JSON.parse(text)) as unknown as LoadResult;
    const entry = (promise = fetchDataset(key, limits, { json, csv: json }) as unknown as Promise<GeoLayer>);
    cache.set(key, entry);
    entry.catch(() => cache.get(key) === entry && cache.delete(key));
  }
  return promise;
}
