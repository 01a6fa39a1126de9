import { exactInterval, query, type Dataset, type Dimension, type Query, type QueryResult, type ResultRow } from '@danvan/core';
import { isYear } from './is-year.js';
import { seriesKeys, type SeriesKey } from './series-keys.js';

/**
 * The rows of a result split by `series`, each with one part per series key in `seriesKeys` order, so every line
 * has a point wherever it has a figure. Where records are counted, a key a row has no part for is a part of 0.
 *
 * Core's running totals add up rows, not their parts: with `cumulative`, each key's running total is its own core
 * query (the query filtered to that key), and a year the key has no row for keeps its total from the year before.
 * A key no filter can name (a year, or "unknown") has no running total, and so no part.
 *
 * @example
 * withSeriesParts(dataset, { by: 'year', series: 'field', cumulative: true }, 'field', result, result.rows);
 */
export function withSeriesParts(dataset: Dataset, q: Query, series: Dimension, result: QueryResult, rows: readonly ResultRow[]): ResultRow[] {
  const keys = seriesKeys(result, series);
  const zero = (k: SeriesKey): ResultRow | undefined =>
    result.basis === 'records' ? { key: k.key, label: k.label, value: exactInterval(0), share: 0 } : undefined;
  let partOf = (row: ResultRow, k: SeriesKey) => row.parts?.find((p) => p.key === k.key) ?? zero(k);
  if (q.cumulative && q.by === 'year') {
    const runs = new Map<string, readonly ResultRow[]>();
    // The filter that names a key: a place's for districts and communes.
    const filter = series === 'district' || series === 'commune' ? 'place' : series;
    for (const k of keys) {
      if (series !== 'year' && k.key !== 'unknown') runs.set(k.key, query(dataset, { ...q, [filter]: k.key, series: undefined }).rows.filter((r) => isYear(r.key)));
    }
    partOf = (row, k) => {
      const run = runs.get(k.key);
      if (!run) return undefined;
      const before = run.filter((r) => Number(r.key) <= Number(row.key)).at(-1);
      return before ? { key: k.key, label: k.label, value: before.value, share: undefined } : zero(k);
    };
  }
  return rows.map((row) => ({ ...row, parts: keys.map((k) => partOf(row, k)).filter((p): p is ResultRow => p !== undefined) }));
}
