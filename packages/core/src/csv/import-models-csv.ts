import { parseDateText } from '../date/parse-date-text.js';
import { parsePartialDate } from '../date/partial-date.js';
import { gazetteer as builtIn } from '../gazetteer/gazetteer.js';
import type { ReportedNumber } from '../number/reported-number.js';
import { cleanText } from '../text/clean-text.js';
import { foldName } from '../text/fold-name.js';
import type { Model } from '../types.js';
import { createIssue, type IssueLocation } from '../validate/create-issue.js';
import type { IssueCode, ValidationIssue } from '../validate/validation-issue.js';
import type { Unit } from '../vocab/units.js';
import { checkTotals, type TotalsRow } from './check-totals.js';
import { findHeader } from './find-header.js';
import { isNumberingRow } from './is-numbering-row.js';
import type { ImportContext } from './import-context.js';
import { readCsvRows, type CsvRow } from './read-csv-rows.js';
import { sniffNotCsv } from './sniff-not-csv.js';
import { readMetricCells } from './read-metric-cells.js';
import { readModelRow, type ModelRow } from './read-model-row.js';
import { readTotalsLabel } from './read-totals-label.js';
import { reportNotUtf8 } from './report-not-utf8.js';
import { placeResolver, type PlaceFinder } from './place-resolver.js';
import { sheetDecimalMark } from './sheet-decimal-mark.js';
import { VALUE_ALIASES } from './value-aliases.js';
import { CSV_DELIMITERS, type CsvDelimiter } from './sniff-delimiter.js';

// Columns without a header reported at most, before the rest are left unsaid.
const MAX_UNNAMED = 10;

/** Options for `importModelsCsv`. */
export interface ImportModelsCsvOptions {
  /** `,`, `;`, tab or `|`; sniffed from the file when absent (or not one of these). */
  readonly delimiter?: string | undefined;
  /**
   * The date whose units place cells name (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). Default: each row's start date
   * (its last day, then its first), else `today`.
   */
  readonly at?: string | undefined;
  /**
   * The code of the unit the whole sheet is about (a district, say): place names are looked up within it first,
   * and rows with an empty place cell, or sheets without a place column, are placed in it.
   */
  readonly defaultPlace?: string | undefined;
  /** The gazetteer that resolves place cells; the built-in Hà Tĩnh one by default. */
  readonly gazetteer?: PlaceFinder | undefined;
  /** A source id put on every model, so each traces to the sheet. */
  readonly sourceId?: string | undefined;
  /** "Today" (`YYYY-MM-DD`) for the future-date check and undated place lookups; the current UTC date by default. */
  readonly today?: string | undefined;
}

/** A totals row as the sheet states it. */
export interface CsvTotals {
  /** The 1-based line of the totals row. */
  readonly row: number;
  /** The number of models it states, if it states one. */
  readonly count?: ReportedNumber | undefined;
  readonly outcomes: readonly { readonly metric: string; readonly value: ReportedNumber; readonly unit: Unit }[];
}

/** What `importModelsCsv` returns. */
export interface ImportModelsCsvResult {
  /** Every good row as a model that passes `modelSchema`, in sheet order. */
  readonly models: Model[];
  /** Every problem, in sheet order; cell problems carry the 1-based `row` (line of the file) and `column`. */
  readonly issues: ValidationIssue[];
  /** The delimiter the file was read with. */
  readonly delimiter: CsvDelimiter;
  /** The sheet's last totals row (usually the grand total), when it has one. */
  readonly totals?: CsvTotals | undefined;
}

/**
 * Reads a spreadsheet of models as provincial offices keep them, saved as CSV by Excel or LibreOffice in
 * Vietnamese or English: delimiter sniffed (comma, semicolon, tab), UTF-8 BOM, CRLF/LF/CR, title rows above the
 * header, a two-row header, blank rows, trailing empty columns, headers and values in either language (case,
 * accents and NFD text do not matter), places resolved with the gazetteer, numbers with hedges and units in
 * either convention (see `parseNumberText`), partial dates (see `parseDateText`), and totals rows, which are not
 * models but are checked against the rows.
 *
 * Numbers: a lone separator followed by exactly three digits ("1,000", "1.000") groups thousands, unless the
 * sheet's other figures show that this separator is its decimal mark ("7,1", "1.234,5"): each figure that shows a
 * mark unambiguously votes, and the majority mark is the sheet's.
 *
 * It never throws on any text, and runs in time linear in its length. Bad cells are reported with their row
 * and column: a bad required cell (name, field, place) skips the row with an error; a bad optional cell drops
 * that value with a warning and keeps the model. Unknown columns are reported once and ignored, and so are cells
 * under no header. A file that is not a CSV sheet at all (binary data such as an .xlsx workbook, UTF-16 text, a
 * web page, JSON) is refused whole with `not_csv`; text that was not UTF-8 (replacement characters) is reported
 * with `not_utf8`; a quote that is never closed, with `unterminated_quote`.
 *
 * @example
 * const { models, issues } = importModelsCsv(await file.text(), { defaultPlace: '443', sourceId: 'bc-2023' });
 * for (const i of issues) console.warn(i.message.vi); // "Dòng 7, cột 5: “1.0.0” không phải là số."
 */
export function importModelsCsv(text: string, options: ImportModelsCsvOptions = {}): ImportModelsCsvResult {
  const issues: ValidationIssue[] = [];
  const source = typeof text === 'string' ? text : '';
  const kind = sniffNotCsv(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  if (kind) {
    const delimiter = CSV_DELIMITERS.find((d) => d === options.delimiter) ?? ',';
    return { models: [], issues: [createIssue('not_csv', 'error', {}, { kind })], delimiter };
  }
  const { rows, delimiter, unclosed } = readCsvRows(source, options.delimiter);
  if (unclosed) {
    issues.push(createIssue('unterminated_quote', 'error', { row: unclosed.line, column: unclosed.column, path: [] }, { lines: unclosed.lines }));
  }
  // U+FFFD is what a UTF-8 decoder puts for bytes that are not UTF-8: a Windows-1258 or TCVN3 file read as UTF-8.
  let replaced = 0;
  for (let i = source.indexOf('\uFFFD'); i >= 0; i = source.indexOf('\uFFFD', i + 1)) replaced++;
  const models: Model[] = [];
  const totals = readSheet(rows, options, issues, models, replaced);
  // Stable: issues of one cell keep the order they were found in.
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { models, issues, delimiter, ...(totals ? { totals } : {}) };
}

/** Reads the sheet's models into `models` and its problems into `issues`; returns its last totals row. */
function readSheet(
  rows: readonly CsvRow[],
  options: ImportModelsCsvOptions,
  issues: ValidationIssue[],
  models: Model[],
  replaced: number,
): CsvTotals | undefined {
  const error = (code: IssueCode, where: IssueLocation, value?: unknown) =>
    issues.push(createIssue(code, 'error', where, value === undefined ? {} : { value: String(value).slice(0, 60) }));
  if (rows.length === 0) return void error('empty_file', {});
  const header = findHeader(rows, issues);
  // Unreadable text is the reason no header was found, when it is there: say that rather than "no header".
  if (replaced > 0) reportNotUtf8(rows, replaced, header ? 'warning' : 'error', issues);
  if (!header) return void (replaced > 0 || error('no_header', {}));
  const { columns } = header;
  const finder = options.gazetteer ?? builtIn;
  const defaultPlace = knownPlace(finder, options.defaultPlace);
  if (options.defaultPlace !== undefined && !defaultPlace) error('unknown_place', { path: ['defaultPlace'] }, options.defaultPlace);
  const kinds = columns.map((r) => r?.kind);
  const where = (key: string) => ({ row: header.row.line, path: [key] });
  if (!kinds.includes('field')) error('missing_column', where('field'), 'Lĩnh vực / Field');
  if (!kinds.some((k) => k === 'place' || k === 'commune' || k === 'district' || k === 'province') && !defaultPlace) {
    error('missing_column', where('place'), 'Địa bàn / Place');
  }
  if (issues.some((i) => i.code === 'missing_column')) return undefined;

  const date = (key: 'at' | 'today', parse: (text: string) => string | undefined) => {
    const value = options[key];
    const parsed = value === undefined ? undefined : parse(String(value));
    if (value !== undefined && !parsed) error('invalid_date', { path: [key] }, value);
    return parsed;
  };
  const ctx: ImportContext = {
    columns,
    active: columns.flatMap((r, c) => (r && r.kind !== 'row-number' ? [c] : [])),
    nameColumn: kinds.indexOf('name'),
    issues,
    decimalMark: sheetDecimalMark(rows, header.dataStart, columns),
    at: date('at', parseDateText),
    today:
      date('today', (t) => (/^\d{4}-\d{2}-\d{2}$/.test(t) && parsePartialDate(t) ? t : undefined)) ??
      new Date().toISOString().slice(0, 10),
    defaultPlace,
    sourceId: options.sourceId,
    resolvePlace: placeResolver(finder, defaultPlace),
  };

  const { nameColumn } = ctx;
  const unnamedReported = new Set<number>();
  const headerCell = header.row.cells[nameColumn] ?? '';
  const headerName = foldName(headerCell);
  const fieldColumn = kinds.indexOf('field');
  const headerField = foldName((header.row.cells[fieldColumn] ?? '').slice(0, 300));
  const data: ModelRow[] = [];
  const totals: TotalsRow[] = [];
  const state = { ids: new Set<string>() };
  for (let i = header.dataStart; i < rows.length; i++) {
    const row = rows[i] as CsvRow;
    if (isNumberingRow(row)) continue;
    // Printed sheets repeat the header on every page: the name and field cells say so (a model named "Tên mô hình"
    // in a field is still a model).
    const name = row.cells[nameColumn] ?? '';
    const field = row.cells[fieldColumn] ?? '';
    const repeated = headerName !== '' && name.length <= 3 * headerCell.length && foldName(name) === headerName;
    if (repeated && field.length <= 300 && foldName(field) === headerField) continue;
    const label = readTotalsLabel(row, columns, nameColumn);
    if (label) {
      totals.push({ line: row.line, after: data.length, label, metrics: readMetricCells(row, ctx, 'totals') });
      continue;
    }
    // Below a totals row, a row with neither a name nor a field is the sheet's signature block ("Can Lộc, ngày
    // 15 tháng 12 năm 2023", "TM. BAN DÂN VẬN", the signer's name), not a model, wherever its cells fall.
    const unnamed = totals.length > 0 && name.trim() === '';
    if (unnamed && !kinds.some((k, c) => k === 'field' && VALUE_ALIASES.field(row.cells[c] ?? ''))) continue;
    // A value under no header (an empty header cell, or past the header's last cell) is read by nobody: said once
    // per column, for the first few columns (a row of a million stray cells is one problem, not a million).
    for (let c = 0; c < row.cells.length && unnamedReported.size < MAX_UNNAMED; c++) {
      const cell = row.cells[c] as string;
      if (header.named[c] || unnamedReported.has(c) || cell.trim() === '') continue;
      unnamedReported.add(c);
      const value = cleanText(cell.slice(0, 120)).text.trim().slice(0, 60);
      issues.push(createIssue('unnamed_column', 'warning', { row: row.line, column: c + 1, path: ['columns', c] }, { value }));
    }
    const read = readModelRow(row, ctx, state);
    data.push(read);
    if (read.model) models.push(read.model);
  }
  if (data.length === 0) issues.push(createIssue('no_rows', 'warning', { row: header.row.line, path: [] }));
  checkTotals(data, totals, issues);
  const last = totals.at(-1);
  if (!last) return undefined;
  const outcomes: CsvTotals['outcomes'][number][] = [];
  for (const [c, cell] of last.metrics) {
    const role = columns[c];
    if (cell && role?.kind === 'metric') outcomes.push({ metric: role.metric, ...cell });
  }
  return { row: last.line, count: last.label.count?.value, outcomes };
}

/** The code, when the gazetteer knows it (a gazetteer given by the caller may throw on odd input). */
function knownPlace(finder: PlaceFinder, code: string | undefined): string | undefined {
  try {
    return code !== undefined && finder.byCode(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
