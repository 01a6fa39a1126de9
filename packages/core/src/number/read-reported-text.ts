import type { Qualifier } from '../vocab/qualifiers.js';
import type { Unit } from '../vocab/units.js';
import { parseNumberText, type DecimalMark } from './parse-number-text.js';
import { QUALIFIER_SYMBOLS, QUALIFIER_WORDS } from './qualifier-words.js';
import { scaleBy } from './scale-by.js';
import { foldUnit, readUnitPhrase } from './unit-words.js';

/** A figure read from a cell, in pieces: `parseReportedNumber` and the CSV importer build on it. */
export interface ReportedText {
  /** The number, already multiplied by a scale word ("50 triệu" is 50,000,000). */
  readonly value: number;
  readonly qualifier: Qualifier;
  /** The unit the text names, if it names one ("7,1 km", "120 hộ"). */
  readonly unit?: Unit | undefined;
  /** True when the text carries its own scale word ("triệu", "tỷ"), so a header's scale must not apply again. */
  readonly scaled: boolean;
  /** The decimal mark the number proves, if any (see `parseNumberText`). */
  readonly evidence?: DecimalMark | undefined;
}

// Cells longer than this are not figures; bailing out early keeps a hostile 10 MB cell cheap.
const MAX_LENGTH = 1200;

/**
 * Reads "hơn 1.000", "7,1 km", "khoảng 50 triệu đồng", "more than 19,300", "≥ 50" into its number, hedge, unit
 * and scale: an optional hedge (words in either language, or a symbol), the number (see `parseNumberText`),
 * then an optional scale word and unit. Returns undefined when any piece is not understood.
 *
 * @example
 * readReportedText('hơn 1.000 hộ'); // { value: 1000, qualifier: 'more-than', unit: 'household', scaled: false }
 */
export function readReportedText(text: string, decimalMark?: DecimalMark): ReportedText | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const s = text.trim();
  // The number starts at the first digit, or at a sign right before one.
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      start = i > 0 && isSign(s.charAt(i - 1)) ? i - 1 : i;
      break;
    }
  }
  if (start < 0) return undefined;
  const qualifier = readQualifier(s.slice(0, start));
  if (!qualifier) return undefined;

  // The number runs over digits, separators, and single spaces that sit between digits.
  let end = start + 1;
  while (end < s.length) {
    const ch = s.charAt(end);
    if ((ch >= '0' && ch <= '9') || ch === '.' || ch === ',') end++;
    else if (/[ \u00A0\u2009\u202F]/.test(ch) && /[0-9]/.test(s.charAt(end + 1))) end++;
    else if ((ch === 'e' || ch === 'E') && /^[+-]?[0-9]/.test(s.slice(end + 1, end + 3))) end += 2;
    else break;
  }
  const number = parseNumberText(s.slice(start, end), decimalMark);
  if (!number) return undefined;

  const suffix = s.slice(end).trim();
  if (suffix === '') return { value: number.value, qualifier, scaled: false, evidence: number.evidence };
  const phrase = readUnitPhrase(foldUnit(suffix));
  if (!phrase) return undefined;
  const value = phrase.scale ? scaleBy(number.value, phrase.scale) : number.value;
  if (!Number.isFinite(value)) return undefined;
  return { value, qualifier, unit: phrase.unit, scaled: phrase.scale !== undefined, evidence: number.evidence };
}

function isSign(ch: string): boolean {
  return ch === '-' || ch === '−' || ch === '+';
}

function readQualifier(prefix: string): Qualifier | undefined {
  const p = prefix.trim();
  if (p === '') return 'exact';
  const symbol = QUALIFIER_SYMBOLS.get(p.replace(/\s+/g, ''));
  if (symbol) return symbol;
  return QUALIFIER_WORDS.get(foldUnit(p));
}
