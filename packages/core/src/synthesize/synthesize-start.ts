/** When a synthetic model started: its partial date, the period its place must be valid through, and its last day. */
export interface SyntheticStart {
  /** `2016`, `2016-05` or `2016-05-14`. */
  readonly text: string;
  /** The year or month the start falls in (`2016` or `2016-05`): where its place is looked up. */
  readonly period: string;
  /** The last day the start may be (`YYYY-MM-DD`). */
  readonly last: string;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Picks a start date in a year, known to the year (25%), the month (45%) or the day (30%), as reports give them.
 * In 2025 a start is always known at least to the month: the year spans the reform of 2025-07-01, and a place has
 * to be in force for the whole period its model may have started in.
 *
 * @example
 * synthesizeStart(2021, randomLcg(3)); // { text: '2021', period: '2021', last: '2021-12-31' }
 */
export function synthesizeStart(year: number, random: () => number): SyntheticStart {
  const precision = random();
  const month = 1 + Math.floor(random() * 12);
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = DAYS[month - 1]! + (leap ? 1 : 0);
  const day = 1 + Math.floor(random() * days);
  const y = String(year);
  if (precision < 0.25 && year !== 2025) return { text: y, period: y, last: `${y}-12-31` };
  const period = `${y}-${month < 10 ? '0' : ''}${month}`;
  if (precision < 0.7) return { text: period, period, last: `${period}-${days}` };
  const text = `${period}-${day < 10 ? '0' : ''}${day}`;
  return { text, period, last: text };
}
