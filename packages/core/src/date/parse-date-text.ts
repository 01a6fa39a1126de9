import { foldName } from '../text/fold-name.js';
import { parsePartialDate, type PartialDate } from './partial-date.js';

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const ROMAN = ['i', 'ii', 'iii', 'iv'];
const QUARTER = /^(?:quy|q) ?(iv|i{1,3}|[1-4]) (\d{4})$/;
const YEAR = /^\d{4}$/;
// A date starts with a letter or digit and ends with one: "2021-", "/2021" and "-2021" are not dates.
const EDGE = /^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u;

/**
 * Reads a date as Vietnamese and English sheets write it, keeping only what it says, as an ISO partial date:
 * "2021", "năm 2021", "03/2021", "3/2021", "T3/2021", "tháng 3/2021", "tháng 3 năm 2021", "15/03/2021",
 * "15-3-2021", "ngày 15 tháng 3 năm 2021", "2021-03", "2021-03-15", "March 2021", "15 March 2021". Day comes
 * before month, as in Vietnam: "03/15/2021" is not a date. Any punctuation or space separates the numbers ("3 -
 * 2021" is "3/2021"), but a date must begin and end with a letter or digit. A quarter ("Quý II/2021", "Q2 2021")
 * reads as its first month, "2021-04"; a span of years ("2021 - 2023") and "từ 2021"/"since 2021" read as their
 * start. Years outside 1900..2100 and impossible days are undefined.
 *
 * @example
 * parseDateText('T3/2021'); // '2021-03'
 * parseDateText('15/03/2021'); // '2021-03-15'
 * parseDateText('Quý II/2021'); // '2021-04'
 * parseDateText('31/02/2021'); // undefined
 */
export function parseDateText(text: string): PartialDate | undefined {
  const t = text.trim();
  if (t.length > 100 || EDGE.test(t)) return undefined;
  // Folded, without the words that introduce a number: "ngày 15 tháng 3 năm 2021" is "15 3 2021", "T3/2021" and
  // "tháng 3/2021" are "3 2021", "từ năm 2021" is "2021".
  const s = foldName(t).replace(/^(?:tu|since|from|ngay) |\b(?:thang|th|t) ?(?=\d\d?\b)|\b(?:nam|year) ?(?=\d{4}\b)/g, '');
  const q = QUARTER.exec(s);
  if (q) return toPartialDate([q[2] as string, String((ROMAN.indexOf(q[1] as string) + 1 || Number(q[1])) * 3 - 2)]);
  const parts = s.split(' ');
  if (parts.length > 3) return undefined;
  // Year first (ISO order; a later year after it ends a span, "2021 - 2023", which a model started at the
  // beginning of), else year last, after the month and the day.
  const [first = '', second = ''] = parts;
  if (!YEAR.test(first)) return toPartialDate(parts.reverse());
  return toPartialDate(parts.length === 2 && YEAR.test(second) && second >= first ? [first] : parts);
}

/** The date a year and, if given, a month (a number or an English name) and a day spell, if it is one. */
function toPartialDate([year, month, day]: readonly (string | undefined)[]): PartialDate | undefined {
  if (!(Number(year) >= 1900 && Number(year) <= 2100)) return undefined;
  const name = month && /^[a-z]{3,}$/.test(month) ? MONTHS.indexOf(month.slice(0, 3)) + 1 : 0;
  const text = [year, name || month, day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');
  return parsePartialDate(text) ? text : undefined;
}
