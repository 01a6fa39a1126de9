import { cleanText } from '../text/clean-text.js';
import { createIssue } from '../validate/create-issue.js';
import { METRIC_UNITS } from '../vocab/metrics.js';
import { UNIT_INFO } from '../vocab/units.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import type { CsvRow } from './read-csv-rows.js';
import { readHeaderCell, type ColumnRole, type HeaderCell } from './read-header-cell.js';

/** The header of a model sheet: where it is and what each column holds. */
export interface CsvHeader {
  /** Index in the rows of the first row after the header (and its sub-header, if any). */
  readonly dataStart: number;
  /** The header row, for issues that point at it. */
  readonly row: CsvRow;
  /** Each column's role; undefined for ignored columns. */
  readonly columns: readonly (ColumnRole | undefined)[];
}

// Title rows ("BÁO CÁO MÔ HÌNH…", "Đơn vị: huyện Can Lộc") sit above the header; a real sheet has a handful.
const MAX_TITLE_ROWS = 50;

/**
 * Finds the header row below any title rows: the first row that names a model-name column and at least one
 * other known column. A second header row directly below fills the columns the first leaves blank or unknown, as
 * Excel writes merged headers ("Kết quả" above "Số hộ hiến đất", "Diện tích đất hiến (m2)"). Unknown headers,
 * repeated columns and impossible units are reported on the header cell and the column is ignored.
 *
 * @example
 * findHeader(readCsvRows('BÁO CÁO\nSTT;Tên mô hình;Lĩnh vực\n1;A;KT').rows, []);
 * // { dataStart: 2, columns: [{ kind: 'row-number' }, { kind: 'name' }, { kind: 'field' }], … }
 */
export function findHeader(rows: readonly CsvRow[], issues: ValidationIssue[]): CsvHeader | undefined {
  for (let i = 0; i < rows.length && i < MAX_TITLE_ROWS; i++) {
    const row = rows[i] as CsvRow;
    const cells = row.cells.map(readHeaderCell);
    if (!isHeader(cells)) continue;
    let dataStart = i + 1;
    const next = rows[dataStart];
    if (next && isSubHeader(cells, next)) {
      const sub = next.cells.map(readHeaderCell);
      for (let c = 0; c < sub.length; c++) {
        if (!cells[c]?.role && (sub[c]?.role || sub[c]?.badUnit)) cells[c] = sub[c] as HeaderCell;
      }
      dataStart++;
      report(row, next, cells, issues);
    } else report(row, undefined, cells, issues);
    return { dataStart, row, columns: dedupe(cells, row, next, dataStart > i + 1, issues) };
  }
  return undefined;
}

function isHeader(cells: readonly HeaderCell[]): boolean {
  let name = false;
  let others = 0;
  for (const c of cells) {
    if (c.role?.kind === 'name') name = true;
    else if (c.role && c.role.kind !== 'row-number') others++;
  }
  return name && others > 0;
}

function isSubHeader(header: readonly HeaderCell[], next: CsvRow): boolean {
  let adds = false;
  for (let c = 0; c < next.cells.length; c++) {
    const text = (next.cells[c] as string).trim();
    if (text === '') continue;
    if (header[c]?.role) return false; // data under a known column: this is a data row
    const cell = readHeaderCell(text);
    if (!cell.role && !cell.badUnit) return false;
    adds = true;
  }
  return adds;
}

function report(row: CsvRow, sub: CsvRow | undefined, cells: readonly HeaderCell[], issues: ValidationIssue[]): void {
  const width = Math.max(row.cells.length, sub?.cells.length ?? 0);
  for (let c = 0; c < width; c++) {
    const cell = cells[c];
    const own = (row.cells[c] ?? '').trim();
    const under = (sub?.cells[c] ?? '').trim();
    const at = { row: under && !cell?.role ? (sub as CsvRow).line : row.line, column: c + 1, path: ['columns', c] };
    if (cell?.badUnit) {
      const { metric, unit } = cell.badUnit;
      issues.push(createIssue('impossible_unit', 'error', at, { unit, metric, expected: UNIT_INFO[METRIC_UNITS[metric]].dimension }));
    } else if (!cell?.role && (own || under)) {
      issues.push(createIssue('unknown_column', 'warning', at, { value: shown(under || own) }));
    }
  }
}

function dedupe(
  cells: readonly HeaderCell[],
  row: CsvRow,
  sub: CsvRow | undefined,
  merged: boolean,
  issues: ValidationIssue[],
): (ColumnRole | undefined)[] {
  const seen = new Set<string>();
  return cells.map((cell, c) => {
    const role = cell.role;
    if (!role || role.kind === 'row-number') return role;
    const slot = role.kind === 'metric' ? `metric:${role.metric}` : role.kind === 'commune' ? 'place' : role.kind;
    if (!seen.has(slot)) {
      seen.add(slot);
      return role;
    }
    const line = merged && !(row.cells[c] ?? '').trim() ? (sub as CsvRow).line : row.line;
    const text = ((merged ? sub?.cells[c] : undefined) || row.cells[c] || '').trim();
    issues.push(createIssue('duplicate_column', 'warning', { row: line, column: c + 1, path: ['columns', c] }, { value: shown(text) }));
    return undefined;
  });
}

/** Header text as a message quotes it: NFC, without invisible controls, at most 60 characters. */
function shown(text: string): string {
  return cleanText(text.slice(0, 120)).text.slice(0, 60);
}
