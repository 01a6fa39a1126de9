import type { CsvRow } from './read-csv-rows.js';

/**
 * Whether a row only numbers the columns above it, as Vietnamese report tables do under their header: "(1) (2)
 * (3)", "1 2 3", "A B 1 2". Such a row is not a model.
 *
 * @example
 * isNumberingRow({ cells: ['(1)', '(2)', '(3)', '(4)'], line: 4 }); // true
 */
export function isNumberingRow(row: CsvRow): boolean {
  let cells = 0;
  for (const cell of row.cells) {
    const t = cell.trim();
    if (t === '') continue;
    if (!/^\(?(?:\d{1,2}|[A-Za-z])\)?$/.test(t)) return false;
    cells++;
  }
  return cells >= 3;
}
