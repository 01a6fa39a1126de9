import { sniffNotCsv } from '../csv/sniff-not-csv.js';

/**
 * Tells what a response holds from its first characters, its content type and its URL: `json`, `csv`, `html`
 * (a login page, an error page, a CMS's "not found" page served with status 200), or `binary` (an image, a PDF,
 * an .xlsx workbook: by its content type, or by bytes that are not text whatever type the server gives them).
 *
 * @example
 * sniffFormat('<!doctype html>…', 'text/html', '/data.json'); // 'html'
 * sniffFormat('\uFFFDPNG\r\n\u001A\n\u0000\u0000…', 'application/octet-stream', '/data.json'); // 'binary'
 */
export function sniffFormat(text: string, contentType: string, url: string): 'json' | 'csv' | 'html' | 'binary' {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 64).toLowerCase();
  if (head.startsWith('<') || /\bhtml\b/.test(contentType)) return 'html';
  if (head.startsWith('{') || head.startsWith('[') || /\bjson\b/.test(contentType)) return 'json';
  if (/^\s*(?:image|audio|video|font)\/|^\s*application\/(?:pdf|zip)\b/i.test(contentType) || sniffNotCsv(text) === 'binary') return 'binary';
  if (/\bcsv\b|tab-separated/.test(contentType) || /\.(csv|tsv|txt)(\?|#|$)/i.test(url)) return 'csv';
  return 'csv';
}
