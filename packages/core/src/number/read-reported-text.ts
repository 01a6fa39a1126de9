import type { Qualifier } from '../vocab/qualifiers.js';
import type { Unit } from '../vocab/units.js';
import { parseNumberText, type DecimalMark } from './parse-number-text.js';
import { readQualifier } from './read-qualifier.js';
import type { ReportedNumber } from './reported-number.js';
import { scaleBy } from './scale-by.js';
import { readUnitPhrase } from './unit-words.js';

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
// Hedge, number, the rest. The number starts at the first digit, or at a sign right before one, and runs over
// digits, separators, spaces between digits and an exponent ("1,5E+06").
const PARTS = /^(.*?)([-−+]?\d(?:[\d.,]|[ \u00A0\u2009\u202F](?=\d)|[eE][+-]?\d)*)(.*)$/s;

/**
 * Reads "hơn 1.000", "7,1 km", "khoảng 50 triệu đồng", "more than 19,300", "≥ 50" into its number, hedge, unit
 * and scale: an optional hedge (words in either language, or a symbol), the number (see `parseNumberText`),
 * then an optional scale word and unit. Returns undefined when any piece is not understood.
 *
 * @example
 * readReportedText('hơn 1.000 hộ'); // { value: 1000, qualifier: 'more-than', unit: 'household', scaled: false }
 */
export function readReportedText(text: string, decimalMark?: DecimalMark): ReportedText | undefined {
  const m = text.length > MAX_LENGTH ? null : PARTS.exec(text.trim());
  if (!m) return undefined;
  const qualifier = readQualifier(m[1]);
  const number = qualifier && parseNumberText(m[2], decimalMark);
  const suffix = m[3].trim();
  const phrase = number && (suffix === '' ? {} : readUnitPhrase(suffix));
  if (!qualifier || !number || !phrase) return undefined;
  const value = phrase.scale ? scaleBy(number.value, phrase.scale) : number.value;
  if (!Number.isFinite(value)) return undefined;
  return { value, qualifier, unit: phrase.unit, scaled: phrase.scale !== undefined, evidence: number.evidence };
}

/**
 * A number and its hedge as datasets write a figure: a plain number when exact, else `{ value, qualifier }`.
 *
 * @example
 * toReported(1000, 'more-than'); // { value: 1000, qualifier: 'more-than' }
 */
export function toReported(value: number, qualifier: Qualifier): ReportedNumber {
  return qualifier === 'exact' ? value : { value, qualifier };
}
