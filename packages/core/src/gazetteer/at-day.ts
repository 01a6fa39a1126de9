import { partialDateRange } from '../date/partial-date.js';

/** A day after every validity: what "now and later" means for open-ended units. */
export const LATEST_DAY = '9999-12-31';

/**
 * The day a gazetteer reads an `at` date as: the last day of a partial date, so that `'2024'` means
 * 2024-12-31 and `'2025-06'` means 2025-06-30 (the units in force at the end of the period a figure covers).
 * Throws a RangeError on anything that is not a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date: a wrong date is a
 * programming error, not bad data.
 *
 * @example
 * atDay('2025-06'); // '2025-06-30'
 */
export function atDay(at: string): string {
  const range = partialDateRange(at);
  if (!range) throw new RangeError(`Not a date: "${at}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return range[1];
}

/**
 * The day `days` days after (or before, when negative) a `YYYY-MM-DD` day.
 *
 * @example
 * shiftDay('2025-01-01', -1); // '2024-12-31'
 */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
