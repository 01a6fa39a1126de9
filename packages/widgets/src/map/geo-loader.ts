import { fetchText, LoadError, sniffFormat, type FetchLimits } from '@danvan/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readGeo, type GeoLayer } from './map-geo.js';

/** Where a map's boundary file stands: none asked for, loading, ready or failed. */
export type GeoState = 'none' | 'loading' | 'ready' | 'error';

/** What the loader reads from its element. */
export interface GeoHost extends ReactiveControllerHost, HTMLElement {
  geo?: string | undefined;
  geoData?: unknown;
  timeout?: number | undefined;
  maxBytes?: number | undefined;
}

// One fetch per boundary URL per page, shared by every map that draws it. Failures are forgotten so that a retry
// fetches again. The shared fetch is not aborted when one map leaves the page: another may be waiting for it,
// and its timeout and byte limit bound it anyway.
const cache = new Map<string, Promise<GeoLayer>>();
const read = new WeakMap<object, GeoLayer>();

/**
 * Loads a map's boundaries: the `geoData` property (a parsed TopoJSON or GeoJSON object), or the `geo` URL,
 * fetched with core's `fetchText` under the element's `timeout` and `max-bytes` (no credentials, no referrer).
 * Only `http:`, `https:` and relative URLs are fetched. Failures become `LoadError`s with the dataset's codes.
 *
 * @example
 * class MyMap extends LitElement { geo = '/maps/ha-tinh.topojson'; loader = new GeoLoader(this); }
 * // in willUpdate: this.loader.sync(); then read this.loader.state and this.loader.layer
 */
export class GeoLoader implements ReactiveController {
  state: GeoState = 'none';
  layer: GeoLayer | undefined;
  error: LoadError | undefined;
  /** Settles when the load in progress has settled and the element been asked to update; else undefined. */
  pending: Promise<void> | undefined;

  private readonly host: GeoHost;
  private origin: unknown;

  constructor(host: GeoHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    // A load cut short by leaving the page starts again on return (from the cache, if it finished).
    if (this.state === 'loading') this.origin = undefined;
  }

  /** Loads again after an error. */
  retry(): void {
    this.origin = undefined;
    this.sync();
    this.host.requestUpdate();
  }

  /**
   * Starts loading what the element now asks for, if that changed. The element calls it at the start of each
   * update (before it plans its drawing: a controller's own `hostUpdate` would come too late for `willUpdate`).
   */
  sync(): void {
    const { geoData, geo } = this.host;
    const origin = geoData ?? (geo || undefined);
    if (origin === this.origin) return;
    this.origin = origin;
    this.error = undefined;
    this.layer = undefined;
    if (origin === undefined) {
      this.state = 'none';
      this.pending = undefined;
      return;
    }
    if (typeof origin !== 'string') {
      try {
        // A parsed document given to several maps is read once (`readGeo` throws on anything but an object).
        this.layer = read.get(origin as object) ?? read.set(origin as object, readGeo(origin)).get(origin as object);
        this.state = 'ready';
      } catch (error) {
        this.fail(error);
      }
      this.pending = undefined;
      return;
    }
    this.state = 'loading';
    // Server rendering has no page to resolve the URL against, nor a reason to fetch: the loading state is drawn,
    // and the browser loads the file when the element upgrades.
    if (typeof document === 'undefined') {
      this.origin = undefined;
      return;
    }
    const done: Promise<void> = loadGeo(origin, { timeoutMs: this.host.timeout, maxBytes: this.host.maxBytes }).then(
      (layer) => {
        if (this.origin !== origin) return;
        this.layer = layer;
        this.state = 'ready';
      },
      (error: unknown) => {
        if (this.origin !== origin) return;
        this.fail(error);
      },
    ).finally(() => {
      if (this.pending === done) this.pending = undefined;
      if (this.origin === origin) this.host.requestUpdate();
    });
    this.pending = done;
  }

  private fail(error: unknown): void {
    this.state = 'error';
    this.error = error instanceof LoadError ? error : new LoadError('invalid_data', { detail: String(error) });
  }
}

/** Fetches and reads a boundary file once per URL. */
function loadGeo(url: string, limits: FetchLimits): Promise<GeoLayer> {
  let key = '';
  try {
    const absolute = new URL(url, document.baseURI);
    if (absolute.protocol === 'https:' || absolute.protocol === 'http:') key = absolute.href;
  } catch {
    // Not a URL: refused below.
  }
  if (!key) return Promise.reject(new LoadError('unsafe_url', { detail: url.slice(0, 80) }));
  let promise = cache.get(key);
  if (!promise) {
    const entry = (promise = fetchText(key, limits).then(({ text, contentType }) => {
      if (sniffFormat(text, contentType, key) === 'html') throw new LoadError('not_data', { detail: contentType });
      let doc: unknown;
      try {
        doc = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new LoadError('invalid_json', { cause: error });
      }
      return readGeo(doc);
    }));
    cache.set(key, entry);
    entry.catch(() => cache.get(key) === entry && cache.delete(key));
  }
  return promise;
}
