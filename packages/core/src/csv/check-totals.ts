import { exactInterval, toInterval, type Interval } from '../number/interval.js';
import { reconcile } from '../number/reconcile.js';
import { reportedQualifier, reportedValue, type ReportedNumber } from '../number/reported-number.js';
import { sumIntervals } from '../number/sum-intervals.js';
import { createIssue } from '../validate/create-issue.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
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
      const inBase = toInterval({ value: reportedValue(stated) * factor, qualifier: reportedQualifier(stated) });
      if (sums.some((s) => s === undefined || agrees(inBase, s))) return;
      const first = sums[0] as Interval;
      issues.push(
        createIssue('total_row_mismatch', 'warning', { row: total.line, column, path: ['totals'] }, {
          total: reportedValue(stated),
          totalQualifier: reportedQualifier(stated),
          sum: Number((first.value / factor).toPrecision(10)),
          sumQualifier: first.qualifier,
          unit,
        }),
      );
    };
    const count = total.label.count;
    if (count) check(count.column, count.value, 'model', (scope) => exactInterval(scope.length));
    for (const [c, cell] of total.metrics) {
      if (!cell) continue;
      check(c + 1, cell.value, cell.unit, (scope) => {
        if (scope !== rows) return columnSum(scope, c);
        if (!whole.has(c)) whole.set(c, columnSum(rows, c));
        return whole.get(c);
      });
    }
  });
}

/** A column's cells added up in base units (m, m²), or undefined when one of them was bad. */
function columnSum(rows: readonly ModelRow[], column: number): Interval | undefined {
  const parts: Interval[] = [];
  for (const row of rows) {
    const cell = row.metrics.get(column);
    if (cell === null) return undefined;
    if (cell === undefined) continue;
    const value = reportedValue(cell.value) * UNIT_INFO[cell.unit].factor;
    parts.push(toInterval({ value, qualifier: reportedQualifier(cell.value) }));
  }
  return sumIntervals(parts);
}

function agrees(total: Interval, sum: Interval): boolean {
  // Sums of decimals carry binary noise (0.1 + 0.2); ten significant digits is far finer than any report.
  const r = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(10)) : x);
  const round = (i: Interval): Interval => ({ ...i, value: r(i.value), low: r(i.low), high: r(i.high) });
  return r(total.value) === r(sum.value) || reconcile(round(total), [round(sum)]).consistent;
}
