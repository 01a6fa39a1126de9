import { cleanText } from '../text/clean-text.js';
import { createIssue } from '../validate/create-issue.js';
import type { Severity, ValidationIssue } from '../validate/validation-issue.js';
import type { CsvRow } from './read-csv-rows.js';

/**
 * Reports text a UTF-8 decoder could not read (U+FFFD, what it puts for bytes of Windows-1258, TCVN3 or VNI), once
 * for the file, on the first cell that holds some, with how many characters were lost.
 *
 * @example
 * reportNotUtf8(rows, 12, 'error', issues); // not_utf8 at "Dòng 1, cột 2", with the cell "T�n m� hi�nh"
 */
export function reportNotUtf8(rows: readonly CsvRow[], count: number, severity: Severity, issues: ValidationIssue[]): void {
  for (const row of rows) {
    const c = row.cells.findIndex((cell) => cell.includes('\uFFFD'));
    if (c < 0) continue;
    const value = cleanText((row.cells[c] as string).slice(0, 120)).text.trim().slice(0, 60);
    issues.push(createIssue('not_utf8', severity, { row: row.line, column: c + 1, path: [] }, { count, value }));
    return;
  }
  issues.push(createIssue('not_utf8', severity, {}, { count, value: '\uFFFD' }));
}
