import type { Lang } from '@danvan/core';
import { html, type TemplateResult } from 'lit';
import { downloadMenuStyles } from './download-menu.styles.js';

/** What the download menu can save: the data, the drawing, a picture of it. */
export const DOWNLOAD_KINDS = ['csv', 'svg', 'png'] as const;

/** A download format. */
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

// The menu's words live here, not in `uiText`: an element alone, without the downloads feature, does not carry them.
const WORDS = {
  vi: { download: 'Tải xuống', csv: 'Dữ liệu (CSV)', svg: 'Hình vẽ (SVG)', png: 'Ảnh (PNG)' },
  en: { download: 'Download', csv: 'Data (CSV)', svg: 'Chart (SVG)', png: 'Image (PNG)' },
} as const satisfies Record<Lang, unknown>;

/**
 * The download menu: a native disclosure, so it opens with the keyboard and needs no script to stay accessible.
 * `kinds` leaves out what an element cannot save (a table has no drawing). `root`, the element's shadow root,
 * gets the menu's styles the first time.
 *
 * @example
 * renderDownloads('vi', (kind) => save(kind), ['csv'], this.renderRoot);
 */
export function renderDownloads(lang: Lang, save: (kind: DownloadKind) => void, kinds: readonly DownloadKind[] = DOWNLOAD_KINDS, root?: ParentNode): TemplateResult {
  if (root) adoptStyles(root);
  const t = WORDS[lang];
  return html`<details class="downloads" part="downloads"><summary>${t.download}</summary><div class="menu">${
    kinds.map((kind) => html`<button type="button" @click=${() => save(kind)}>${t[kind]}</button>`)
  }</div></details>`;
}

// A constructed stylesheet added to the root's adopted ones, as Lit adopts the element's own: a strict
// style-src allows it. Roots without adoptedStyleSheets (server rendering's shim) are left alone.
function adoptStyles(root: ParentNode): void {
  const sheet = downloadMenuStyles().styleSheet;
  const sheets = (root as ShadowRoot).adoptedStyleSheets;
  if (sheet && sheets && !sheets.includes(sheet)) (root as ShadowRoot).adoptedStyleSheets = [...sheets, sheet];
}
