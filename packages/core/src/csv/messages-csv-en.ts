import { figure, quote as v, type MessageFn } from '../validate/message-map.js';
import type { CsvIssueCode } from '../validate/validation-issue.js';

/**
 * English messages for the issues only the CSV importer raises, added to the message maps when the importer
 * loads (see `import-models-csv.ts`).
 */
export const messagesCsvEn: Readonly<Record<CsvIssueCode, MessageFn>> = {
  ambiguous_place: (p) => `The place name ${v(p.value)} matches several units (${p.candidates}); add the district or use a code.`,
  invalid_number: (p) => `${v(p.value)} is not a number.`,
  invalid_date: (p) => `${v(p.value)} is not a valid date (use 2021, 03/2021 or 15/03/2021).`,
  unknown_column: (p) => `The column ${v(p.value)} was not recognised and was skipped.`,
  missing_column: (p) => `The required column ${v(p.value)} is missing.`,
  no_header: () => 'No header row was found (expected at least the “Model name” and “Field” columns).',
  empty_file: () => 'The file holds no data.',
  total_row_mismatch: (p) =>
    `The totals row says ${figure('en', p.total, p.totalQualifier, p.unit)} but the rows add up to ${figure('en', p.sum, p.sumQualifier, p.unit)}.`,
  negative_number: (p) => `${v(p.value)} is negative, which ${v(p.metric)} cannot be; the value was skipped.`,
  duplicate_column: (p) => `The column ${v(p.value)} repeats an earlier column and was skipped.`,
  not_csv: (p) =>
    p.kind === 'utf-16'
      ? 'The file is saved as UTF-16 (Excel’s “Unicode Text”), which cannot be read; save the sheet as “CSV UTF-8” and import it again.'
      : p.kind === 'markup'
        ? 'The file is a web page or an XML file (it begins with “<”), not a CSV sheet.'
        : p.kind === 'json'
          ? 'The file is JSON, not a CSV sheet; load it as a JSON dataset instead.'
          : 'The file is not text but binary data (an Excel .xlsx/.xls workbook, an image, a PDF…); save the sheet as “CSV UTF-8” and import that file.',
  not_utf8: (p) =>
    `The file is not saved as UTF-8: ${p.count} characters could not be read, as in ${v(p.value)}. It probably uses an old encoding (Windows-1258, TCVN3, VNI); save it as “CSV UTF-8” and import it again.`,
  unterminated_quote: (p) =>
    `A quotation mark opens this cell and is never closed${p.lines ? `, so the rest of the file (${p.lines} lines) was read into this one cell` : ''}; close or remove the quotation mark.`,
  unnamed_column: (p) => `The cell ${v(p.value)} is in a column without a header, so it was not read; name the column or move the value to the right one.`,
  no_rows: () => 'The sheet has a header row but no rows of models below it.',
};
