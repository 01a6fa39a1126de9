import { stripUrlControls } from './strip-url-controls.js';

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/**
 * Returns a URL from data only if it is safe to put in a link: control characters and whitespace removed (which
 * also defeats "java\tscript:" and " javascript:"), and the scheme one of https:, http:, mailto:. Relative URLs
 * are refused: data does not know the page it is shown on.
 *
 * @example
 * safeUrl(' https://example.org/a b'); // 'https://example.org/ab'
 * safeUrl('JaVa\nScRiPt:alert(1)'); // undefined
 */
export function safeUrl(raw: string): string | undefined {
  const text = stripUrlControls(raw);
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text)?.[1];
  if (!scheme || !ALLOWED.has(`${scheme.toLowerCase()}:`)) return undefined;
  return text;
}
