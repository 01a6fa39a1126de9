import type { Interval } from './interval.js';
import { sumIntervals } from './sum-intervals.js';

/** What `reconcile` finds when it sets a published total against its published parts. */
export interface Reconciliation {
  /** True when some set of true values fits both the total and the parts. */
  readonly consistent: boolean;
  /** The parts added up, as an interval. */
  readonly sum: Interval;
  /** The total's stated figure minus the parts' stated figures. */
  readonly difference: number;
}

/**
 * Checks whether published parts can add up to a published total: the two intervals must overlap.
 * "nearly 8,000 + more than 5,800 + more than 3,300 + 2,200" fits "more than 19,300".
 *
 * @example
 * reconcile(toInterval({ value: 100, qualifier: 'more-than' }), [toInterval(40), toInterval(50)]).consistent; // false
 */
export function reconcile(total: Interval, parts: readonly Interval[]): Reconciliation {
  const sum = sumIntervals(parts);
  return { consistent: overlaps(total, sum), sum, difference: total.value - sum.value };
}

function overlaps(a: Interval, b: Interval): boolean {
  // The overlap starts at the larger low end and stops at the smaller high end; it is empty when they cross, or
  // when they touch at a point that either side leaves open. Ends that differ only by floating-point noise
  // count as one point: a published "0.3" is the sum of parts "0.1" and "0.2", though 0.1 + 0.2 is not 0.3.
  const [lo, loOpen] = same(a.low, b.low) ? [a.low, a.lowOpen || b.lowOpen] : a.low > b.low ? [a.low, a.lowOpen] : [b.low, b.lowOpen];
  const [hi, hiOpen] = same(a.high, b.high) ? [a.high, a.highOpen || b.highOpen] : a.high < b.high ? [a.high, a.highOpen] : [b.high, b.highOpen];
  if (same(lo, hi)) return !loOpen && !hiOpen;
  return lo < hi;
}

/** Equal, or apart by no more than rounding leaves on sums of doubles (a relative 1e-9). */
function same(x: number, y: number): boolean {
  return x === y || (Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y)));
}
