import type { IssueCode, IssueParams } from './validation-issue.js';

/** Writes one kind of issue as a sentence; `p` holds the issue's params (`value`, `expected`, …). */
export type MessageFn = (p: IssueParams) => string;

/** A message for every issue code in one language, plus how to say where the problem is. */
export interface MessageMap {
  readonly issues: Readonly<Record<IssueCode, MessageFn>>;
  /** "Row 7, column 5" for CSV cells. */
  readonly cell: (row: number, column?: number) => string;
}
