import type { ValidationIssue } from '../validate/validation-issue.js';
import { METRIC_UNITS } from '../vocab/metrics.js';
import { UNIT_INFO } from '../vocab/units.js';
import { pushIssue } from './push-issue.js';
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
  /** Whether each column has header text, in the header row or the one below it; columns past the last have none. */
  readonly named: readonly boolean[];
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
    const kinds = cells.map((c) => c.role?.kind);
    if (!kinds.includes('name') || !kinds.some((k) => k && k !== 'name' && k !== 'row-number')) continue;
    const next = rows[i + 1];
    const sub = next && subHeader(cells, next);
    sub?.forEach((cell, c) => {
      if (!cells[c]?.role && (cell.role || cell.badUnit)) cells[c] = cell;
    });
    const seen = new Set<string>();
    const columns = Array.from(cells, (cell, c) => {
      // A header taken from the second row: its issues point at that row.
      const { line, cells: texts } = cell !== undefined && cell === sub?.[c] ? (next as CsvRow) : row;
      const text = texts[c] ?? '';
      const role = cell?.role;
      // One column per kind (a commune column is the place) and per metric.
      const slot = role?.kind === 'metric' ? role.metric : role?.kind === 'commune' ? 'place' : role?.kind;
      if (cell?.badUnit) {
        const { metric, unit } = cell.badUnit;
        pushIssue(issues, 'impossible_unit', 'error', line, c, ['columns', c], { unit, metric, expected: UNIT_INFO[METRIC_UNITS[metric]].dimension });
      } else if (!slot) {
        if (text.trim()) pushIssue(issues, 'unknown_column', 'warning', line, c, ['columns', c], text);
      } else if (slot !== 'row-number' && seen.has(slot)) {
        pushIssue(issues, 'duplicate_column', 'warning', line, c, ['columns', c], text);
        return undefined;
      } else seen.add(slot);
      return role;
    });
    const below = sub ? (next as CsvRow).cells : [];
    const named = Array.from({ length: Math.max(row.cells.length, below.length) }, (_, c) => !!(row.cells[c]?.trim() || below[c]?.trim()));
    return { dataStart: i + (sub ? 2 : 1), row, columns, named };
  }
  return undefined;
}

/** The cells of a second header row: each non-empty one names a column the header leaves unnamed. */
function subHeader(header: readonly HeaderCell[], next: CsvRow): HeaderCell[] | undefined {
  const cells = next.cells.map(readHeaderCell);
  let adds = false;
  for (let c = 0; c < cells.length; c++) {
    if ((next.cells[c] as string).trim() === '') continue;
    // Data under a known column, or text that names nothing: a data row.
    if (header[c]?.role || !(cells[c]?.role || cells[c]?.badUnit)) return undefined;
    adds = true;
  }
  return adds ? cells : undefined;
}
