import type { Lang } from '../vocab/langs.js';
import { localeOf } from './locale-of.js';

/** Options for `formatNumber`. */
export interface FormatNumberOptions {
  /** Most digits after the decimal mark (default 2; trailing zeros are dropped). */
  readonly maximumFractionDigits?: number;
  /** `long` writes "19,3 nghìn" / "19.3 thousand" instead of every digit. */
  readonly compact?: 'long' | false;
}

// Building an Intl.NumberFormat costs far more than using one, and charts format thousands of labels.
const cache = new Map<string, Intl.NumberFormat>();

/**
 * Writes a number the way readers of the language expect: "19.300" and "7,1" in Vietnamese, "19,300" and "7.1" in
 * English. Negative zero prints as 0; non-finite numbers print as "–".
 *
 * @example
 * formatNumber(19300, 'vi'); // '19.300'
 * formatNumber(1_200_000, 'vi', { compact: 'long' }); // '1,2 triệu'
 */
export function formatNumber(value: number, lang: Lang, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const digits = options.maximumFractionDigits ?? (options.compact ? 1 : 2);
  const key = `${lang}|${digits}|${options.compact || ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), {
      maximumFractionDigits: digits,
      ...(options.compact ? { notation: 'compact', compactDisplay: options.compact } : {}),
    });
    cache.set(key, format);
  }
  return format.format(value === 0 ? 0 : value);
}
