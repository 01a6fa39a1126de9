import { geoIdentity, geoPath } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import type { GeoLayer, GeoShape } from './map-geo.js';

/** A unit's drawing: one SVG path for all its shapes, and where its symbol and tooltip go. */
export interface ShapeDrawing {
  readonly d: string;
  /** The centroid of its largest polygon, in SVG pixels: inside the unit, not in the sea between two islands. */
  readonly cx: number;
  readonly cy: number;
  /** The top of its bounding box, where the tooltip points. */
  readonly top: number;
}

/** Shapes fitted to a box. */
export interface ShapesLayout {
  readonly height: number;
  readonly drawings: readonly ShapeDrawing[];
}

/** Room left around the shapes for the focus ring. */
const PAD = 6;

/**
 * Fits a boundary layer to `width` pixels and draws each unit's shapes as a path. The height follows the
 * layer's proportions, between 160 px and `maxHeight`; the shapes are centred in the box.
 *
 * The projection is d3's `geoIdentity` (y reflected, fitted with `fitExtent`) over the layer's planar map units
 * (`readGeo` pre-projects longitude and latitude), with `geoPath` drawing: about 6.6 KB brotli of d3-geo, against
 * 8.7 KB for `geoMercator`, and exact enough at the scale of a province.
 *
 * @example
 * const { height, drawings } = layoutShapes(layer, units.map((u) => u.shapes), 640);
 */
export function layoutShapes(layer: GeoLayer, units: readonly (readonly GeoShape[])[], width: number, maxHeight = 720): ShapesLayout {
  const [[x0, y0], [x1, y1]] = layer.bounds;
  const aspect = (y1 - y0) / Math.max(x1 - x0, 1e-9);
  const height = Math.round(Math.min(Math.max((width - 2 * PAD) * aspect + 2 * PAD, 160), maxHeight));
  // Fitting the bounding box is the same as fitting every point for a planar projection, and costs nothing.
  const box: GeoJSON.Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  };
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      box,
    );
  const path = geoPath(projection).digits(1);
  const drawings = units.map((shapes): ShapeDrawing => {
    const polygons = shapes.flatMap((s) => s.polygons) as unknown as GeoJSON.Position[][][];
    const multi: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
    let largest: GeoJSON.Polygon | undefined;
    let most = -1;
    for (const coordinates of polygons) {
      const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates };
      const area = Math.abs(path.area(polygon));
      if (area > most) [largest, most] = [polygon, area];
    }
    const [cx, cy] = largest ? path.centroid(largest) : [NaN, NaN];
    const [[bx0, by0], [bx1]] = path.bounds(multi);
    const ok = Number.isFinite(cx) && Number.isFinite(cy);
    return { d: path(multi) ?? '', cx: ok ? cx : (bx0 + bx1) / 2, cy: ok ? cy : by0, top: by0 };
  });
  return { height, drawings };
}
