import { FIELDS, type Dimension, type Label, type QueryResult } from '@danvan/core';

/** A series of a result: the key its parts share, and its label. */
export interface SeriesKey {
  readonly key: string;
  readonly label: Label;
}

/**
 * The series keys of a result in their natural order: those of the row with the most parts first, then any
 * others; fields in their usual order.
 *
 * @example
 * seriesKeys(byYearAndField, 'field').map((k) => k.key); // ['economic', 'culture-society', …]
 */
export function seriesKeys(result: QueryResult, series: Dimension): SeriesKey[] {
  const keys = new Map<string, Label>();
  const rows = [...result.rows].sort((a, b) => (b.parts?.length ?? 0) - (a.parts?.length ?? 0));
  for (const row of rows) for (const p of row.parts ?? []) if (!keys.has(p.key)) keys.set(p.key, p.label);
  const list = [...keys].map(([key, label]) => ({ key, label }));
  // Keys that are not fields ("unknown") after them: -1 >>> 0 is the largest index.
  const rank = (key: string) => (FIELDS as readonly string[]).indexOf(key) >>> 0;
  if (series === 'field') list.sort((a, b) => rank(a.key) - rank(b.key));
  return list;
}
