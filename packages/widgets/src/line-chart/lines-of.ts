import type { Interval, Lang, Query, QueryResult, ResultRow } from '@danvan/core';
import { colorClass, patternIndex } from '../internal/color-class.js';
import { isYear } from './is-year.js';
import { DASHES, MARKER_SHAPES } from './marker-shapes.js';
import { seriesKeys } from './series-keys.js';

/** One point of a line: a row (a year) and, for a series, its part. */
export interface Point {
  readonly row: ResultRow;
  readonly part: ResultRow | undefined;
  readonly value: Interval;
  /** Position along x: the year, or the row's index when rows are not years. */
  readonly at: number;
}

/** One line: a series (or the whole), its colour, dash and point shape. */
export interface Line {
  readonly key: string;
  readonly label: string;
  readonly colorClass: string;
  readonly dash: string;
  /** Path data of its point shape. */
  readonly marker: string;
  readonly points: readonly Point[];
}

/** What a line chart draws of a result: the rows along x, and the lines through them. */
export interface Lines {
  /** Whether x is time: the query is by year. */
  readonly temporal: boolean;
  /** The rows along x: on a time axis, only years ("unknown", models without a start date, is in the table only). */
  readonly rows: readonly ResultRow[];
  readonly lines: readonly Line[];
}

/**
 * The lines of a query's result: one per series key, told apart by colour, dash and point shape, or one for the
 * whole, in its field's colour when the chart is about one field (a list of fields is no field's: `c-s0`).
 *
 * @example
 * linesOf(result, { by: 'year', series: 'field' }, 'vi').lines.map((l) => l.label); // ['Kinh tế', …]
 */
export function linesOf(result: QueryResult, q: Query, lang: Lang): Lines {
  const temporal = q.by === 'year';
  const rows = temporal ? result.rows.filter((r) => isYear(r.key)) : result.rows;
  const keys = q.series ? seriesKeys(result, q.series) : [];
  const lines = (keys.length ? keys : [undefined]).map((k, i): Line => {
    // There are as many dashes as shapes: a series keeps the pair its texture index names.
    const style = (k ? patternIndex(q.series, k.key, i) : 0) % DASHES.length;
    return {
      key: k?.key ?? 'total',
      label: k?.label[lang] ?? '',
      colorClass: k ? colorClass(q.series, k.key, i) : colorClass('field', String(q.field), 0),
      dash: DASHES[style]!,
      marker: MARKER_SHAPES[style]!,
      points: rows.flatMap((row, j) => {
        const part = k && row.parts?.find((p) => p.key === k.key);
        const value = (k ? part : row)?.value;
        return value ? [{ row, part, value, at: temporal ? Number(row.key) : j }] : [];
      }),
    };
  });
  return { temporal, rows, lines };
}
