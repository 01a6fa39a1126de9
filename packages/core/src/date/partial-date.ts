/**
 * A date known to the year, the month or the day, as ISO 8601 text: `2021`, `2021-03`, `2021-03-15`.
 * Reports often give only a year ("since 2013") or a month ("the first 9 months of 2023").
 */
export type PartialDate = string;

/** A partial date split into its numbers; `month` and `day` are absent when the date does not say. */
export interface PartialDateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Splits a partial date into numbers, or returns undefined when it is not one (including impossible days such as
 * 2023-02-30).
 *
 * @example
 * parsePartialDate('2023-09'); // { year: 2023, month: 9 }
 */
export function parsePartialDate(text: string): PartialDateParts | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999, and 1900 is not a leap year but 0000 is.
  const day = new Date(0);
  day.setUTCFullYear(year, month, 0);
  return day.getUTCDate();
}

/**
 * The first and last day a partial date covers, as `YYYY-MM-DD` text (which sorts and compares as dates do).
 *
 * @example
 * partialDateRange('2023-09'); // ['2023-09-01', '2023-09-30']
 */
export function partialDateRange(text: PartialDate): [string, string] | undefined {
  const p = parsePartialDate(text);
  if (!p) return undefined;
  const y = String(p.year).padStart(4, '0');
  if (p.month === undefined) return [`${y}-01-01`, `${y}-12-31`];
  const m = String(p.month).padStart(2, '0');
  if (p.day === undefined) return [`${y}-${m}-01`, `${y}-${m}-${String(daysInMonth(p.year, p.month)).padStart(2, '0')}`];
  const d = `${y}-${m}-${String(p.day).padStart(2, '0')}`;
  return [d, d];
}
