import type { Interval, QueryResult } from '@danvan/core';
import { largestRemainder } from './largest-remainder.js';

/** How many cells a waffle has: 10 × 10, each 1% of the whole. */
export const CELLS = 100;

/** How the rows' stated figures compare with the whole: they fill it, fall short of it, or go over it. */
export type Fit = 'fill' | 'short' | 'over';

/** What `allotCells` decides. */
export interface Allotment {
  /** Cells per row, in row order. With `rest`, rows and rest add up to 100; otherwise rows do (unless all are 0). */
  readonly cells: readonly number[];
  /** The whole the percentages are taken of: the published total when there is one, else the rows added up. */
  readonly whole: number;
  /** The rows' stated figures added up. */
  readonly sum: number;
  readonly fit: Fit;
  /**
   * The part of the whole that no row names, drawn as a group of its own: only when the rows cannot cover it
   * (a `limit` or a filter left groups out, or exact parts fall short of an exact total).
   */
  readonly rest: { readonly value: number; readonly qualifier: 'exact' | 'about'; readonly share: number; readonly cells: number } | undefined;
}

/**
 * Decides how many of the waffle's 100 cells each row gets, honestly:
 *
 * - The whole is the published total when the result has one ("more than 19,300"), else the rows added up.
 * - When the rows' stated figures fill the whole (within half a cell), cells are shared out among the rows by
 *   the largest-remainder method, so they add up to exactly 100.
 * - When they fall short and core could not reconcile them with the total (exact figures that do not add up, or
 *   rows cut by `limit` or a filter, where core does not expect a partition), the gap is a real part of the
 *   whole: it gets cells of its own as "the rest".
 * - When they fall short but core found them consistent with the total, the hedges ("more than", "nearly") can
 *   cover the gap: inventing an "other" group would be wrong, so the 100 cells are shared out among the rows in
 *   proportion to their stated figures, and the element says so in its note. Likewise when the rows go over.
 *
 * Percentages are always each row's share of the whole (core's `share`); a row under half a cell may get no cell.
 */
export function allotCells(result: QueryResult): Allotment {
  const values = result.rows.map((r) => Math.max(0, r.value.value));
  const sum = values.reduce((a, v) => a + v, 0);
  const total = result.total;
  const whole = total && total.value > 0 ? total.value : sum;
  const half = whole / CELLS / 2;
  const gap = whole - sum;
  const fit: Fit = gap >= half ? 'short' : gap <= -half ? 'over' : 'fill';
  if (fit === 'short' && !result.reconciliation?.consistent) {
    const exact = isExact(total) && result.rows.every((r) => isExact(r.value));
    const all = largestRemainder([...values, gap], CELLS);
    return {
      cells: all.slice(0, -1),
      whole,
      sum,
      fit,
      rest: { value: gap, qualifier: exact ? 'exact' : 'about', share: gap / whole, cells: all.at(-1) ?? 0 },
    };
  }
  return { cells: largestRemainder(values, CELLS), whole, sum, fit, rest: undefined };
}

function isExact(v: Interval | undefined): boolean {
  return v === undefined || v.qualifier === 'exact';
}
