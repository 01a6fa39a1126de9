import type { DecimalMark } from '../number/parse-number-text.js';
import { readReportedText } from '../number/read-reported-text.js';
import type { CsvRow } from './read-csv-rows.js';
import type { ColumnRole } from './read-header-cell.js';

/**
 * The decimal mark a sheet's figures show: each metric cell that shows one unambiguously ("7,1" and "1.234.567"
 * show a comma; "7.1" and "1,234,567" a point; "1.000" and "1,000" nothing) casts a vote, and the majority wins.
 * Undefined when no cell votes or the vote ties, and then "1,000" and "1.000" both read as a thousand.
 *
 * @example
 * sheetDecimalMark(rows, 1, columns); // ',' for a sheet holding "7,1 km" and "1.000"
 */
export function sheetDecimalMark(
  rows: readonly CsvRow[],
  start: number,
  columns: readonly (ColumnRole | undefined)[],
): DecimalMark | undefined {
  const metricColumns = columns.flatMap((r, c) => (r?.kind === 'metric' ? [c] : []));
  // Commas minus points.
  let votes = 0;
  for (let i = start; i < rows.length; i++) {
    const cells = (rows[i] as CsvRow).cells;
    for (const c of metricColumns) {
      const evidence = readReportedText(cells[c] ?? '')?.evidence;
      votes += evidence === ',' ? 1 : evidence === '.' ? -1 : 0;
    }
  }
  return votes > 0 ? ',' : votes < 0 ? '.' : undefined;
}
