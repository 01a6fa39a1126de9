import type { Qualifier } from '../vocab/qualifiers.js';
import { exactInterval, type Interval } from './interval.js';

/** A running sum of intervals, for adding up millions of figures without keeping them. */
export interface IntervalSum {
  add(part: Interval, factor?: number): void;
  /** How many parts were added. */
  readonly count: number;
  result(): Interval;
}

/**
 * Starts a running sum of intervals. `add(part, factor)` scales the part first (916 m added to a sum in km is
 * added with factor 0.001).
 *
 * @example
 * const sum = createIntervalSum();
 * sum.add(toInterval({ value: 7.1, qualifier: 'more-than' }));
 * sum.add(toInterval(916), 0.001);
 * sum.result(); // value 8.016, qualifier 'more-than'
 */
export function createIntervalSum(): IntervalSum {
  let value = 0;
  let low = 0;
  let high = 0;
  let lowOpen = false;
  let highOpen = false;
  let up = false; // some part can only be larger than stated
  let down = false; // some part can only be smaller than stated
  let both = false; // some part can err either way
  let count = 0;
  const seen = new Set<Qualifier>();
  return {
    add(p, factor = 1) {
      count++;
      value += p.value * factor;
      low += p.low * factor;
      high += p.high * factor;
      lowOpen ||= p.lowOpen;
      highOpen ||= p.highOpen;
      if (p.qualifier === 'exact') return;
      seen.add(p.qualifier);
      if (p.qualifier === 'about') both = true;
      else if (p.qualifier === 'more-than' || p.qualifier === 'at-least') up = true;
      else down = true;
    },
    get count() {
      return count;
    },
    result() {
      if (count === 0) return exactInterval(0);
      return { value, qualifier: sumQualifier(seen, up, down, both), low, high, lowOpen, highOpen };
    },
  };
}

/**
 * Adds intervals: the stated figures add up, and so do the bounds. The sum's hedge follows from its parts: exact
 * parts give an exact sum; parts that are all "more than" or exact give "more than"; parts that are all "nearly"
 * or exact give "nearly"; a mix that can err both ways gives "about".
 *
 * @example
 * sumIntervals([toInterval({ value: 5800, qualifier: 'more-than' }), toInterval(2200)]);
 * // value 8000, qualifier 'more-than', low 8000 (open), high Infinity
 */
export function sumIntervals(parts: Iterable<Interval>): Interval {
  const sum = createIntervalSum();
  for (const p of parts) sum.add(p);
  return sum.result();
}

function sumQualifier(seen: Set<Qualifier>, up: boolean, down: boolean, both: boolean): Qualifier {
  if (both || (up && down)) return 'about';
  if (up) return seen.has('more-than') ? 'more-than' : 'at-least';
  if (down) {
    if (seen.has('nearly') && !seen.has('at-most') && !seen.has('less-than')) return 'nearly';
    return seen.has('less-than') || seen.has('nearly') ? 'less-than' : 'at-most';
  }
  return 'exact';
}
