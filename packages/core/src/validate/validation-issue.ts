/**
 * Every kind of problem `validate` and `importModelsCsv` report. Codes are stable snake_case ids: match on them,
 * not on messages.
 */
export const ISSUE_CODES = [
  'not_a_dataset',
  'unsupported_version',
  'invalid_json',
  'missing_value',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'too_long',
  'too_deep',
  'unsafe_key',
  'non_finite_number',
  'unsafe_url',
  'control_characters_removed',
  'legacy_encoding',
  'duplicate_id',
  'unknown_place',
  'ambiguous_place',
  'unknown_source',
  'future_date',
  'impossible_unit',
  'inconsistent_total',
  'invalid_number',
  'invalid_date',
  'unknown_column',
  'missing_column',
  'no_header',
  'empty_file',
  'total_row_mismatch',
  'negative_number',
  'duplicate_column',
  'no_data',
  'undated_records',
  'mapped_across_reform',
  'split_unit',
  'not_csv',
  'not_utf8',
  'unterminated_quote',
  'unnamed_column',
  'no_rows',
] as const;

/** A stable id for a kind of problem. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * The codes only the CSV importer raises. Their messages load with it (`csv/messages-csv-vi.ts`, `-en.ts`), so a
 * chart that reads no spreadsheet does not carry them.
 */
export type CsvIssueCode =
  | 'ambiguous_place'
  | 'invalid_number'
  | 'invalid_date'
  | 'unknown_column'
  | 'missing_column'
  | 'no_header'
  | 'empty_file'
  | 'total_row_mismatch'
  | 'negative_number'
  | 'duplicate_column'
  | 'not_csv'
  | 'not_utf8'
  | 'unterminated_quote'
  | 'unnamed_column'
  | 'no_rows';

/**
 * `error`: the value (and the record holding it) was left out. `warning`: kept, but check it.
 */
export type Severity = 'error' | 'warning';

/** Details that messages fill in: the offending text, the expected values, a line number… */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One problem found in input data. Bad records are reported and skipped; an issue never stops the good ones.
 *
 * @example
 * // { code: 'invalid_number', severity: 'error', path: ['models', 3, 'outcomes'], row: 7, column: 5,
 * //   message: { vi: 'Dòng 7, cột 5: "1.0.0" không phải là số.', en: 'Row 7, column 5: "1.0.0" is not a number.' } }
 */
export interface ValidationIssue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Where in the JSON input the problem is: keys and array indexes. */
  readonly path: readonly (string | number)[];
  /** For CSV input: the 1-based line of the file and 1-based column. */
  readonly row?: number;
  readonly column?: number;
  readonly params: IssueParams;
  /** The problem in each language, from the message maps (which callers may replace). */
  readonly message: { readonly vi: string; readonly en: string };
}
