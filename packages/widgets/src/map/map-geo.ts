import { LoadError } from '@danvan/core';
import { feature } from 'topojson-client';
import { planarBounds, planarCentroid, rewind, type Box, type Polygon } from './planar-path.js';

/** One feature of a boundary file that has an area to draw. */
export interface GeoShape {
  /** The feature's `id`, when it has one. */
  readonly id: unknown;
  /** The feature's properties, as read (an empty object when it had none). */
  readonly properties: Readonly<Record<string, unknown>>;
  /**
   * Its polygons on the plane, y pointing down: `x = longitude · cos φ0`, `y = −latitude` for longitude/latitude
   * files (φ0 the middle latitude of the file), `x`, `−y` of the file's own coordinates otherwise. Rings are
   * ordered by `rewind`, whatever order the file used.
   */
  readonly polygons: readonly Polygon[];
  /** The box around it: orders shapes north to south, west to east, and places tooltips. */
  readonly box: Box;
  /** The centroid of its largest polygon and that polygon's area: where its symbol goes. */
  readonly anchor: readonly [x: number, y: number, area: number];
}

/** The shapes of a boundary file, ready to fit. */
export interface GeoLayer {
  readonly shapes: readonly GeoShape[];
  /** The box around every shape. */
  readonly box: Box;
}

type Json = Record<string, unknown>;
type Topology = Parameters<typeof feature>[0];

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a parsed TopoJSON or GeoJSON document (FeatureCollection, Feature or bare geometry) into shapes: polygons
 * and multipolygons only (points and lines have no area to fill), rings with fewer than four finite points
 * dropped. TopoJSON's first object is used, converted with topojson-client's `feature`. Longitude and latitude
 * (every coordinate within ±180, ±90) are projected on the plane: one province spans a degree or two, so an
 * equirectangular projection at its middle latitude keeps shapes true to within a percent, and ring order cannot
 * turn a polygon inside out (see `planar-path.ts`). Throws a `LoadError` (`invalid_data`) when the document holds
 * no polygon.
 *
 * @example
 * const layer = readGeo(JSON.parse(text));
 * layer.shapes[0].properties.code; // '443'
 */
export function readGeo(doc: unknown): GeoLayer {
  const raw: { id: unknown; properties: Json; polygons: Polygon[] }[] = [];
  for (const f of toFeatures(doc)) {
    const polygons = polygonsOf(f['geometry']);
    if (polygons.length) raw.push({ id: f['id'], properties: isObject(f['properties']) ? f['properties'] : {}, polygons });
  }
  if (raw.length === 0) throw new LoadError('invalid_data', { detail: 'no polygons in the boundary file' });
  const [x0, y0, x1, y1] = planarBounds(raw.flatMap((s) => s.polygons));
  const k = x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90 ? Math.cos((((y0 + y1) / 2) * Math.PI) / 180) : 1;
  const shapes = raw.map((s): GeoShape => {
    const polygons = s.polygons.map((p) => rewind(p.map((ring) => ring.map(([x, y]) => [x * k, -y] as const))));
    const anchor = polygons.map(planarCentroid).reduce((a, b) => (b[2] > a[2] ? b : a));
    return { id: s.id, properties: s.properties, polygons, box: planarBounds(polygons), anchor };
  });
  return { shapes, box: [x0 * k, -y1, x1 * k, -y0] };
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
function polygonsOf(geometry: unknown, depth = 0): Polygon[] {
  if (!isObject(geometry) || depth > 8) return [];
  const { type, coordinates: c, geometries } = geometry;
  if (type === 'GeometryCollection') return Array.isArray(geometries) ? geometries.flatMap((g) => polygonsOf(g, depth + 1)) : [];
  const polygons = type === 'Polygon' ? [c] : type === 'MultiPolygon' ? c : undefined;
  return Array.isArray(polygons) ? polygons.map((p) => (Array.isArray(p) ? rings(p) : [])).filter((p) => p.length) : [];
}

/** A polygon's usable rings; none when its outer ring is unusable. */
function rings(polygon: unknown[]): Polygon {
  const out: (readonly [number, number])[][] = [];
  for (const [i, ring] of polygon.entries()) {
    const points = Array.isArray(ring) ? ring.flatMap((p) => (Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [[p[0], p[1]] as const] : [])) : [];
    if (points.length >= 4) out.push(points);
    else if (i === 0) return [];
  }
  return out;
}
