import type { PlaceIndex } from '../gazetteer/place-index.js';

/**
 * Numbers the stretches of time between the gazetteer's changes: two days with the same number see every unit
 * valid or not alike (each `validFrom`, and the moment after each `validTo`, is a boundary between stretches).
 * Whatever the gazetteer answers for a place on a day, it answers alike for every day of the same stretch, so a
 * record's place needs resolving once per place and stretch, not once per place and day. Days are `YYYY-MM-DD`
 * text, compared exactly as the gazetteer compares them (`validFrom <= day <= validTo`).
 *
 * @example
 * const epochOf = validityEpochs(gazetteer);
 * epochOf('2021-03-15') === epochOf('2023-11-30'); // true: no unit changed in between
 * epochOf('2024-12-31') === epochOf('2025-01-01'); // false: the mergers of 2025-01-01
 */
export function validityEpochs(gazetteer: PlaceIndex): (day: string) => number {
  const set = new Set<string>();
  for (const p of gazetteer.places) {
    if (p.validFrom !== undefined) set.add(p.validFrom);
    // `day <= validTo` is `day < validTo + "\0"`: the smallest text after validTo begins the next stretch.
    if (p.validTo !== undefined) set.add(`${p.validTo}\u0000`);
  }
  const boundaries = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return (day) => {
    // How many boundaries are at or before the day: a binary search over a handful of dates.
    let lo = 0;
    let hi = boundaries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (boundaries[mid]! <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
