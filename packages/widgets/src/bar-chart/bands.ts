/** Where the bands of a band scale fall: the left edge of band `i`, and the width every band has. */
export interface Bands {
  readonly x: (i: number) => number;
  readonly width: number;
}

/**
 * `count` equal bands across `[0, width]`, a quarter of a step apart, with a tenth of a step outside the first
 * and the last: d3-scale's `scaleBand().paddingInner(0.25).paddingOuter(0.1)` for a domain of `count` distinct
 * keys, in the same arithmetic (so the drawings are the same to the last digit). Why not d3-scale: its band scale
 * brings d3-scale's ordinal scale and d3-array's `InternMap` and `range`, over 1 KB brotli for five lines.
 *
 * @example
 * const b = bands(4, 400); // b.x(0) ≈ 10.127, b.x(1) ≈ 111.392, b.width ≈ 75.949
 */
export function bands(count: number, width: number): Bands {
  const step = width / Math.max(1, count - 0.25 + 0.2);
  const start = (width - step * (count - 0.25)) * 0.5;
  return { x: (i) => start + step * i, width: step * 0.75 };
}
