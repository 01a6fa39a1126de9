import type { Lang, QueryResult } from '@danvan/core';
import { nothing, type TemplateResult } from 'lit';
import { renderDownloads, type DownloadKind } from './download-menu.js';

/** What saving a chart needs to know: its figures, its words, and its rendered drawing. */
export interface DownloadRequest {
  readonly kind: DownloadKind;
  readonly result: QueryResult;
  readonly lang: Lang;
  readonly title: string;
  /** When the dataset was last updated, written into the CSV. */
  readonly updated: string | undefined;
  /** The element's shadow root, where the drawing, source line and theme are. */
  readonly root: ParentNode;
}

/** Saves a chart in one format. */
export type Downloader = (request: DownloadRequest) => Promise<void>;

// Saving (CSV writing, SVG export, PNG drawing) is a feature a page opts into with
// '@danvan/widgets/downloads.js' (the CDN bundle includes it), so an element alone does not carry it, nor the
// menu that offers it: registering the saver brings in the menu.
let feature: { readonly save: Downloader; readonly menu: typeof renderDownloads } | undefined;

/** Enables the download menu of every danvan element on the page. Called by `@danvan/widgets/downloads.js`. */
export function registerDownloader(save: Downloader): void {
  feature = { save, menu: renderDownloads };
}

/** The registered downloader, if the page loaded one. */
export function currentDownloader(): Downloader | undefined {
  return feature?.save;
}

/**
 * An element's download menu, when the page loaded the downloads feature (else nothing): `kinds` to offer,
 * `request` to say what a chosen kind saves, and `root`, the element's shadow root, which takes the menu's styles.
 *
 * @example
 * downloadMenu('vi', ['csv'], (kind) => ({ kind, result, lang: 'vi', title, updated, root }), this.renderRoot);
 */
export function downloadMenu(lang: Lang, kinds: readonly DownloadKind[], request: (kind: DownloadKind) => DownloadRequest, root: ParentNode): TemplateResult | typeof nothing {
  const f = feature;
  return f ? f.menu(lang, (kind) => void f.save(request(kind)), kinds, root) : nothing;
}
