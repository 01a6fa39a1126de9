import { stripMarks } from '../text/strip-marks.js';
import { parsePartialDate, type PartialDate } from './partial-date.js';

const MONTHS_EN: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]),
);
const ROMAN: ReadonlyMap<string, number> = new Map([['i', 1], ['ii', 2], ['iii', 3], ['iv', 4]]);

// Folded text (lower case, no diacritics, single spaces): "tháng 3/2021" is "thang 3/2021".
const SEP = '\\s*[/.-]\\s*';
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => [number, number?, number?] | undefined][] = [
  [/^(\d{4})$/, (m) => [Number(m[1])]],
  // "2021 - 2023", "2021–2023": a span; a model started at its beginning.
  [/^(\d{4})\s*[-–—]\s*\d{4}$/, (m) => [Number(m[1])]],
  [new RegExp(`^(\\d{4})${SEP}(\\d{1,2})$`), (m) => [Number(m[1]), Number(m[2])]],
  [new RegExp(`^(\\d{4})${SEP}(\\d{1,2})${SEP}(\\d{1,2})$`), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [new RegExp(`^(?:t|th|thang)\\s*(\\d{1,2})(?:${SEP}|\\s+nam\\s+|\\s+)(\\d{4})$`), (m) => [Number(m[2]), Number(m[1])]],
  [new RegExp(`^(\\d{1,2})${SEP}(\\d{4})$`), (m) => [Number(m[2]), Number(m[1])]],
  [new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4})$`), (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [/^(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [
    new RegExp(`^(?:quy|q)\\s*(iv|i{1,3}|[1-4])(?:${SEP}|\\s+nam\\s+|\\s+)(\\d{4})$`),
    (m) => [Number(m[2]), quarterMonth(m[1] as string)],
  ],
  [/^([a-z]{3})[a-z]*\.?\s+(\d{4})$/, (m) => (month(m[1]) ? [Number(m[2]), month(m[1]) as number] : undefined)],
  [/^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})$/, (m) => (month(m[2]) ? [Number(m[3]), month(m[2]) as number, Number(m[1])] : undefined)],
];

/**
 * Reads a date as Vietnamese and English sheets write it, keeping only what it says, as an ISO partial date:
 * "2021", "năm 2021", "03/2021", "3/2021", "T3/2021", "tháng 3/2021", "tháng 3 năm 2021", "15/03/2021",
 * "15-3-2021", "ngày 15 tháng 3 năm 2021", "2021-03", "2021-03-15", "March 2021", "15 March 2021". Day comes
 * before month, as in Vietnam: "03/15/2021" is not a date. A quarter ("Quý II/2021", "Q2 2021") reads as its
 * first month, "2021-04"; a span of years ("2021 - 2023") and "từ 2021"/"since 2021" read as their start.
 * Years outside 1900..2100 and impossible days are undefined.
 *
 * @example
 * parseDateText('T3/2021'); // '2021-03'
 * parseDateText('15/03/2021'); // '2021-03-15'
 * parseDateText('Quý II/2021'); // '2021-04'
 * parseDateText('31/02/2021'); // undefined
 */
export function parseDateText(text: string): PartialDate | undefined {
  if (text.length > 100) return undefined;
  const s = stripMarks(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:nam|tu nam|tu|since|from|ngay|year)\s+/, '');
  for (const [pattern, read] of PATTERNS) {
    const m = pattern.exec(s);
    if (!m) continue;
    const parts = read(m);
    return parts && toPartialDate(...parts);
  }
  return undefined;
}

function month(name: string | undefined): number | undefined {
  return MONTHS_EN.get(name ?? '');
}

function quarterMonth(q: string): number {
  return ((ROMAN.get(q) ?? Number(q)) - 1) * 3 + 1;
}

function toPartialDate(year: number, month?: number, day?: number): PartialDate | undefined {
  if (year < 1900 || year > 2100) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = month === undefined ? String(year) : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return parsePartialDate(text) ? text : undefined;
}
