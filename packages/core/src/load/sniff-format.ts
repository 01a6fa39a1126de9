/**
 * Tells what a response holds from its first characters, its content type and its URL: `json`, `csv`, or `html`
 * (a login page, an error page, a CMS's "not found" page served with status 200).
 *
 * @example
 * sniffFormat('<!doctype html>…', 'text/html', '/data.json'); // 'html'
 */
export function sniffFormat(text: string, contentType: string, url: string): 'json' | 'csv' | 'html' {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 64).toLowerCase();
  if (head.startsWith('<') || /\bhtml\b/.test(contentType)) return 'html';
  if (head.startsWith('{') || head.startsWith('[') || /\bjson\b/.test(contentType)) return 'json';
  if (/\bcsv\b|tab-separated/.test(contentType) || /\.(csv|tsv|txt)(\?|#|$)/i.test(url)) return 'csv';
  return 'csv';
}
