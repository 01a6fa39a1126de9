import { LoadError } from '@danvan/core';
import { planarBounds, planarCentroid, rewind, type Box, type Point, type Polygon } from './planar-path.js';

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

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a parsed TopoJSON or GeoJSON document (FeatureCollection, Feature or bare geometry) into shapes: polygons
 * and multipolygons only (points and lines have no area to fill), rings with fewer than four finite points
 * dropped. TopoJSON's first object is used, its arcs decoded here (see `topologyRings`). Longitude and latitude
 * (every coordinate within ±180, ±90) are projected on the plane: one province spans a degree or two, so an
 * equirectangular projection at its middle latitude keeps shapes true to within a percent, and ring order cannot
 * turn a polygon inside out (see `planar-path.ts`). Throws a `LoadError` (`invalid_data`) when the document holds
 * no polygon, and a TypeError when a topology's arcs are broken.
 *
 * @example
 * const layer = readGeo(JSON.parse(text));
 * layer.shapes[0].properties.code; // '443'
 */
export function readGeo(doc: unknown): GeoLayer {
  // Anything but a document with polygons ends as no polygons, and throws below.
  const type = isObject(doc) && doc['type'];
  const topology = type === 'Topology';
  // A TopoJSON geometry carries its own id and properties, and arc indices where GeoJSON has coordinates.
  let features: unknown = [{ geometry: doc }];
  let ring = (r: unknown[]): unknown[] => r;
  if (topology) {
    const { objects } = doc as Json;
    const first = isObject(objects) ? Object.values(objects).find(isObject) : undefined;
    ring = topologyRings(doc as Json);
    features = first?.['type'] === 'GeometryCollection' ? first['geometries'] : [first];
  } else if (type === 'FeatureCollection') features = (doc as Json)['features'];
  else if (type === 'Feature') features = [doc];
  const raw: { id: unknown; properties: Json; polygons: Polygon[] }[] = [];
  for (const f of Array.isArray(features) ? features.filter(isObject) : []) {
    const polygons = polygonsOf(topology ? f : f['geometry'], topology ? 'arcs' : 'coordinates', ring);
    if (polygons.length) raw.push({ id: f['id'], properties: isObject(f['properties']) ? f['properties'] : {}, polygons });
  }
  if (raw.length === 0) throw new LoadError('invalid_data');
  const [x0, y0, x1, y1] = planarBounds(raw.flatMap((s) => s.polygons));
  const k = x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90 ? Math.cos((((y0 + y1) / 2) * Math.PI) / 180) : 1;
  const shapes = raw.map((s): GeoShape => {
    const polygons = s.polygons.map((p) => rewind(p.map((r) => r.map(([x, y]) => [x * k, -y] as const))));
    const anchor = polygons.map(planarCentroid).reduce((a, b) => (b[2] > a[2] ? b : a));
    return { id: s.id, properties: s.properties, polygons, box: planarBounds(polygons), anchor };
  });
  return { shapes, box: [x0 * k, -y1, x1 * k, -y0] };
}

/**
 * How a topology's rings become points, as topojson-client's `feature` does it: arcs are decoded once (positions
 * are deltas from the previous one when the topology is quantized, then scaled and translated), and a ring is
 * its arcs end to end, `~i` standing for arc `i` reversed, each arc after the first without its first point (the
 * last point of the arc before).
 */
function topologyRings(topology: Json): (ids: unknown[]) => unknown[] {
  const t = topology['transform'] as { scale: number[]; translate: number[] } | undefined;
  const arcs = (topology['arcs'] as number[][][]).map((arc) => {
    let [x, y] = [0, 0];
    return t ? arc.map(([dx, dy]) => [(x += dx!) * t.scale[0]! + t.translate[0]!, (y += dy!) * t.scale[1]! + t.translate[1]!]) : arc;
  });
  return (ids) =>
    ids.flatMap((i, n) => {
      const arc = (i as number) < 0 ? [...arcs[~(i as number)]!].reverse() : arcs[i as number]!;
      return n ? arc.slice(1) : arc;
    });
}

/** The polygons of a geometry (its rings under `key`, read by `ring`), with their rings cleaned; collections are flattened. */
function polygonsOf(geometry: unknown, key: string, ring: (r: unknown[]) => unknown[], depth = 0): Polygon[] {
  if (!isObject(geometry) || depth > 8) return [];
  const { type, [key]: c, geometries } = geometry;
  if (type === 'GeometryCollection') return Array.isArray(geometries) ? geometries.flatMap((g) => polygonsOf(g, key, ring, depth + 1)) : [];
  const polygons = type === 'Polygon' ? [c] : type === 'MultiPolygon' ? c : undefined;
  return Array.isArray(polygons) ? polygons.map((p) => (Array.isArray(p) ? rings(p, ring) : [])).filter((p) => p.length) : [];
}

/** A polygon's usable rings (four finite points or more); none when its outer ring is unusable. */
function rings(polygon: unknown[], ring: (r: unknown[]) => unknown[]): Polygon {
  const all = polygon.map((r) => (Array.isArray(r) ? (ring(r).filter((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1])) as Point[]) : []));
  return all[0] && all[0].length >= 4 ? all.filter((r) => r.length >= 4) : [];
}
