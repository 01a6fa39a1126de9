import type { Severity, ValidationIssue } from '../validate/validation-issue.js';
import { pushIssue, shownText } from './push-issue.js';
import type { CsvRow } from './read-csv-rows.js';

/**
 * Reports text a UTF-8 decoder could not read (U+FFFD, what it puts for bytes of Windows-1258, TCVN3 or VNI), once
 * for the file, on the first cell that holds some, with how many characters were lost.
 *
 * @example
 * reportNotUtf8(rows, 12, 'error', issues); // not_utf8 at "Dòng 1, cột 2", with the cell "T�n m� hi�nh"
 */
export function reportNotUtf8(rows: readonly CsvRow[], count: number, severity: Severity, issues: ValidationIssue[]): void {
  for (const { cells, line } of rows) {
    const c = cells.findIndex((cell) => cell.includes('\uFFFD'));
    if (c >= 0) return pushIssue(issues, 'not_utf8', severity, line, c, [], { count, value: shownText(cells[c] as string) });
  }
  pushIssue(issues, 'not_utf8', severity, undefined, undefined, [], { count, value: '\uFFFD' });
}
