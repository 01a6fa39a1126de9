import type { Interval } from './interval.js';

/**
 * Multiplies an interval by a positive factor (a unit conversion), keeping its hedge.
 *
 * @example
 * scaleInterval(toInterval(916), 0.001).value; // 0.916 (km)
 */
export function scaleInterval(i: Interval, k: number): Interval {
  return k === 1 ? i : { ...i, value: i.value * k, low: i.low * k, high: i.high * k };
}
