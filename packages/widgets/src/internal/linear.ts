/** A linear mapping from data values to pixels. */
export type Linear = (value: number) => number;

/**
 * A linear scale for lengths of bars and positions of points: `domain` mapped onto `range`, unrounded, so that the
 * longest bar or the highest point spans the room it has. d3-scale's `scaleLinear` would do, but it brings
 * d3-interpolate and d3-color (about 8 KB compressed) for colour and string ranges that danvan never uses; danvan's
 * scales only map numbers to pixels. Gridline values come from `ticks`.
 *
 * @example
 * const x = linear([0, 8000], [0, 500]);
 * x(4000); // 250
 */
export function linear(domain: readonly [number, number], range: readonly [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}
