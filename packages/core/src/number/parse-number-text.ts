/** The character that separates a number's decimals: `,` in Vietnamese ("7,1"), `.` in English ("7.1"). */
export type DecimalMark = ',' | '.';

/** What `parseNumberText` reads: the number, and which decimal mark the text proves, if it proves one. */
export interface NumberText {
  readonly value: number;
  /**
   * The decimal mark this text shows unambiguously: "7,1" and "1.234.567" show `,`; "7.1" and "1,234,567" show
   * `.`; "1.000", "1,000" and "19 300" show none. A sheet's numbers vote with it (see `importModelsCsv`).
   */
  readonly evidence?: DecimalMark | undefined;
}

// Long enough for every finite double written out in full with separators (1.8e308 has 309 digits).
const MAX_LENGTH = 1000;
const EXPONENT = /^(\d{1,20})(?:[.,](\d{1,20}))?[eE]([+-]?\d{1,3})$/;
// Thousands grouped by one separator: "1.234.567", "19 300".
const GROUPED = /^[1-9]\d{0,2}([., ])\d{3}(?:\1\d{3})*$/;

/**
 * Reads a plain number written the Vietnamese or the English way, without hedge or unit. Deterministic rules:
 *
 * - `.` and `,` both present: the last one is the decimal mark and must appear once ("1.234,5", "1,234.5").
 * - One of them, more than once: it groups thousands ("1.234.567", "1,234,567").
 * - One of them, once: a decimal mark ("7,1", "7.1", "0,500", "1234,567") — except when exactly three digits
 *   follow it and one to three digits (not starting with 0) precede it ("1.000", "1,000"): then it groups
 *   thousands, unless it is `decimalMark`. So "1,000" is 1000, and 1 only when the caller says commas are
 *   decimal (a Vietnamese sheet whose other numbers show "7,1").
 * - Spaces (also no-break and thin spaces) group thousands ("19 300"); with them, a lone `.` or `,` is decimal.
 * - Groups after the first have exactly three digits; a leading `-`, `−` or `+` sets the sign; "1,5E+06" and
 *   "1.5e6" are read as Excel writes large numbers. Anything else, or a result that is not finite, is
 *   undefined.
 *
 * @example
 * parseNumberText('1.234.567')?.value; // 1234567
 * parseNumberText('7,1')?.value; // 7.1
 * parseNumberText('1,000')?.value; // 1000
 * parseNumberText('1,000', ',')?.value; // 1
 * parseNumberText('19 300')?.value; // 19300
 */
export function parseNumberText(text: string, decimalMark?: DecimalMark): NumberText | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const s = text.trim().replace(/[\u00A0\u2009\u202F]/g, ' ');
  const sign = /^[-−]/.test(s) ? -1 : 1;
  const body = s.replace(/^[-−+]/, '');
  const exp = EXPONENT.exec(body);
  if (exp) return finite(sign * Number(`${exp[1]}.${exp[2] ?? '0'}e${exp[3]}`));
  // Digit runs with one separator between each two.
  if (!/^\d+(?:[., ]\d+)*$/.test(body)) return undefined;
  const seps = body.replace(/\d+/g, '');
  const last = seps.slice(-1);
  let decimal: string | undefined;
  let evidence: DecimalMark | undefined;
  if (/\./.test(seps) && /,/.test(seps)) {
    // Both marks: the last is the decimal mark, and appears once.
    if (last === ' ' || seps.indexOf(last) < seps.length - 1) return undefined;
    decimal = last;
  } else if (/^ *[.,]$/.test(seps)) {
    // One mark, once, last ("1,5 000" cannot be: decimals are not grouped): decimal unless it may group thousands.
    if (!GROUPED.test(body)) decimal = last;
    else if (decimalMark === last) return finite(sign * Number(body.replace(last, '.')));
  } else if (/[.,]/.test(seps)) {
    // One mark, more than once: it groups thousands, so the other is the decimal mark.
    if (/ /.test(seps)) return undefined;
    evidence = last === '.' ? ',' : '.';
  }
  const point = decimal ? body.lastIndexOf(decimal) : body.length;
  const int = body.slice(0, point);
  if (!/^\d+$/.test(int) && !GROUPED.test(int)) return undefined;
  const value = finite(sign * Number(`${int.replace(/\D/g, '')}.${body.slice(point + 1) || 0}`));
  return value && { value: value.value, evidence: evidence ?? (decimal as DecimalMark | undefined) };
}

function finite(value: number): NumberText | undefined {
  // -0 reads as 0: a sheet cell never means negative zero.
  return Number.isFinite(value) ? { value: value === 0 ? 0 : value } : undefined;
}
