import { readReportedText } from '../number/read-reported-text.js';
import type { ReportedNumber } from '../number/reported-number.js';
import { foldName } from '../text/fold-name.js';
import type { CsvRow } from './read-csv-rows.js';
import type { ColumnRole } from './read-header-cell.js';

/** A totals row's label, and the count of models it states, if any ("Tổng cộng: 12 mô hình"). */
export interface TotalsLabel {
  readonly count?: { readonly value: ReportedNumber; readonly column: number } | undefined;
}

// Folded: "Tổng cộng", "Tổng số", "Tổng", "Cộng", "Total", "Grand total", "Sum", as whole words; what follows must
// be empty or a count, so "Tổng vệ sinh môi trường" and "Cộng đồng…" stay models.
const LABEL = /^(?:tong cong|tong so|tong|cong|grand total|totals?|sum)(?: (.*))?$/;

/**
 * Says whether a row is a totals row: its first non-empty cell is a totals word, alone or followed by a count
 * ("Tổng cộng", "Tổng cộng: 12 mô hình", "Total (12)"). A count may also stand in the name column when the word
 * is in the STT column.
 *
 * @example
 * readTotalsLabel({ cells: ['Tổng cộng', '12 mô hình'], line: 20 }, columns, 1)?.count?.value; // 12
 */
export function readTotalsLabel(
  row: CsvRow,
  columns: readonly (ColumnRole | undefined)[],
  nameColumn: number,
): TotalsLabel | undefined {
  const first = row.cells.findIndex((c) => c.trim() !== '');
  if (first < 0 || columns[first]?.kind === 'metric') return undefined;
  const text = row.cells[first] as string;
  if (text.length > 200) return undefined;
  // Folding drops the punctuation ("Tổng cộng: 12", "Total (12)") and reads "1.500" as "1 500", still a number.
  const m = LABEL.exec(foldName(text));
  if (!m) return undefined;
  if (m[1]) {
    const value = count(m[1]);
    return value === undefined ? undefined : { count: { value, column: first + 1 } };
  }
  const name = nameColumn > first ? (row.cells[nameColumn] ?? '').trim() : '';
  const value = name === '' ? undefined : count(name);
  return value === undefined ? {} : { count: { value, column: nameColumn + 1 } };
}

function count(text: string): ReportedNumber | undefined {
  const read = readReportedText(text);
  if (!read || (read.unit !== undefined && read.unit !== 'model') || read.scaled) return undefined;
  return read.qualifier === 'exact' ? read.value : { value: read.value, qualifier: read.qualifier };
}
