import type { Qualifier } from '../vocab/qualifiers.js';
import { reportedQualifier, reportedValue, type ReportedNumber } from './reported-number.js';

/**
 * A reported figure read as the set of values it allows. `value` is the stated figure (what a chart draws and a
 * label prints, with `qualifier`); `low`..`high` bound the true value, each end open or closed.
 * "more than 19,300" is (19300, ∞); "nearly 70" is [63, 70); "2,200" is [2200, 2200].
 */
export interface Interval {
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/**
 * How far below its figure "nearly" may reach, and how far "about" may stray either way, as a share of the figure.
 * A convention, not a law: "nearly 8,000" is read as [7,200, 8,000).
 */
export const HEDGE_TOLERANCE = 0.1;

/**
 * Reads a reported figure as an interval. Quantities here are never negative, so "at most" and "less than" reach
 * down to 0 for a non-negative figure.
 *
 * @example
 * toInterval({ value: 19300, qualifier: 'more-than' });
 * // { value: 19300, qualifier: 'more-than', low: 19300, high: Infinity, lowOpen: true, highOpen: true }
 */
export function toInterval(n: ReportedNumber): Interval {
  const value = reportedValue(n);
  const qualifier = reportedQualifier(n);
  const spread = Math.abs(value) * HEDGE_TOLERANCE;
  const floor = value >= 0 ? 0 : -Infinity;
  switch (qualifier) {
    case 'exact':
      return { value, qualifier, low: value, high: value, lowOpen: false, highOpen: false };
    case 'about':
      return { value, qualifier, low: value - spread, high: value + spread, lowOpen: false, highOpen: false };
    case 'more-than':
      return { value, qualifier, low: value, high: Infinity, lowOpen: true, highOpen: true };
    case 'at-least':
      return { value, qualifier, low: value, high: Infinity, lowOpen: false, highOpen: true };
    case 'nearly':
      return { value, qualifier, low: value - spread, high: value, lowOpen: false, highOpen: true };
    case 'at-most':
      return { value, qualifier, low: floor, high: value, lowOpen: false, highOpen: false };
    case 'less-than':
      return { value, qualifier, low: floor, high: value, lowOpen: false, highOpen: true };
  }
}

/**
 * An exact interval around one known number, such as a count of records.
 *
 * @example
 * exactInterval(12).qualifier; // 'exact'
 */
export function exactInterval(value: number): Interval {
  return { value, qualifier: 'exact', low: value, high: value, lowOpen: false, highOpen: false };
}
