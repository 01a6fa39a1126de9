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
  // when they touch at a point that either side leaves open.
  const [lo, loOpen] = a.low > b.low ? [a.low, a.lowOpen] : a.low < b.low ? [b.low, b.lowOpen] : [a.low, a.lowOpen || b.lowOpen];
  const [hi, hiOpen] =
    a.high < b.high ? [a.high, a.highOpen] : a.high > b.high ? [b.high, b.highOpen] : [a.high, a.highOpen || b.highOpen];
  if (lo < hi) return true;
  return lo === hi && !loOpen && !hiOpen;
}
