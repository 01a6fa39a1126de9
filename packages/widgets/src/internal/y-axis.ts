import { linear, type Linear } from './linear.js';
import { ticks } from './ticks.js';

/** Units counted in whole numbers: their axes never show "0,5". */
const WHOLE_UNITS: ReadonlySet<string> = new Set(['model', 'count', 'household', 'person', 'working-day']);

/** A y scale and the values of its gridlines. */
export interface YAxis {
  readonly y: Linear;
  readonly ticks: readonly number[];
}

/**
 * The y axis from 0 to the highest value, between `bottom` and `top` pixels: not rounded up (which can leave a
 * third of the chart empty), with 3 to 5 gridlines whatever the height, on whole numbers for counted units.
 *
 * @example
 * yAxis([1, 6], 'model', 334, 12).ticks; // [0, 2, 4, 6]
 */
export function yAxis(values: readonly number[], unit: string, bottom: number, top: number): YAxis {
  const whole = WHOLE_UNITS.has(unit);
  const max = Math.max(whole ? 2 : 0, ...values) || 1;
  const y = linear([0, max], [bottom, top]);
  const want = bottom - top < 170 ? 3 : bottom - top < 300 ? 4 : 5;
  for (const n of [want, want - 1, want + 1, 3, 4, 5, 2, 6]) {
    const t = ticks(0, max, n).filter((v) => !whole || Number.isInteger(v));
    if (t.length >= 3 && t.length <= 5) return { y, ticks: t };
  }
  return { y, ticks: ticks(0, max, want) };
}
