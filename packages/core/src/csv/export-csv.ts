import { dsvFormat } from 'd3-dsv';

/** Options for `exportCsv`. */
export interface ExportCsvOptions {
  /** `,` (default), `;`, tab or `|`. Excel in Vietnamese and most European locales expects `;`. */
  readonly delimiter?: ',' | ';' | '\t' | '|';
  /** Start with a UTF-8 byte order mark, which Excel needs to read Vietnamese text as UTF-8. Default false. */
  readonly bom?: boolean;
}

/** A cell for `exportCsv`: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

// What a spreadsheet may run as a formula when a cell starts with it (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// A negative number written as text, in either convention ("-12", "-12.5", "-1.234,5"): Excel reads it as a
// number, never as a formula, and an apostrophe would turn it into text.
const NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)*$/;

/**
 * Writes rows as CSV: RFC 4180 quoting (cells holding the delimiter, a quote or a line break are quoted, quotes
 * doubled, by d3-dsv's `formatRow`), CRLF between rows, and cells safe to open in a spreadsheet. A text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that Excel, LibreOffice
 * and Google Sheets show it instead of running it as a formula. Numbers are written as numbers, negatives
 * included (-12.5 stays -12.5), and so is text that is just a negative number ("-12", "-1.234,5"): neither can
 * run. Non-finite numbers, null and undefined are written as empty cells.
 *
 * @example
 * exportCsv([['Mô hình', 'Kinh phí'], ['=HYPERLINK("http://x")', -12.5]]);
 * // 'Mô hình,Kinh phí\r\n"\'=HYPERLINK(""http://x"")",-12.5'
 */
export function exportCsv(rows: readonly (readonly CsvCell[])[], options: ExportCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  if (![',', ';', '\t', '|'].includes(delimiter)) throw new RangeError(`Unsupported CSV delimiter: ${JSON.stringify(delimiter)}`);
  const format = dsvFormat(delimiter);
  const lines = rows.map((row) => format.formatRow(row.map(safeCell)));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n');
}

function safeCell(cell: CsvCell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell === 0 ? 0 : cell) : '';
  if (typeof cell !== 'string') return '';
  return FORMULA_START.test(cell) && !NEGATIVE_NUMBER.test(cell) ? `'${cell}` : cell;
}
