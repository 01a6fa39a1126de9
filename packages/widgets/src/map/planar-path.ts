/**
 * Planar geometry for boundary maps: what d3-geo's `geoPath(geoIdentity().fitExtent(…)).digits(1)` did for
 * `<dv-map>`, with the same path strings.
 *
 * Why not d3-geo: this registry ships it as one dist bundle, and `geoPath` drags in its area, bounds, centroid and
 * length streams and the whole projection stream machinery. `geoPath` + `geoIdentity` alone are 18.7 KB minified,
 * 6.5 KB brotli; in the CDN bundle d3-geo was 16.0 KB minified, and replacing it with this module (0.9 KB minified)
 * cut the map's cost from 13.8 to 8.4 KB brotli (measured with esbuild as `npm run size:why` bundles). Once
 * `readGeo` has projected longitude and latitude onto the plane, all that is left to do is bounds, a fit of the
 * box, path strings and centroids.
 *
 * Winding: a spherical projection reads a ring's order to know which side is inside (a ring splits the sphere in
 * two, and either half can be the polygon), so a ring given the other way round fills the globe. On the plane
 * there is no sphere for a ring to wrap around: the inside of a ring is the bounded side whatever its order, and
 * RFC 7946's counter-clockwise rings and d3's clockwise ones draw the same. Paths are filled with the even-odd
 * rule (`fill-rule="evenodd"`), so a hole stays a hole whatever its order relative to its outer ring; `rewind`
 * still orders rings one way, so that both orders give the same path strings and centroids.
 *
 * @module
 */

/** A point on the plane, y pointing down (as in SVG). */
export type Point = readonly [number, number];

/** A polygon: its outer ring, then its holes. Rings are closed as GeoJSON has them (the last point repeats the first). */
export type Polygon = readonly (readonly Point[])[];

/** `[xmin, ymin, xmax, ymax]`. */
export type Box = readonly [number, number, number, number];

/** A uniform scale `k` and an offset: a point `[x, y]` is drawn at `[x·k + dx, y·k + dy]`. */
export interface Fit {
  readonly k: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * The box around polygons' outer rings (holes lie inside them).
 *
 * @example
 * planarBounds([[[[0, 0], [4, 0], [4, 2], [0, 0]]]]); // [0, 0, 4, 2]
 */
export function planarBounds(polygons: readonly Polygon[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0]!) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return [x0, y0, x1, y1];
}

/**
 * The scale and offset that fit `box` in `extent`, centred, keeping its proportions (d3's `fitExtent`).
 *
 * @example
 * fitBox([0, 0, 10, 5], [0, 0, 100, 100]); // { k: 10, dx: 0, dy: 25 }
 */
export function fitBox([x0, y0, x1, y1]: Box, [ex0, ey0, ex1, ey1]: Box): Fit {
  const [w, h] = [ex1 - ex0, ey1 - ey0];
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return { k, dx: ex0 + (w - k * (x0 + x1)) / 2, dy: ey0 + (h - k * (y0 + y1)) / 2 };
}

/**
 * SVG path data for polygons placed by `fit`: each ring `M…L…Z`, numbers rounded to one decimal (a tenth of a
 * pixel), as d3's `geoPath().digits(1)` writes them.
 *
 * @example
 * planarPath([[[[0, 0], [1, 0], [1, 1], [0, 0]]]], { k: 10, dx: 5, dy: 5 }); // 'M5,5L15,5L15,15Z'
 */
export function planarPath(polygons: readonly Polygon[], { k, dx, dy }: Fit): string {
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // The closing point is drawn by Z.
      const [first, last] = [ring[0]!, ring.at(-1)!];
      const n = ring.length - (first[0] === last[0] && first[1] === last[1] ? 1 : 0);
      for (let i = 0; i < n; i++) d += `${i ? 'L' : 'M'}${Math.round((ring[i]![0] * k + dx) * 10) / 10},${Math.round((ring[i]![1] * k + dy) * 10) / 10}`;
      d += 'Z';
    }
  }
  return d;
}

/**
 * A polygon's centroid and area, holes taken out (their rings wound against the outer one, as `rewind` leaves
 * them): where a proportional symbol goes. NaN coordinates for a polygon of no area.
 *
 * @example
 * planarCentroid([[[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]]]); // [1, 1, 4]
 */
export function planarCentroid(polygon: Polygon): [x: number, y: number, area: number] {
  let [a, mx, my] = [0, 0, 0];
  for (const ring of polygon) {
    const [ra, rx, ry] = moments(ring);
    a += ra;
    mx += rx;
    my += ry;
  }
  return [mx / (3 * a), my / (3 * a), Math.abs(a / 2)];
}

/**
 * A polygon with its outer ring counter-clockwise and its holes clockwise as the reader sees them (north up),
 * whatever order the file used.
 *
 * @example
 * rewind([[[0, 0], [2, 0], [2, 2], [0, 0]]]); // [[[0, 0], [2, 2], [2, 0], [0, 0]]]
 */
export function rewind(polygon: Polygon): Polygon {
  // With y pointing down, a ring that turns counter-clockwise on screen has a negative shoelace sum.
  return polygon.map((ring, i) => (moments(ring)[0] < 0 === (i === 0) ? ring : [...ring].reverse()));
}

/** Twice a ring's signed area (the shoelace sum) and its first moments, times six. */
function moments(ring: readonly Point[]): [number, number, number] {
  let [a, mx, my] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [[x0, y0], [x1, y1]] = [ring[j]!, ring[i]!];
    const c = x0 * y1 - x1 * y0;
    a += c;
    mx += (x0 + x1) * c;
    my += (y0 + y1) * c;
  }
  return [a, mx, my];
}
