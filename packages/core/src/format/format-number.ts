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
  if (!options.compact && Number.isInteger(digits) && digits >= 0 && digits <= 20) return formatPlain(value === 0 ? 0 : value, lang, digits);
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

// Vietnamese groups thousands with "." and marks decimals with ","; British English the other way round.
const MARKS = { vi: ['.', ','], en: [',', '.'] } as const satisfies Record<Lang, readonly [string, string]>;

/**
 * The plain (not compact) format, as `Intl.NumberFormat(localeOf(lang), { maximumFractionDigits })` writes it,
 * without it: a page's first Vietnamese number format costs 10-20 ms of ICU locale data in Chromium, on every
 * chart's first drawing. Like ICU, it rounds the number's shortest decimal form (what `String(x)` shows: 1.005,
 * not the binary 1.00499…), half away from zero; a property test holds the two to the same output.
 */
function formatPlain(value: number, lang: Lang, digits: number): string {
  // Whole numbers (counts, most figures) have nothing to round; String() writes them in full below 1e21.
  const abs = Math.abs(value);
  const [whole, fraction] = Number.isInteger(abs) && abs < 1e21 ? [String(abs), ''] : roundDecimal(String(abs), digits);
  const [group, decimal] = MARKS[lang];
  const kept = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return (value < 0 ? '-' : '') + grouped + (kept ? decimal + kept : '');
}

/** A non-negative number's decimal form (`123.45`, `1.5e-7`, `1e+21`) rounded to `digits`: [whole, fraction]. */
function roundDecimal(text: string, digits: number): [string, string] {
  const [mantissa = '', exponent = '0'] = text.split('e');
  const [int = '', frac = ''] = mantissa.split('.');
  const all = int + frac;
  // How many of the digits are kept: those before the decimal point, and `digits` after it.
  const cut = int.length + Number(exponent) + digits;
  const kept = cut > 0 ? BigInt(all.slice(0, cut).padEnd(cut, '0')) : 0n;
  const n = (kept + (cut >= 0 && Number(all[cut] ?? 0) >= 5 ? 1n : 0n)).toString().padStart(digits + 1, '0');
  return [n.slice(0, n.length - digits), n.slice(n.length - digits)];
}
