import type { Qualifier } from '../vocab/qualifiers.js';

/**
 * A figure as it was published: a plain number (exact), or a number with its hedge.
 *
 * @example
 * const total: ReportedNumber = { value: 19300, qualifier: 'more-than' }; // "more than 19,300"
 * const party: ReportedNumber = 2200; // "2,200"
 */
export type ReportedNumber = number | { readonly value: number; readonly qualifier?: Qualifier | undefined };

/**
 * The number a reported figure states, without its hedge.
 *
 * @example
 * reportedValue({ value: 8000, qualifier: 'nearly' }); // 8000
 */
export function reportedValue(n: ReportedNumber): number {
  return typeof n === 'number' ? n : n.value;
}

/**
 * The hedge on a reported figure; plain numbers are `exact`.
 *
 * @example
 * reportedQualifier(2200); // 'exact'
 */
export function reportedQualifier(n: ReportedNumber): Qualifier {
  return typeof n === 'number' ? 'exact' : (n.qualifier ?? 'exact');
}
