import { cleanText } from '../text/clean-text.js';
import { createIssue } from '../validate/create-issue.js';
import type { IssueCode, IssueParams, Severity, ValidationIssue } from '../validate/validation-issue.js';

/**
 * Adds a problem found in a sheet to `issues`: on a line of the file (`row`, 1-based) and, with `column` (0-based,
 * as cells are indexed), on one cell, which the issue and its messages give 1-based ("Dòng 7, cột 5"). A string as
 * `params` is the offending text (`value`), as messages quote it: NFC, without invisible controls, trimmed, at most
 * 60 characters.
 *
 * @example
 * pushIssue(issues, 'invalid_number', 'warning', 7, 4, ['outcomes', 'road-length'], '1.0.0');
 * // issues.at(-1).message.en: 'Row 7, column 5: “1.0.0” is not a number.'
 */
export function pushIssue(
  issues: ValidationIssue[],
  code: IssueCode,
  severity: Severity,
  row?: number,
  column?: number,
  path: readonly (string | number)[] = [],
  params: IssueParams | string = {},
): void {
  const where = { row, column: column === undefined ? column : column + 1, path };
  issues.push(createIssue(code, severity, where, typeof params === 'string' ? { value: shownText(params) } : params));
}

/**
 * Text from a cell as a message quotes it: NFC, without invisible controls, trimmed, at most 60 characters.
 *
 * @example
 * shownText(' Ha\u0300 Ti\u0303nh\u200B '); // 'Hà Tĩnh'
 */
export function shownText(text: string): string {
  return cleanText(text.slice(0, 120)).text.trim().slice(0, 60);
}
