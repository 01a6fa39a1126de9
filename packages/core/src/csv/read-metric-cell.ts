import type { DecimalMark } from '../number/parse-number-text.js';
import { readReportedText } from '../number/read-reported-text.js';
import type { ReportedNumber } from '../number/reported-number.js';
import { scaleBy } from '../number/scale-by.js';
import { createIssue } from '../validate/create-issue.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import type { ColumnRole } from './read-header-cell.js';

/** A metric cell as read: the figure as the sheet states it, and its unit. */
export interface MetricCell {
  readonly value: ReportedNumber;
  readonly unit: Unit;
}

type MetricRole = Extract<ColumnRole, { kind: 'metric' }>;

// Dashes mean "nothing" in Vietnamese report tables, as an empty cell does.
const NOTHING = /^[-–—]$/;

/**
 * Reads a metric cell ("hơn 1.000", "7,1 km", "916m", "50" under "Kinh phí (triệu đồng)"): the unit is the
 * cell's own if it names one, else the header's; the header's scale applies only when the cell names neither
 * unit nor scale. Returns undefined for an empty cell or a lone dash, and null for a bad one (reported as a
 * warning on the cell: not a number, negative, or a unit that cannot measure the metric).
 *
 * @example
 * readMetricCell('7,1 km', roadLength, undefined, { row: 5, column: 6, path: ['outcomes', 'road-length'] }, issues);
 * // { value: 7.1, unit: 'km' }
 */
export function readMetricCell(
  text: string,
  role: MetricRole,
  decimalMark: DecimalMark | undefined,
  at: { readonly row: number; readonly column: number; readonly path: readonly (string | number)[] },
  issues: ValidationIssue[],
  label: string,
): MetricCell | null | undefined {
  if (text === '' || NOTHING.test(text)) return undefined;
  const read = readReportedText(text, decimalMark);
  if (!read) {
    issues.push(createIssue('invalid_number', 'warning', at, { value: text.slice(0, 60) }));
    return null;
  }
  if (read.value < 0) {
    issues.push(createIssue('negative_number', 'warning', at, { value: text.slice(0, 60), metric: label }));
    return null;
  }
  const unit = read.unit ?? role.unit;
  const expected = UNIT_INFO[role.unit].dimension;
  if (UNIT_INFO[unit].dimension !== expected) {
    issues.push(createIssue('impossible_unit', 'warning', at, { unit, metric: label, expected }));
    return null;
  }
  const value = read.unit || read.scaled ? read.value : scaleBy(read.value, role.scale);
  return { value: read.qualifier === 'exact' ? value : { value, qualifier: read.qualifier }, unit };
}
