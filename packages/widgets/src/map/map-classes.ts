import { ticks } from '../internal/ticks.js';

/**
 * How a choropleth cuts values into classes: `quantize`, equal intervals with round bounds (the `thresholds`
 * attribute sets the bounds by hand instead).
 */
export const CLASS_METHODS = ['quantize'] as const;

/** A classing method: `quantize` (equal, rounded intervals). */
export type ClassMethod = (typeof CLASS_METHODS)[number];

/** How many colours the map's ramp has; at most that many classes. */
export const RAMP_SIZE = 5;

/** A choropleth's classes. */
export interface Classes {
  /** Class `i` holds the values from `thresholds[i - 1]` (included) to `thresholds[i]` (excluded). */
  readonly thresholds: readonly number[];
  /** The ramp colour (0 to RAMP_SIZE - 1) of each class: spread over the ramp when there are fewer classes. */
  readonly ramp: readonly number[];
  /** The smallest and largest value classed. */
  readonly extent: readonly [number, number];
}

/**
 * Reads a `thresholds` attribute: plain numbers (dot as decimal mark) separated by commas, spaces or semicolons,
 * kept in ascending order without repeats, at most RAMP_SIZE - 1 of them. Undefined when it holds none.
 *
 * @example
 * parseThresholds('1000, 100;500'); // [100, 500, 1000]
 */
export function parseThresholds(text: string | undefined): number[] | undefined {
  if (!text) return undefined;
  const values = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite);
  const sorted = [...new Set(values)].sort((a, b) => a - b).slice(0, RAMP_SIZE - 1);
  return sorted.length ? sorted : undefined;
}

/**
 * Cuts values into at most RAMP_SIZE classes: at the `given` thresholds, else on round numbers (d3's ticks)
 * between the smallest and largest value, so the legend reads "1.000–1.500" (with uneven data, most units can
 * share a class: `thresholds` then serve better).
 *
 * @example
 * classBreaks([536, 985, 1623, 2292]).thresholds; // [1000, 1500, 2000]
 */
export function classBreaks(values: readonly number[], given?: readonly number[]): Classes {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const lo = sorted[0] ?? 0;
  const hi = sorted.at(-1) ?? 0;
  // d3 rounds the step to 1, 2 or 5 times a power of ten, which can give a bound too many: the top class then
  // takes the rest ("≥ 400" rather than "400–500" and "≥ 500").
  const thresholds = given ?? ticks(lo, hi, RAMP_SIZE - 1).filter((t) => t > lo && t < hi).slice(0, RAMP_SIZE - 1);
  const n = thresholds.length + 1;
  const ramp = Array.from({ length: n }, (_, i) => (n === 1 ? Math.floor(RAMP_SIZE / 2) : Math.round((i * (RAMP_SIZE - 1)) / (n - 1))));
  return { thresholds, ramp, extent: [lo, hi] };
}

/**
 * The class a value falls in.
 *
 * @example
 * classOf({ thresholds: [100, 500], ramp: [0, 2, 4], extent: [0, 900] }, 500); // 2
 */
export function classOf(classes: Classes, value: number): number {
  let i = 0;
  while (i < classes.thresholds.length && value >= classes.thresholds[i]!) i++;
  return i;
}

/**
 * The legend's words for each class, numbers written the reader's way by `f`: "< 1.000", "1.000–1.500",
 * "≥ 2.000". A single class reads as the range of its values.
 *
 * @example
 * classLabels({ thresholds: [1000, 1500], ramp: [0, 2, 4], extent: [536, 2292] }, (v) => formatNumber(v, 'en')); // ['< 1,000', '1,000–1,500', '≥ 1,500']
 */
export function classLabels(classes: Classes, f: (value: number) => string): string[] {
  const t = classes.thresholds;
  if (t.length === 0) {
    const [lo, hi] = classes.extent;
    return [lo === hi ? f(lo) : `${f(lo)}–${f(hi)}`];
  }
  return [`< ${f(t[0]!)}`, ...t.slice(1).map((v, i) => `${f(t[i]!)}–${f(v)}`), `≥ ${f(t.at(-1)!)}`];
}
