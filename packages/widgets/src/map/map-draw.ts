import { ticks } from '../internal/ticks.js';
import { textWidth } from '../internal/text-width.js';
import type { Tile } from '@danvan/core';
import { classOf, type Classes } from './map-classes.js';
import type { GeoLayer, GeoShape } from './map-geo.js';
import { layoutShapes } from './map-shapes.js';
import { layoutTiles, TILE_PAD, type TileBox, type TileEdge } from './map-tiles.js';

/** How figures are drawn: coloured areas, or circles sized by value. */
export const MAP_MODES = ['fill', 'symbols'] as const;

/** A map mode: `fill` (choropleth) or `symbols` (proportional circles). */
export type MapMode = (typeof MAP_MODES)[number];

/** What the drawing needs to know of a unit. */
export interface UnitToDraw {
  /** Its tile, on a tile grid. */
  readonly tile?: Tile | undefined;
  /** Its shapes, on a map of boundaries. */
  readonly shapes?: readonly GeoShape[] | undefined;
  /** Its figure; undefined when the data has none. */
  readonly value: number | undefined;
  /** The figure as written on a tile, longest first ("hơn 6.095", "> 6.095", "6.095"): the first that fits is used. */
  readonly valueTexts: readonly string[];
}

/** A line of text on a tile. */
export interface TileText {
  readonly text: string;
  readonly y: number;
  /** Its font size class (`fs-s`, `fs-m`, `fs-l`): a label a little too long for the tile takes the next size down. */
  readonly font: string;
}

/** A unit as drawn. */
export interface DrawnUnit {
  /** Centre of its tile, or centroid of its largest polygon: where its symbol goes, and what arrow keys compare. */
  readonly cx: number;
  readonly cy: number;
  /** Top of its tile or shape, where the tooltip points. */
  readonly top: number;
  readonly box?: TileBox | undefined;
  readonly d?: string | undefined;
  /** Its ramp colour (fill mode); undefined without data or in symbols mode. */
  readonly ramp: number | undefined;
  /** Its symbol's radius (symbols mode); 0 for none. */
  readonly r: number;
  readonly label?: TileText | undefined;
  readonly valueLabel?: TileText | undefined;
}

/** The size legend of a symbols map: a caption, then reference circles in a row, each with its value below. */
export interface SizeKey {
  /** Left edge, in SVG pixels. */
  readonly x: number;
  /** Top edge. */
  readonly y: number;
  readonly circles: readonly { readonly r: number; readonly text: string; readonly cx: number }[];
  /** The baseline the circles stand on, below the top. */
  readonly baseline: number;
  readonly caption: string;
  /** Its right edge. */
  readonly right: number;
  readonly height: number;
}

/** A map drawn at a width. */
export interface MapDrawing {
  readonly width: number;
  readonly height: number;
  readonly units: readonly DrawnUnit[];
  /** Lines between tiles of different former districts. */
  readonly edges: readonly TileEdge[];
  readonly key: SizeKey | undefined;
}

/** How to draw. */
export interface DrawOptions {
  readonly width: number;
  readonly mode: MapMode;
  /** The choropleth's classes (fill mode). */
  readonly classes?: Classes | undefined;
  /** The boundary layer, on a map of boundaries. */
  readonly layer?: GeoLayer | undefined;
  /** Formats a value for the size legend. */
  readonly format: (value: number) => string;
  /** The size legend's caption. */
  readonly keyCaption: string;
}

const FONTS = [
  { min: 70, size: 14, name: 'fs-l' },
  { min: 44, size: 12, name: 'fs-m' },
  { min: 30, size: 10, name: 'fs-s' },
] as const;

/**
 * Lays a map out at a width: tiles (with their short labels and figures where they fit) or fitted shapes, ramp
 * colours, symbol sizes (area proportional to value: the radius grows with the square root), and for symbols a
 * size legend, tucked into an empty corner of a tile grid when there is room, else below.
 *
 * @example
 * const drawing = drawMap(units, { width: 640, mode: 'fill', classes, format: (v) => formatNumber(v, 'vi'), keyCaption: '' });
 */
export function drawMap(units: readonly UnitToDraw[], options: DrawOptions): MapDrawing {
  const { width, mode, classes, layer } = options;
  const max = Math.max(0, ...units.map((u) => u.value ?? 0));
  const ramp = (u: UnitToDraw) => (mode === 'fill' && classes && u.value !== undefined ? classes.ramp[classOf(classes, u.value)] : undefined);
  const size = (u: UnitToDraw, rMax: number) => (mode === 'symbols' && u.value !== undefined && max > 0 ? rMax * Math.sqrt(Math.max(u.value, 0) / max) : 0);
  let height: number;
  let drawn: DrawnUnit[];
  let edges: readonly TileEdge[] = [];
  let boxes: readonly TileBox[] = [];
  // The radius the size legend scales its circles to, and its left edge.
  let [rKey, left] = [0, 0];

  if (layer) {
    const shapes = layoutShapes(layer, units.map((u) => u.shapes ?? []), width);
    height = shapes.height;
    // The largest circle about a third of the side of an average unit's share of the box: big enough to compare,
    // small enough that neighbours overlap little.
    rKey = Math.min(Math.max(0.35 * Math.sqrt((width * height) / Math.max(units.length, 1)), 4), Math.min(width, height) / 10);
    drawn = units.map((u, i) => ({ ...shapes.drawings[i]!, ramp: ramp(u), r: size(u, rKey) }));
  } else {
    ({ height, edges, boxes } = layoutTiles(units.map((u) => u.tile!), width));
    const font = FONTS.findIndex((f) => (boxes[0]?.size ?? 0) >= f.min);
    const f = FONTS[font]?.size ?? 0;
    drawn = units.map((u, i): DrawnUnit => {
      const box = boxes[i]!;
      const cx = box.x + box.size / 2;
      const cy = box.y + box.size / 2;
      // The tile's font, or for a label only, the next size down.
      const fitting = (text: string, label: boolean) => FONTS.slice(font, label ? font + 2 : font + 1).find((ff) => font >= 0 && textWidth(text, ff.size) <= box.size - 6);
      const short = u.tile!.short;
      const shortFont = fitting(short, true);
      if (mode === 'symbols') {
        const label = shortFont && { text: short, y: box.y + f + 3, font: shortFont.name };
        const below = label ? f + 6 : 0;
        return { cx, cy: box.y + below + (box.size - below) / 2, top: box.y, box, ramp: undefined, r: size(u, Math.max(0, (box.size - below - 6) / 2)), label };
      }
      const twoLines = font >= 0 && box.size >= 2.4 * f + 6;
      const value = twoLines || !shortFont ? u.valueTexts.find((t) => fitting(t, false)) : undefined;
      return {
        cx,
        cy,
        top: box.y,
        box,
        ramp: ramp(u),
        r: 0,
        label: shortFont && { text: short, y: value === undefined ? cy + 0.35 * f : cy - 0.15 * f, font: shortFont.name },
        valueLabel: value === undefined ? undefined : { text: value, y: shortFont ? cy + f : cy + 0.35 * f, font: FONTS[font]!.name },
      };
    });
    rKey = Math.max(4, ...drawn.map((d) => d.r));
    left = Math.min(...boxes.map((b) => b.x)) - TILE_PAD;
  }
  const placed = mode === 'symbols' && max > 0 ? placeKey(sizeKey(max, rKey, options, left), height, boxes) : undefined;
  return { width, height: placed?.height ?? height, units: drawn, edges, key: placed?.key };
}

/** Reference values for the size legend: two or three round numbers up to the largest value, small to large. */
function sizeKey(max: number, rMax: number, { format, keyCaption }: DrawOptions, left: number): SizeKey {
  const steps = ticks(0, max, 4).filter((v) => v > 0 && v <= max);
  const picked = [...new Set([steps[0], steps[Math.floor((steps.length - 1) / 2)], steps.at(-1)])].filter((v): v is number => v !== undefined);
  const x = Math.max(left, 0) + TILE_PAD;
  let cursor = x;
  const circles = (picked.length ? picked : [max]).map((value) => {
    const r = Math.max(rMax * Math.sqrt(value / max), 1);
    const text = format(value);
    const slot = Math.max(2 * r, textWidth(text, 12));
    const circle = { text, r, cx: cursor + slot / 2 };
    cursor += slot + 12;
    return circle;
  });
  const big = Math.max(...circles.map((c) => c.r));
  const baseline = 18 + 2 * big;
  return { x, y: 0, circles, baseline, caption: keyCaption, right: Math.max(cursor, x + textWidth(keyCaption, 12)), height: baseline + 18 };
}

/**
 * Puts the size legend in the bottom-left corner when no tile is there (a tile grid's staircase leaves that
 * corner empty), else below the map.
 */
function placeKey(key: SizeKey, height: number, boxes: readonly TileBox[]): { key: SizeKey; height: number } {
  const top = height - TILE_PAD - key.height;
  const clear = boxes.length > 0 && boxes.every((b) => b.x > key.right + 4 || b.y + b.size < top);
  if (clear) return { key: { ...key, y: top }, height };
  return { key: { ...key, y: height + 4 }, height: height + key.height + 8 };
}
