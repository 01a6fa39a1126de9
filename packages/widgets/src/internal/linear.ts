import { nice, ticks } from 'd3-array';

/** A linear mapping from data values to pixels, with d3's nice domain and tick values. */
export interface Linear {
  (value: number): number;
  readonly domain: readonly [number, number];
  ticks(count?: number): number[];
}

/**
 * A linear scale for lengths of bars and positions of points. d3-scale's `scaleLinear` would do, but it brings
 * d3-interpolate and d3-color (about 8 KB compressed) for colour and string ranges that danvan never uses; danvan's
 * scales only map numbers to pixels, so this is d3-array's `nice` and `ticks` and one line of arithmetic.
 *
 * @example
 * const x = linear([0, 7900], [0, 500]); // domain made nice: [0, 8000]
 * x(4000); // 250
 */
export function linear(domain: readonly [number, number], range: readonly [number, number], niceCount = 5): Linear {
  const [d0, d1] = niceCount > 0 ? nice(domain[0], domain[1], niceCount) : domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as Linear;
  Object.defineProperties(scale, {
    domain: { value: [d0, d1] as const },
    ticks: { value: (count = niceCount) => ticks(d0, d1, count) },
  });
  return scale;
}
