import { exactInterval, type ResultRow } from '@danvan/core';
import { isYear } from './is-year.js';

/**
 * Puts back the years between the first and the last that have no row (counted records: none that year), at 0,
 * or at the running total so far, so a line does not bridge them. Rows that are not years ("unknown") stay at the
 * end.
 *
 * @example
 * fillYears(rowsFor2019And2021, false); // 2019, 2020 at 0, 2021
 */
export function fillYears(rows: readonly ResultRow[], cumulative: boolean): readonly ResultRow[] {
  const years = new Map(rows.filter((r) => isYear(r.key)).map((r) => [Number(r.key), r]));
  if (years.size < 2) return rows;
  const first = Math.min(...years.keys());
  const last = Math.max(...years.keys());
  if (last - first + 1 === years.size) return rows;
  const out: ResultRow[] = [];
  for (let year = first; year <= last; year++) {
    const key = String(year);
    const prev = out.at(-1);
    out.push(
      years.get(year) ?? {
        key,
        label: { vi: key, en: key },
        value: cumulative && prev ? prev.value : exactInterval(0),
        share: cumulative ? undefined : 0,
      },
    );
  }
  return [...out, ...rows.filter((r) => !isYear(r.key))];
}
