import { exactInterval, toInterval, type Interval } from '../number/interval.js';
import { reconcile } from '../number/reconcile.js';
import { reportedQualifier, reportedValue, type ReportedNumber } from '../number/reported-number.js';
import { scaleInterval } from '../number/scale-interval.js';
import { createIntervalSum } from '../number/sum-intervals.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import { pushIssue } from './push-issue.js';
import type { ModelRow } from './read-model-row.js';
import type { MetricCell } from './read-metric-cells.js';
import type { TotalsLabel } from './read-totals-label.js';

/** A totals row found in a sheet, with what it states. */
export interface TotalsRow {
  readonly line: number;
  /** How many data rows come before it. */
  readonly after: number;
  readonly label: TotalsLabel;
  /** Its figures by column index. */
  readonly metrics: ReadonlyMap<number, MetricCell | null>;
}

/**
 * Sets each totals row against the rows it adds up: the stated count of models against the number of data rows
 * (good or bad: the office counted them all), and each figure against its column's sum, in the column's base unit
 * (916 m and 7,1 km add up). With one totals row, it covers the whole sheet; with several (subtotals, then a
 * grand total), each may cover the rows since the previous totals row or the whole sheet, and a mismatch is
 * reported against the former, or the latter for the last totals row. Hedges count: a total disagrees only
 * when no true values fit both it and its parts *and* its stated figure differs from the parts' stated figures
 * added up (an office that writes "1.500" under "hơn 1.000" and "500" added what it saw). A column with a bad
 * cell is not checked: its sum is unknown. Each row is added up once per scope, so the check is linear.
 *
 * @example
 * checkTotals(rows, totals, issues); // pushes total_row_mismatch warnings
 */
export function checkTotals(rows: readonly ModelRow[], totals: readonly TotalsRow[], issues: ValidationIssue[]): void {
  const whole = new Map<number, Interval | undefined>();
  let previous = 0;
  totals.forEach((total, i) => {
    const section = rows.slice(previous, (previous = total.after));
    // The scope a mismatch is reported against comes first: the section for a subtotal, the whole sheet for the
    // last totals row (the grand total, when there are subtotals).
    const scopes = totals.length === 1 ? [rows] : i === totals.length - 1 ? [rows, section] : [section, rows];
    const check = (column: number, stated: ReportedNumber, unit: Unit, sum: (scope: readonly ModelRow[]) => Interval | undefined) => {
      const factor = UNIT_INFO[unit].factor;
      const sums = scopes.map(sum);
      const inBase = scaleInterval(toInterval(stated), factor);
      if (sums.some((s) => !s || agrees(inBase, s))) return;
      const first = sums[0] as Interval;
      pushIssue(issues, 'total_row_mismatch', 'warning', total.line, column, ['totals'], {
        total: reportedValue(stated),
        totalQualifier: reportedQualifier(stated),
        sum: Number((first.value / factor).toPrecision(10)),
        sumQualifier: first.qualifier,
        unit,
      });
    };
    const count = total.label.count;
    if (count) check(count.column, count.value, 'model', (scope) => exactInterval(scope.length));
    for (const [c, cell] of total.metrics) {
      if (!cell) continue;
      check(c, cell.value, cell.unit, (scope) => {
        if (scope !== rows) return columnSum(scope, c);
        if (!whole.has(c)) whole.set(c, columnSum(rows, c));
        return whole.get(c);
      });
    }
  });
}

/** A column's cells added up in base units (m, m²), or undefined when one of them was bad. */
function columnSum(rows: readonly ModelRow[], column: number): Interval | undefined {
  const sum = createIntervalSum();
  for (const { metrics } of rows) {
    const cell = metrics.get(column);
    if (cell === null) return undefined;
    if (cell) sum.add(toInterval(cell.value), UNIT_INFO[cell.unit].factor);
  }
  return sum.result();
}

// Stated figures that are the same but for the binary noise of sums of decimals (0.1 + 0.2) agree, and so do
// intervals that meet (`reconcile` allows for that noise at their ends).
function agrees(total: Interval, sum: Interval): boolean {
  const { consistent, difference } = reconcile(total, [sum]);
  return consistent || Math.abs(difference) <= 1e-9 * Math.abs(total.value);
}
