import { LoadError } from '@danvan/core';
import { feature } from 'topojson-client';

/** A polygon: rings of `[x, y]` points, the outer ring first, then its holes. */
export type PolygonRings = readonly (readonly (readonly [number, number])[])[];

/** One feature of a boundary file that has an area to draw. */
export interface GeoShape {
  /** The feature's `id`, when it has one. */
  readonly id: unknown;
  /** The feature's properties, as read (an empty object when it had none). */
  readonly properties: Readonly<Record<string, unknown>>;
  /**
   * Its polygons in map units: `x = longitude · cos φ0`, `y = latitude` for longitude/latitude files (φ0 the middle
   * latitude of the file), the file's own coordinates otherwise. Outer rings run counter-clockwise, holes
   * clockwise, whatever order the file used.
   */
  readonly polygons: readonly PolygonRings[];
  /** The middle of its bounding box, in map units: orders shapes north to south, west to east. */
  readonly centre: readonly [number, number];
}

/** The shapes of a boundary file, ready to project. */
export interface GeoLayer {
  readonly shapes: readonly GeoShape[];
  /** `[[xmin, ymin], [xmax, ymax]]` of every shape, in map units. */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
  /** Whether the file held longitude/latitude (every coordinate within ±180, ±90) rather than projected metres. */
  readonly geographic: boolean;
}

type Json = Record<string, unknown>;
type Topology = Parameters<typeof feature>[0];

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a parsed TopoJSON or GeoJSON document (FeatureCollection, Feature or bare geometry) into shapes: polygons
 * and multipolygons only (points and lines have no area to fill), rings with fewer than four finite points
 * dropped. TopoJSON's first object is used, converted with topojson-client's `feature`.
 *
 * Winding: d3-geo's spherical projections read a polygon's ring order to know which side is inside, so an RFC
 * 7946 (counter-clockwise) ring given to them as is can fill the whole globe. danvan projects on the plane
 * instead (an equirectangular pre-projection, see `GeoShape.polygons`, then d3's `geoIdentity`), where ring order
 * cannot turn a polygon inside out; every ring is still rewound here, outer rings counter-clockwise and holes
 * clockwise, so areas and centroids come out the same for files of either order, and shapes are filled with the
 * even-odd rule. Throws a `LoadError` (`invalid_data`) when the document holds no polygon.
 *
 * @example
 * const layer = readGeo(JSON.parse(text));
 * layer.shapes[0].properties.code; // '443'
 */
export function readGeo(doc: unknown): GeoLayer {
  const features = toFeatures(doc);
  const raw: { id: unknown; properties: Json; polygons: [number, number][][][] }[] = [];
  for (const f of features) {
    const polygons = polygonsOf(f['geometry']);
    if (polygons.length) raw.push({ id: f['id'], properties: isObject(f['properties']) ? f['properties'] : {}, polygons });
  }
  if (raw.length === 0) throw new LoadError('invalid_data', { detail: 'no polygons in the boundary file' });
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of raw) {
    for (const p of s.polygons) {
      for (const [x, y] of p[0]!) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  const geographic = x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90;
  // One province spans a degree or two: an equirectangular projection at its middle latitude keeps shapes true
  // to within a percent, at a fraction of the size of d3's spherical projections.
  const k = geographic ? Math.cos((((y0 + y1) / 2) * Math.PI) / 180) : 1;
  const shapes = raw.map((s): GeoShape => {
    const polygons = s.polygons.map((rings) => rings.map((ring, i) => wind(ring.map(([x, y]) => [x * k, y] as [number, number]), i === 0)));
    let [a, b, c, d] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of polygons) {
      for (const [x, y] of p[0]!) {
        a = Math.min(a, x);
        c = Math.max(c, x);
        b = Math.min(b, y);
        d = Math.max(d, y);
      }
    }
    return { id: s.id, properties: s.properties, polygons, centre: [(a + c) / 2, (b + d) / 2] };
  });
  return {
    shapes,
    bounds: [
      [x0 * k, y0],
      [x1 * k, y1],
    ],
    geographic,
  };
}

/** The features of a document: TopoJSON's first object, a GeoJSON collection, one feature or a bare geometry. */
function toFeatures(doc: unknown): Json[] {
  if (!isObject(doc)) throw new LoadError('invalid_data', { detail: 'not GeoJSON or TopoJSON' });
  if (doc['type'] === 'Topology') {
    const objects = doc['objects'];
    const first = isObject(objects) ? Object.values(objects).find(isObject) : undefined;
    if (!first || !Array.isArray(doc['arcs'])) throw new LoadError('invalid_data', { detail: 'TopoJSON without objects or arcs' });
    try {
      return toFeatures(feature(doc as unknown as Topology, first as unknown as Parameters<typeof feature>[1]));
    } catch (error) {
      if (error instanceof LoadError) throw error;
      throw new LoadError('invalid_data', { detail: 'broken TopoJSON', cause: error });
    }
  }
  if (doc['type'] === 'FeatureCollection') return Array.isArray(doc['features']) ? doc['features'].filter(isObject) : [];
  if (doc['type'] === 'Feature') return [doc];
  return [{ type: 'Feature', geometry: doc, properties: {} }];
}

/** The polygons of a geometry, with their rings cleaned; collections are flattened. */
function polygonsOf(geometry: unknown, depth = 0): [number, number][][][] {
  if (!isObject(geometry) || depth > 8) return [];
  const c = geometry['coordinates'];
  switch (geometry['type']) {
    case 'Polygon':
      return Array.isArray(c) ? [rings(c)].filter((p) => p.length) : [];
    case 'MultiPolygon':
      return Array.isArray(c) ? c.map((p) => (Array.isArray(p) ? rings(p) : [])).filter((p) => p.length) : [];
    case 'GeometryCollection': {
      const list = geometry['geometries'];
      return Array.isArray(list) ? list.flatMap((g) => polygonsOf(g, depth + 1)) : [];
    }
    default:
      return [];
  }
}

/** A polygon's usable rings; none when its outer ring is unusable. */
function rings(polygon: unknown[]): [number, number][][] {
  const out: [number, number][][] = [];
  for (const [i, ring] of polygon.entries()) {
    const points = Array.isArray(ring) ? ring.flatMap((p) => (Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [[p[0], p[1]] as [number, number]] : [])) : [];
    if (points.length >= 4) out.push(points);
    else if (i === 0) return [];
  }
  return out;
}

/** A ring turned counter-clockwise (outer) or clockwise (hole), with y pointing north. */
function wind(ring: [number, number][], outer: boolean): [number, number][] {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  // `area` is twice the signed area, positive when counter-clockwise.
  return area > 0 === outer ? ring : ring.reverse();
}
