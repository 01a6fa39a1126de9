import type { Lang } from '../vocab/langs.js';
import type { Unit } from '../vocab/units.js';
import type { DecimalMark } from './parse-number-text.js';
import { readReportedText, toReported } from './read-reported-text.js';
import type { ReportedNumber } from './reported-number.js';

/** A figure read from text: its value (with hedge) and the unit the text names, if any. */
export interface ParsedReportedNumber {
  /** A plain number when the text is not hedged, else `{ value, qualifier }`, as datasets write figures. */
  readonly value: ReportedNumber;
  readonly unit?: Unit | undefined;
}

/**
 * Reads a figure as reports and spreadsheets write it, in Vietnamese or English: an optional hedge ("hơn",
 * "trên", "gần", "khoảng", "ít nhất", "tối thiểu", "dưới", "không quá", "more than", "over", "nearly",
 * "almost", "about", "around", "at least", "less than", "under", "at most", or `>`, `≥`, `<`, `≤`, `~`), the
 * number ("1.000", "7,1", "1,000.5", "1.234.567", "19 300"), then an optional scale ("nghìn", "triệu", "tỷ",
 * "million") and unit ("km", "m", "m²", "ha", "hộ", "người", "ngày công", "đồng"). Returns undefined for text
 * that is not such a figure. Negative numbers are read; whether they make sense is the caller's business.
 *
 * `lang` settles the one ambiguous shape, a lone separator followed by exactly three digits: with `'vi'` a
 * comma is decimal ("1,000" is 1) and a dot groups thousands ("1.000" is 1000); with `'en'` the reverse;
 * without `lang` both "1,000" and "1.000" are 1000. Every other shape reads the same in both languages (see
 * `parseNumberText` for the rules), so `parseReportedNumber(formatReported(x, lang), lang)` gives back `x`.
 *
 * @example
 * parseReportedNumber('hơn 1.000'); // { value: { value: 1000, qualifier: 'more-than' } }
 * parseReportedNumber('7,1 km'); // { value: 7.1, unit: 'km' }
 * parseReportedNumber('khoảng 50 triệu đồng'); // { value: { value: 50000000, qualifier: 'about' }, unit: 'vnd' }
 * parseReportedNumber('nearly 8,000', 'en'); // { value: { value: 8000, qualifier: 'nearly' } }
 * parseReportedNumber('1,125', 'vi'); // { value: 1.125 }
 */
export function parseReportedNumber(text: string, lang?: Lang): ParsedReportedNumber | undefined {
  const mark: DecimalMark | undefined = lang === 'vi' ? ',' : lang === 'en' ? '.' : undefined;
  const read = readReportedText(text, mark);
  if (!read) return undefined;
  const value = toReported(read.value, read.qualifier);
  return read.unit ? { value, unit: read.unit } : { value };
}
