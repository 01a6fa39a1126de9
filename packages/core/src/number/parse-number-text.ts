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
const SPACE = /[ \u00A0\u2009\u202F]/;
const EXPONENT = /^(\d{1,20})(?:[.,](\d{1,20}))?[eE]([+-]?\d{1,3})$/;

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
  let s = text.trim();
  let sign = 1;
  const first = s.charAt(0);
  if (first === '-' || first === '−' || first === '+') {
    if (first !== '+') sign = -1;
    s = s.slice(1);
  }
  if (s === '' || !isDigit(s.charCodeAt(0)) || !isDigit(s.charCodeAt(s.length - 1))) return undefined;

  const exp = EXPONENT.exec(s);
  if (exp) return finite(sign * Number(`${exp[1]}.${exp[2] ?? '0'}e${exp[3]}`));

  // Split into digit runs and the single separators between them.
  const runs: string[] = [];
  const seps: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    const ch = s.charAt(i);
    const sep = ch === '.' || ch === ',' ? ch : SPACE.test(ch) ? ' ' : undefined;
    if (sep === undefined || i === start) return undefined; // a stray character, or two separators in a row
    runs.push(s.slice(start, i));
    seps.push(sep);
    start = i + 1;
  }
  runs.push(s.slice(start));

  const dots = count(seps, '.');
  const commas = count(seps, ',');
  const spaces = seps.length - dots - commas;
  let decimal: DecimalMark | undefined;
  let evidence: DecimalMark | undefined;
  if (dots > 0 && commas > 0) {
    const last = seps[seps.length - 1] as string;
    if (last === ' ' || count(seps, last) !== 1) return undefined;
    decimal = last as DecimalMark;
    evidence = decimal;
  } else if (dots + commas === 1) {
    const mark: DecimalMark = dots ? '.' : ',';
    if (seps[seps.length - 1] !== mark) return undefined; // "1,5 000": decimals cannot be grouped
    const after = runs[runs.length - 1] as string;
    const before = runs[0] as string;
    const couldGroup = spaces === 0 && after.length === 3 && before.length <= 3 && before.charAt(0) !== '0';
    if (!couldGroup) {
      decimal = mark;
      evidence = mark;
    } else if (decimalMark === mark) decimal = mark;
  } else if (dots + commas > 1) {
    if (spaces > 0) return undefined;
    evidence = dots ? ',' : '.';
  }

  const intRuns = decimal ? runs.slice(0, -1) : runs;
  const intSeps = decimal ? seps.slice(0, -1) : seps;
  if (intSeps.length > 0) {
    const group = intSeps[0];
    if (intSeps.some((g) => g !== group)) return undefined;
    const lead = intRuns[0] as string;
    if (lead.length > 3 || lead.charAt(0) === '0') return undefined;
    for (let i = 1; i < intRuns.length; i++) if ((intRuns[i] as string).length !== 3) return undefined;
  }
  const digits = intRuns.join('') + (decimal ? `.${runs[runs.length - 1]}` : '');
  const value = finite(sign * Number(digits));
  return value && { value: value.value, evidence };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function count(list: readonly string[], item: string): number {
  let n = 0;
  for (const x of list) if (x === item) n++;
  return n;
}

function finite(value: number): NumberText | undefined {
  // -0 reads as 0: a sheet cell never means negative zero.
  return Number.isFinite(value) ? { value: value === 0 ? 0 : value } : undefined;
}
