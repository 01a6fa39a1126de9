import type { GeoLayer, GeoShape } from './map-geo.js';
import { fitBox, planarPath } from './planar-path.js';

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
 * @example
 * const { height, drawings } = layoutShapes(layer, units.map((u) => u.shapes), 640);
 */
export function layoutShapes(layer: GeoLayer, units: readonly (readonly GeoShape[])[], width: number, maxHeight = 720): ShapesLayout {
  const [x0, y0, x1, y1] = layer.box;
  const height = Math.round(Math.min(Math.max(((width - 2 * PAD) * (y1 - y0)) / Math.max(x1 - x0, 1e-9) + 2 * PAD, 160), maxHeight));
  const { k, dx, dy } = fitBox(layer.box, [PAD, PAD, width - PAD, height - PAD]);
  const drawings = units.map((shapes): ShapeDrawing => {
    const [ax, ay, area] = shapes.map((s) => s.anchor).reduce((a, b) => (b[2] > a[2] ? b : a));
    const top = Math.min(...shapes.map((s) => s.box[1])) * k + dy;
    // A unit of no area has no centroid: its symbol goes to the top middle of its box.
    const cx = area > 0 ? ax : (Math.min(...shapes.map((s) => s.box[0])) + Math.max(...shapes.map((s) => s.box[2]))) / 2;
    return { d: planarPath(shapes.flatMap((s) => s.polygons), { k, dx, dy }), cx: cx * k + dx, cy: area > 0 ? ay * k + dy : top, top };
  });
  return { height, drawings };
}
