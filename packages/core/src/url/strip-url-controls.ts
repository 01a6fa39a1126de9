// C0/C1 controls, spaces of every kind, bidi and zero-width marks, BOM: characters browsers skip or that hide a
// scheme ("java\tscript:", " javascript:", "java\u200Bscript:").
// eslint-disable-next-line no-control-regex
const NOISE = /[\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g;

/**
 * Removes every control character, whitespace and invisible mark from a URL, so that its scheme can be read as a
 * browser would act on it. The first step of every URL check (`safeUrl`, the iframe embed page's `src`).
 *
 * @example
 * stripUrlControls(' JaVa\tScRiPt:alert(1)'); // 'JaVaScRiPt:alert(1)'
 */
export function stripUrlControls(raw: string): string {
  return raw.replace(NOISE, '');
}
