import { foldName } from '@danvan/core';
import type { DownloadRequest } from './downloads-feature.js';
import { exportSvg, svgToPng } from './export-svg.js';
import { resultToCsv } from './result-to-csv.js';
import { saveFile } from './save-file.js';

/**
 * Saves a chart's data (CSV, with its source and date, safe to open in a spreadsheet), drawing (standalone SVG)
 * or picture (PNG at twice the size), named after its title.
 */
export async function saveDownload({ kind, result, lang, title, updated, root }: DownloadRequest): Promise<void> {
  const name = foldName(title).replace(/ /g, '-').slice(0, 60) || 'danvan';
  if (kind === 'csv') {
    return saveFile(new Blob([resultToCsv(result, lang, title, updated)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  }
  const svg = root.querySelector<SVGSVGElement>('.chart svg');
  if (!svg) return;
  const source = root.querySelector('[part="source"]')?.textContent?.trim() ?? '';
  const theme = root.querySelector('.theme');
  const background = (theme && getComputedStyle(theme).getPropertyValue('--_surface').trim()) || '#fff';
  const text = exportSvg(svg, { title, source, background });
  if (kind === 'svg') return saveFile(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
  const box = svg.viewBox.baseVal;
  try {
    saveFile(await svgToPng(text, box.width + 16, box.height + 56), `${name}.png`);
  } catch {
    // A page whose Content-Security-Policy forbids data: images cannot draw the PNG; the SVG still works.
    root.querySelector('.downloads')?.setAttribute('data-png-blocked', '');
  }
}
