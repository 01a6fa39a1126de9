import { cleanText } from '../text/clean-text.js';
import { detectLegacyEncoding } from '../text/detect-legacy-encoding.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import { pushIssue } from './push-issue.js';
import type { CsvRow } from './read-csv-rows.js';

/**
 * One cell's text as the importer uses it: NFC, invisible controls (bidi, zero-width) removed, trimmed. Removed
 * controls and text that looks like a legacy TCVN3/VNI font are reported on the cell, as the JSON path reports
 * them on the value.
 *
 * @example
 * readCell({ cells: ['Ha\u0300 Ti\u0303nh'], line: 4 }, 0, ['place'], issues); // 'Hà Tĩnh'
 */
export function readCell(row: CsvRow, column: number, path: readonly (string | number)[], issues: ValidationIssue[]): string {
  const raw = row.cells[column] ?? '';
  // Plain ASCII cells (codes, numbers, dates) have nothing to normalise, strip or detect.
  if (!/[^\x20-\x7E]/.test(raw)) return raw.trim();
  const { text, changed } = cleanText(raw);
  const encoding = detectLegacyEncoding(text);
  if (changed) pushIssue(issues, 'control_characters_removed', 'warning', row.line, column, path);
  if (encoding) pushIssue(issues, 'legacy_encoding', 'warning', row.line, column, path, { value: text.slice(0, 60), encoding });
  return text.trim();
}
