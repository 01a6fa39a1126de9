import { formatReported } from '../format/format-reported.js';
import type { Lang } from '../vocab/langs.js';
import type { Qualifier } from '../vocab/qualifiers.js';
import type { Unit } from '../vocab/units.js';
import type { IssueCode, IssueParams } from './validation-issue.js';

/** Writes one kind of issue as a sentence; `p` holds the issue's params (`value`, `expected`, …). */
export type MessageFn = (p: IssueParams) => string;

/**
 * Issue messages in one language, plus how to say where the problem is. The built-in maps word every code
 * `validate` and `query` raise; the CSV importer adds its own codes' messages when it is loaded.
 */
export interface MessageMap {
  readonly issues: Readonly<Partial<Record<IssueCode, MessageFn>>>;
  /** "Row 7, column 5" for CSV cells. */
  readonly cell: (row: number, column?: number) => string;
}

/** A value from the input as messages quote it: “Hà Tĩnh”. */
export const quote = (x: unknown): string => `“${String(x ?? '')}”`;

/** A figure from an issue's params (`total` and `totalQualifier`, say) as `lang` writes it: "hơn 100 km". */
export const figure = (lang: Lang, value: unknown, qualifier: unknown, unit?: unknown): string =>
  formatReported({ value: Number(value), qualifier: qualifier as Qualifier }, lang, unit as Unit | undefined);
