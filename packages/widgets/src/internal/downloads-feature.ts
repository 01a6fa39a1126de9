import type { Lang, QueryResult } from '@danvan/core';
import type { DownloadKind } from './frame-parts.js';

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
// '@danvan/widgets/downloads.js' (the CDN bundle includes it), so an element alone does not carry it.
let downloader: Downloader | undefined;

/** Enables the download menu of every danvan element on the page. Called by `@danvan/widgets/downloads.js`. */
export function registerDownloader(save: Downloader): void {
  downloader = save;
}

/** The registered downloader, if the page loaded one. */
export function currentDownloader(): Downloader | undefined {
  return downloader;
}
