import { LATEST_DAY } from './at-day.js';
import type { Place } from './place.js';

/**
 * Whether a place version is in force on a `YYYY-MM-DD` day (both bounds inclusive; an absent bound is open).
 *
 * @example
 * validOn({ code: '448', name: 'Lộc Hà', type: 'district', validTo: '2024-12-31' }, '2025-03-01'); // false
 */
export function validOn(place: Place, day: string): boolean {
  return (place.validFrom === undefined || place.validFrom <= day) && (place.validTo === undefined || day <= place.validTo);
}

/**
 * The last day a place version is in force, or LATEST_DAY while it still is: the day "without a date" means for
 * that version.
 *
 * @example
 * lastDayOf({ code: '42', name: 'Hà Tĩnh', type: 'province' }); // '9999-12-31'
 */
export function lastDayOf(place: Place): string {
  return place.validTo ?? LATEST_DAY;
}
