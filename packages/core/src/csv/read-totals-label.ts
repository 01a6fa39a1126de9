import { readReportedText, toReported } from '../number/read-reported-text.js';
import type { ReportedNumber } from '../number/reported-number.js';
import { foldName } from '../text/fold-name.js';
import type { CsvRow } from './read-csv-rows.js';
import type { ColumnRole } from './read-header-cell.js';

/** A totals row's label, and the count of models it states, if any ("Tổng cộng: 12 mô hình"). */
export interface TotalsLabel {
  /** The count, and the 0-based index of the cell that states it. */
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
  const { cells } = row;
  const first = cells.findIndex((c) => c.trim() !== '');
  const text = cells[first] ?? '';
  // Folding drops the punctuation ("Tổng cộng: 12", "Total (12)") and reads "1.500" as "1 500", still a number.
  const m = first < 0 || columns[first]?.kind === 'metric' || text.length > 200 ? null : LABEL.exec(foldName(text));
  if (!m) return undefined;
  // A count after the word, else in the name column.
  const column = m[1] ? first : nameColumn;
  const value = count(m[1] ?? (nameColumn > first ? (cells[nameColumn] ?? '') : ''));
  return value !== undefined ? { count: { value, column } } : m[1] ? undefined : {};
}

function count(text: string): ReportedNumber | undefined {
  const read = readReportedText(text);
  return read && (read.unit ?? 'model') === 'model' && !read.scaled ? toReported(read.value, read.qualifier) : undefined;
}
