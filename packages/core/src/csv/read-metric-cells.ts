import { labelsVi } from '../i18n/labels-vi.js';
import { readReportedText } from '../number/read-reported-text.js';
import type { ReportedNumber } from '../number/reported-number.js';
import { scaleBy } from '../number/scale-by.js';
import { createIssue } from '../validate/create-issue.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import type { ImportContext } from './import-context.js';
import { readCell } from './read-cell.js';
import type { CsvRow } from './read-csv-rows.js';

/** A metric cell as read: the figure as the sheet states it, and its unit. */
export interface MetricCell {
  readonly value: ReportedNumber;
  readonly unit: Unit;
}

// Dashes mean "nothing" in Vietnamese report tables, as an empty cell does.
const NOTHING = /^[-–—]$/;

/**
 * Reads a row's metric cells ("hơn 1.000", "7,1 km", "916m", "50" under "Kinh phí (triệu đồng)"), by column: the
 * unit is the cell's own if it names one, else the header's; the header's scale applies only when the cell names
 * neither unit nor scale. An empty cell or a lone dash is left out; a bad one (not a number, negative, or in a
 * unit that cannot measure the metric) is null, with a warning on the cell whose path starts with `key`.
 *
 * @example
 * readMetricCells({ cells: ['A', '7,1 km'], line: 5 }, ctx, 'outcomes'); // Map { 1 => { value: 7.1, unit: 'km' } }
 */
export function readMetricCells(row: CsvRow, ctx: ImportContext, key: 'outcomes' | 'totals'): Map<number, MetricCell | null> {
  const cells = new Map<number, MetricCell | null>();
  for (const c of ctx.active) {
    const role = ctx.columns[c];
    if (role?.kind !== 'metric') continue;
    const at = { row: row.line, column: c + 1, path: [key, role.metric] };
    // Figures in data rows are cells of the model, cleaned and checked like the others; a totals row's are only read.
    const text = key === 'outcomes' ? readCell(row, c, at.path, ctx.issues) : (row.cells[c] ?? '').trim();
    if (text === '' || NOTHING.test(text)) continue;
    const read = readReportedText(text, ctx.decimalMark);
    const metric = labelsVi.metric[role.metric];
    const unit = read?.unit ?? role.unit;
    const expected = UNIT_INFO[role.unit].dimension;
    const issue = !read
      ? createIssue('invalid_number', 'warning', at, { value: text.slice(0, 60) })
      : read.value < 0
        ? createIssue('negative_number', 'warning', at, { value: text.slice(0, 60), metric })
        : UNIT_INFO[unit].dimension !== expected
          ? createIssue('impossible_unit', 'warning', at, { unit, metric, expected })
          : undefined;
    if (issue || !read) {
      if (issue) ctx.issues.push(issue);
      cells.set(c, null);
      continue;
    }
    const value = read.unit || read.scaled ? read.value : scaleBy(read.value, role.scale);
    cells.set(c, { value: read.qualifier === 'exact' ? value : { value, qualifier: read.qualifier }, unit });
  }
  return cells;
}
