import { parseDateText } from '../date/parse-date-text.js';
import { gazetteer as builtIn } from '../gazetteer/gazetteer.js';
import type { ReportedNumber } from '../number/reported-number.js';
import { foldName } from '../text/fold-name.js';
import type { Model } from '../types.js';
import { addMessages } from '../validate/create-issue.js';
import type { IssueCode, ValidationIssue } from '../validate/validation-issue.js';
import type { Unit } from '../vocab/units.js';
import { checkTotals, type TotalsRow } from './check-totals.js';
import { findHeader } from './find-header.js';
import { PLACE_KINDS } from './header-aliases.js';
import type { ImportContext } from './import-context.js';
import { isNumberingRow } from './is-numbering-row.js';
import { messagesCsvEn } from './messages-csv-en.js';
import { messagesCsvVi } from './messages-csv-vi.js';
import { placeResolver, type PlaceFinder } from './place-resolver.js';
import { pushIssue } from './push-issue.js';
import { readCsvRows, type CsvRow } from './read-csv-rows.js';
import { readMetricCells } from './read-metric-cells.js';
import { readModelRow, type ModelRow } from './read-model-row.js';
import { readTotalsLabel } from './read-totals-label.js';
import { reportNotUtf8 } from './report-not-utf8.js';
import { sheetDecimalMark } from './sheet-decimal-mark.js';
import type { CsvDelimiter } from './sniff-delimiter.js';
import { sniffNotCsv } from './sniff-not-csv.js';
import { VALUE_ALIASES } from './value-aliases.js';

// Columns without a header reported at most, before the rest are left unsaid.
const MAX_UNNAMED = 10;

// The importer's own issues get their messages when it loads, not in every chart's bundle. A call here, in the
// module that defines `importModelsCsv`, runs wherever the importer is used: core is "sideEffects": false, so a
// bundler would drop a module imported only for its side effect.
addMessages(messagesCsvVi, messagesCsvEn);

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
  const models: Model[] = [];
  const source = typeof text === 'string' ? text : '';
  const kind = sniffNotCsv(source.replace(/^\uFEFF/, ''));
  // A file that is no sheet at all is read as an empty one, without looking for anything in it.
  const { rows, delimiter, unclosed } = readCsvRows(kind ? '' : source, options.delimiter);
  if (kind) pushIssue(issues, 'not_csv', 'error', undefined, undefined, [], { kind });
  if (unclosed) pushIssue(issues, 'unterminated_quote', 'error', unclosed.line, unclosed.column, [], { lines: unclosed.lines });
  // U+FFFD is what a UTF-8 decoder puts for bytes that are not UTF-8: a Windows-1258 or TCVN3 file read as UTF-8.
  let replaced = 0;
  for (let i = source.indexOf('\uFFFD'); i >= 0; i = source.indexOf('\uFFFD', i + 1)) replaced++;
  const totals = kind ? undefined : readSheet(rows, options, issues, models, replaced);
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
  const error = (code: IssueCode, path: string[] = [], value?: unknown, row?: number) =>
    pushIssue(issues, code, 'error', row, undefined, path, value === undefined ? {} : String(value));
  if (rows.length === 0) return void error('empty_file');
  const header = findHeader(rows, issues);
  // Unreadable text is the reason no header was found, when it is there: say that rather than "no header".
  if (replaced > 0) reportNotUtf8(rows, replaced, header ? 'warning' : 'error', issues);
  if (!header) return void (replaced > 0 || error('no_header'));
  const { columns, row: headerRow } = header;
  const finder = options.gazetteer ?? builtIn;
  const defaultPlace = knownPlace(finder, options.defaultPlace);
  if (options.defaultPlace !== undefined && !defaultPlace) error('unknown_place', ['defaultPlace'], options.defaultPlace);
  const kinds = columns.map((r) => r?.kind);
  const nameColumn = kinds.indexOf('name');
  const fieldColumn = kinds.indexOf('field');
  const noPlace = !defaultPlace && !kinds.some((k) => k && PLACE_KINDS.includes(k));
  if (fieldColumn < 0) error('missing_column', ['field'], 'Lĩnh vực / Field', headerRow.line);
  if (noPlace) error('missing_column', ['place'], 'Địa bàn / Place', headerRow.line);
  if (fieldColumn < 0 || noPlace) return undefined;

  // `at` is any date a sheet could give; `today` is a day, written YYYY-MM-DD.
  const date = (key: 'at' | 'today') => {
    const value = options[key];
    const parsed = value === undefined ? undefined : parseDateText(String(value));
    if (parsed && (key === 'at' || parsed === value)) return parsed;
    if (value !== undefined) error('invalid_date', [key], value);
    return undefined;
  };
  const ctx: ImportContext = {
    columns,
    active: columns.flatMap((r, c) => (r && r.kind !== 'row-number' ? [c] : [])),
    issues,
    decimalMark: sheetDecimalMark(rows, header.dataStart, columns),
    at: date('at'),
    today: date('today') ?? new Date().toISOString().slice(0, 10),
    sourceId: options.sourceId,
    resolvePlace: placeResolver(finder, defaultPlace),
    ids: new Set(),
  };

  // Printed sheets repeat the header on every page: the name and field cells say so (a model named "Tên mô hình"
  // in a field is still a model). Cells longer than any header are cut before folding, which keeps huge ones cheap.
  const folded = (cells: readonly string[], c: number) => foldName((cells[c] ?? '').slice(0, 300));
  const headerName = folded(headerRow.cells, nameColumn);
  const headerField = folded(headerRow.cells, fieldColumn);
  const unnamedReported = new Set<number>();
  const data: ModelRow[] = [];
  const totals: TotalsRow[] = [];
  for (let i = header.dataStart; i < rows.length; i++) {
    const row = rows[i] as CsvRow;
    const { cells, line } = row;
    if (isNumberingRow(row)) continue;
    if (headerName && folded(cells, nameColumn) === headerName && folded(cells, fieldColumn) === headerField) continue;
    const label = readTotalsLabel(row, columns, nameColumn);
    if (label) {
      totals.push({ line, after: data.length, label, metrics: readMetricCells(row, ctx, 'totals') });
      continue;
    }
    // Below a totals row, a row with neither a name nor a field is the sheet's signature block ("Can Lộc, ngày
    // 15 tháng 12 năm 2023", "TM. BAN DÂN VẬN", the signer's name), not a model, wherever its cells fall.
    if (totals.length > 0 && !cells[nameColumn]?.trim() && !VALUE_ALIASES.field(cells[fieldColumn] ?? '')) continue;
    // A value under no header (an empty header cell, or past the header's last cell) is read by nobody: said once
    // per column, for the first few columns (a row of a million stray cells is one problem, not a million).
    for (let c = 0; c < cells.length && unnamedReported.size < MAX_UNNAMED; c++) {
      const cell = cells[c] as string;
      if (header.named[c] || unnamedReported.has(c) || cell.trim() === '') continue;
      unnamedReported.add(c);
      pushIssue(issues, 'unnamed_column', 'warning', line, c, ['columns', c], cell);
    }
    const read = readModelRow(row, ctx);
    data.push(read);
    if (read.model) models.push(read.model);
  }
  if (data.length === 0) pushIssue(issues, 'no_rows', 'warning', headerRow.line);
  checkTotals(data, totals, issues);
  const last = totals.at(-1);
  return last && {
    row: last.line,
    count: last.label.count?.value,
    outcomes: [...last.metrics.values()].filter((cell) => cell !== null),
  };
}

/** The code, when the gazetteer knows it (a gazetteer given by the caller may throw on odd input). */
function knownPlace(finder: PlaceFinder, code: string | undefined): string | undefined {
  try {
    return code !== undefined && finder.byCode(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
