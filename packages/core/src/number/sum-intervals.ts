import type { Qualifier } from '../vocab/qualifiers.js';
import { exactInterval, type Interval } from './interval.js';

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
  let value = 0;
  let low = 0;
  let high = 0;
  let lowOpen = false;
  let highOpen = false;
  let up = false; // some part can only be larger than stated
  let down = false; // some part can only be smaller than stated
  let both = false; // some part can err either way
  const seen = new Set<Qualifier>();
  for (const p of parts) {
    value += p.value;
    low += p.low;
    high += p.high;
    lowOpen ||= p.lowOpen;
    highOpen ||= p.highOpen;
    seen.add(p.qualifier);
    if (p.qualifier === 'about') both = true;
    else if (p.qualifier === 'more-than' || p.qualifier === 'at-least') up = true;
    else if (p.qualifier !== 'exact') down = true;
  }
  if (seen.size === 0) return exactInterval(0);
  return { value, qualifier: sumQualifier(seen, up, down, both), low, high, lowOpen, highOpen };
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
