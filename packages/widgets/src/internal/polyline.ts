/** A point of a polyline, `[x, y]`; `undefined` is a gap. */
export type Vertex = readonly [x: number, y: number] | undefined;

/**
 * SVG path data for straight segments through `points`, in order: `M x,y L x,y …`. An undefined point breaks the
 * line, and the next point starts a new subpath. Coordinates are rounded to 3 decimals (a thousandth of a pixel).
 * The output is d3-shape's `line()` with its default linear curve and `digits(3)`, character for character, so
 * drawings (and their SVG snapshots) are the same as before; like d3, a point alone between gaps is `M x,yZ` (a dot
 * under round line caps), and no points at all give an empty string where d3 gives `null`.
 *
 * Why not d3-shape: the registry ships it only as one dist bundle whose top-level statements esbuild cannot prove
 * pure, so importing `line` alone bundles 18.4 KB minified, 3.4 KB brotli (with d3-path), and `line` with the six
 * symbols 3.8 KB brotli, for what is here 0.2 KB minified, 0.15 KB brotli. Measured with esbuild 0.28 and d3-shape
 * 3.2.1, each import bundled alone.
 *
 * @example
 * polyline([[0, 0], [10, 5.12345], undefined, [20, 0], [30, 1]]); // "M0,0L10,5.123M20,0L30,1"
 */
export function polyline(points: Iterable<Vertex>): string {
  let d = '';
  // Points in the current subpath.
  let n = 0;
  for (const p of points) {
    if (p) d += `${n++ ? 'L' : 'M'}${round(p[0])},${round(p[1])}`;
    else {
      if (n === 1) d += 'Z';
      n = 0;
    }
  }
  return n === 1 ? `${d}Z` : d;
}

// d3-path's rounding: half up, and -0 prints as "0".
const round = (v: number): number => Math.round(v * 1000) / 1000;
