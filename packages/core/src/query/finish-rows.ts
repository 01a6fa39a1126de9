import { sumIntervals } from '../number/sum-intervals.js';
import { compareVietnamese } from '../text/compare-vietnamese.js';
import type { Interval } from '../number/interval.js';
import type { Query, ResultRow } from './query-types.js';

/**
 * Applies the presentation part of a query to grouped rows: running totals, shares of the total, order and limit.
 * Shares are taken before the limit, so "top 5" still shows each row's share of everything. The rows are the
 * caller's own, made for this result: their shares are set in place.
 */
export function finishRows(rows: ResultRow[], total: Interval | undefined, q: Query, naturalOrder: (a: ResultRow, b: ResultRow) => number): ResultRow[] {
  let out = rows.slice().sort(naturalOrder);
  if (q.cumulative) {
    // Running totals of each row, and of each series part along the rows (one running line per field). A key a
    // row has no part for (a published series that skips a year) keeps its total from before: a running total
    // never drops back to nothing.
    const running: Interval[] = [];
    const parts = new Map<string, { label: ResultRow['label']; values: Interval[] }>();
    out = out.map((row) => {
      running.push(row.value);
      if (!row.parts) return { ...row, value: sumIntervals(running) };
      for (const p of row.parts) {
        const run = parts.get(p.key) ?? { label: p.label, values: [] };
        parts.set(p.key, run);
        run.values.push(p.value);
      }
      const runParts = [...parts].map(([key, run]) => ({ key, label: run.label, value: sumIntervals(run.values), share: undefined }));
      return { ...row, value: sumIntervals(running), parts: runParts };
    });
  }
  const whole = q.cumulative ? out.at(-1)?.value : total;
  // In place (see above): a copy of each row would be thousands of objects for a chart of thousands of places.
  if (whole && whole.value !== 0 && !q.cumulative) for (const row of out) (row as { share?: number }).share = row.value.value / whole.value;
  const sort = q.sort ?? 'natural';
  if (sort !== 'natural' || q.order) {
    const dir = (q.order ?? (sort === 'value' ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
    const compare =
      sort === 'value'
        ? (a: ResultRow, b: ResultRow) => a.value.value - b.value.value
        : sort === 'label'
          ? (a: ResultRow, b: ResultRow) => compareVietnamese(a.label.vi, b.label.vi)
          : naturalOrder;
    out.sort((a, b) => dir * compare(a, b));
  }
  if (q.limit !== undefined && q.limit >= 0) out = out.slice(0, q.limit);
  return out;
}
