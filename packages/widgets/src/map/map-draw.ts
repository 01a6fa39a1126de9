import { ticks } from '../internal/ticks.js';
import { textWidth } from '../internal/text-width.js';
import type { Tile } from '@danvan/core';
import { classOf, type Classes } from './map-classes.js';
import type { GeoLayer, GeoShape } from './map-geo.js';
import { layoutShapes } from './map-shapes.js';
import { layoutTiles, TILE_PAD, type TileBox } from './map-tiles.js';

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
  /** Its font size in pixels (10, 12 or 14): a label a little too long for the tile takes the next size down. */
  readonly font: number;
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
  /** The baseline the circles stand on, in SVG pixels. */
  readonly baseline: number;
  readonly caption: string;
}

/** A map drawn at a width. */
export interface MapDrawing {
  readonly width: number;
  readonly height: number;
  readonly units: readonly DrawnUnit[];
  readonly key: SizeKey | undefined;
}

/** How to draw. */
export interface DrawOptions {
  readonly width: number;
  /** Circles sized by value (`mode="symbols"`) rather than coloured areas. */
  readonly symbols: boolean;
  /** The choropleth's classes (fill mode). */
  readonly classes?: Classes | undefined;
  /** The boundary layer, on a map of boundaries. */
  readonly layer?: GeoLayer | undefined;
  /** Formats a value for the size legend. */
  readonly format: (value: number) => string;
  /** The size legend's caption. */
  readonly keyCaption: string;
}

/** Font sizes for the text on tiles, largest first, each with the least tile side it needs. */
const FONTS = [
  [70, 14],
  [44, 12],
  [30, 10],
] as const;

/**
 * Lays a map out at a width: tiles (with their short labels and figures where they fit) or fitted shapes, ramp
 * colours, symbol sizes (area proportional to value: the radius grows with the square root), and for symbols a
 * size legend below.
 *
 * @example
 * const drawing = drawMap(units, { width: 640, symbols: false, classes, format: (v) => formatNumber(v, 'vi'), keyCaption: '' });
 */
export function drawMap(units: readonly UnitToDraw[], options: DrawOptions): MapDrawing {
  const { width, symbols, classes, layer } = options;
  const max = Math.max(0, ...units.map((u) => u.value ?? 0));
  // Classes exist in fill mode only.
  const ramp = (u: UnitToDraw) => (classes && u.value !== undefined ? classes.ramp[classOf(classes, u.value)] : undefined);
  const size = (u: UnitToDraw, rMax: number) => (symbols && u.value !== undefined && max > 0 ? rMax * Math.sqrt(Math.max(u.value, 0) / max) : 0);
  let height: number;
  let drawn: DrawnUnit[];
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
    const tiles = layoutTiles(units.map((u) => u.tile!), width);
    const boxes = tiles.boxes;
    height = tiles.height;
    const side = boxes[0]?.size ?? 0;
    const font = FONTS.findIndex(([min]) => side >= min);
    const f = FONTS[font]?.[1] ?? 0;
    // The tile's font size that fits a text, or for a label only, the next size down.
    const fitting = (text: string, label?: boolean) => (font < 0 ? undefined : FONTS.slice(font, font + (label ? 2 : 1)).find(([, s]) => textWidth(text, s) <= side - 6)?.[1]);
    drawn = units.map((u, i): DrawnUnit => {
      const box = boxes[i]!;
      const cx = box.x + side / 2;
      const cy = box.y + side / 2;
      const short = u.tile!.short;
      const shortFont = fitting(short, true);
      if (symbols) {
        const below = shortFont ? f + 6 : 0;
        const label = shortFont ? { text: short, y: box.y + f + 3, font: shortFont } : undefined;
        return { cx, cy: box.y + below + (side - below) / 2, top: box.y, box, ramp: undefined, r: size(u, Math.max(0, (side - below - 6) / 2)), label };
      }
      const value = (font >= 0 && side >= 2.4 * f + 6) || !shortFont ? u.valueTexts.find((t) => fitting(t)) : undefined;
      return {
        cx,
        cy,
        top: box.y,
        box,
        ramp: ramp(u),
        r: 0,
        label: shortFont ? { text: short, y: value === undefined ? cy + 0.35 * f : cy - 0.15 * f, font: shortFont } : undefined,
        valueLabel: value === undefined ? undefined : { text: value, y: shortFont ? cy + f : cy + 0.35 * f, font: f },
      };
    });
    rKey = Math.max(4, ...drawn.map((d) => d.r));
    left = Math.min(...boxes.map((b) => b.x)) - TILE_PAD;
  }
  let key: SizeKey | undefined;
  if (symbols && max > 0) ({ key, height } = sizeKey(max, rKey, options, left, height));
  return { width, height, units: drawn, key };
}

/**
 * The size legend, below the map (which grows to make room): two or three round values up to the largest, small
 * to large, each circle scaled as the symbols are, from the map's left edge.
 */
function sizeKey(max: number, rMax: number, { format, keyCaption }: DrawOptions, left: number, height: number): { key: SizeKey; height: number } {
  const steps = ticks(0, max, 4).filter((v) => v > 0 && v <= max);
  const picked = [...new Set([steps[0], steps[Math.floor((steps.length - 1) / 2)], steps.at(-1)])].filter((v): v is number => v !== undefined);
  const x = Math.max(left, 0) + TILE_PAD;
  let right = x;
  const circles = (picked.length ? picked : [max]).map((value) => {
    const r = Math.max(rMax * Math.sqrt(value / max), 1);
    const text = format(value);
    const slot = Math.max(2 * r, textWidth(text, 12));
    const circle = { text, r, cx: right + slot / 2 };
    right += slot + 12;
    return circle;
  });
  const baseline = height + 22 + 2 * Math.max(...circles.map((c) => c.r));
  return { key: { x, y: height + 4, circles, baseline, caption: keyCaption }, height: baseline + 22 };
}
