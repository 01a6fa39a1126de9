import type { MessageMap } from './message-map.js';
import { messagesEn } from './messages-en.js';
import { messagesVi } from './messages-vi.js';
import type { IssueCode, IssueParams, Severity, ValidationIssue } from './validation-issue.js';

const maps: { vi: MessageMap; en: MessageMap } = { vi: messagesVi, en: messagesEn };

/**
 * Replaces some or all issue messages in one language, for a portal that words them its own way. Later issues
 * use the new wording.
 *
 * @example
 * setMessages('en', { issues: { unknown_place: (p) => `We do not know “${p.value}”.` } });
 */
export function setMessages(
  lang: 'vi' | 'en',
  overrides: { issues?: Partial<MessageMap['issues']>; cell?: MessageMap['cell'] },
): void {
  const base = maps[lang];
  maps[lang] = { cell: overrides.cell ?? base.cell, issues: { ...base.issues, ...overrides.issues } };
}

/**
 * Gives codes that have no message yet their default wording in both languages: how the CSV importer brings its
 * messages when it loads. Wording a portal already set with `setMessages` is kept.
 *
 * @example
 * addMessages({ no_rows: () => 'Không có dòng nào.' }, { no_rows: () => 'No rows.' });
 */
export function addMessages(vi: MessageMap['issues'], en: MessageMap['issues']): void {
  maps.vi = { ...maps.vi, issues: { ...vi, ...maps.vi.issues } };
  maps.en = { ...maps.en, issues: { ...en, ...maps.en.issues } };
}

/** Where an issue is, for `createIssue`: a JSON path and, for CSV input, a row and column. */
export interface IssueLocation {
  readonly path?: readonly (string | number)[];
  readonly row?: number;
  readonly column?: number;
}

/**
 * Builds an issue with its messages in both languages. CSV issues start with "Row 7, column 5:". A code without a
 * message (a CSV importer's code in a bundle without the importer) is written as the code itself.
 *
 * @example
 * createIssue('unknown_place', 'error', { row: 7, column: 5 }, { value: 'Xã X' }).message.en;
 * // 'Row 7, column 5: The place “Xã X” is not in the gazetteer of administrative units.'
 */
export function createIssue(
  code: IssueCode,
  severity: Severity,
  where: IssueLocation,
  params: IssueParams = {},
): ValidationIssue {
  // Say where: "Dòng 7, cột 5: …" for CSV cells, "statistics[0].value: …" for JSON.
  const path = where.path?.length ? formatPath(where.path) : '';
  const say = (m: MessageMap) => {
    const text = m.issues[code]?.(params) ?? code;
    if (where.row !== undefined) return `${m.cell(where.row, where.column)}: ${text}`;
    return path ? `${path}: ${text}` : text;
  };
  const issue: { -readonly [K in keyof ValidationIssue]: ValidationIssue[K] } = {
    code,
    severity,
    path: where.path ?? [],
    params,
    message: { vi: say(maps.vi), en: say(maps.en) },
  };
  if (where.row !== undefined) issue.row = where.row;
  if (where.column !== undefined) issue.column = where.column;
  return issue;
}

/** A JSON path as code would write it: `statistics[0].value`. */
function formatPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}
