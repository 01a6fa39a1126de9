import { labelsVi } from '../i18n/labels-vi.js';
import { readReportedText, toReported } from '../number/read-reported-text.js';
import type { ReportedNumber } from '../number/reported-number.js';
import { scaleBy } from '../number/scale-by.js';
import type { KnownMetric } from '../vocab/metrics.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import type { ImportContext } from './import-context.js';
import { pushIssue } from './push-issue.js';
import { readCell } from './read-cell.js';
import type { CsvRow } from './read-csv-rows.js';

/** A metric cell as read: its metric, the figure as the sheet states it, and its unit (an outcome of a model). */
export interface MetricCell {
  readonly metric: KnownMetric;
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
 * readMetricCells({ cells: ['A', '7,1 km'], line: 5 }, ctx, 'outcomes'); // Map { 1 => { metric: 'road-length', value: 7.1, unit: 'km' } }
 */
export function readMetricCells(row: CsvRow, ctx: ImportContext, key: 'outcomes' | 'totals'): Map<number, MetricCell | null> {
  const cells = new Map<number, MetricCell | null>();
  for (const c of ctx.active) {
    const role = ctx.columns[c];
    if (role?.kind !== 'metric') continue;
    const { metric } = role;
    const path = [key, metric];
    // Figures in data rows are cells of the model, cleaned and checked like the others; a totals row's are only read.
    const text = key === 'outcomes' ? readCell(row, c, path, ctx.issues) : (row.cells[c] ?? '').trim();
    if (text === '' || NOTHING.test(text)) continue;
    const read = readReportedText(text, ctx.decimalMark);
    const unit = read?.unit ?? role.unit;
    const expected = UNIT_INFO[role.unit].dimension;
    if (!read) pushIssue(ctx.issues, 'invalid_number', 'warning', row.line, c, path, text);
    else if (read.value < 0) pushIssue(ctx.issues, 'negative_number', 'warning', row.line, c, path, { value: text.slice(0, 60), metric: labelsVi.metric[metric] });
    else if (UNIT_INFO[unit].dimension !== expected) pushIssue(ctx.issues, 'impossible_unit', 'warning', row.line, c, path, { unit, metric: labelsVi.metric[metric], expected });
    else {
      const value = read.unit || read.scaled ? read.value : scaleBy(read.value, role.scale);
      cells.set(c, { metric, value: toReported(value, read.qualifier), unit });
      continue;
    }
    cells.set(c, null);
  }
  return cells;
}
