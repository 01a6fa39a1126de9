import type { Tile } from '@danvan/core';

/** A tile's square in SVG pixels. */
export interface TileBox {
  readonly x: number;
  readonly y: number;
  /** Side of the square (the grid pitch less the gap between tiles). */
  readonly size: number;
}

/** Tiles placed in a box. */
export interface TilesLayout {
  readonly height: number;
  /** One box per tile, in the order given. */
  readonly boxes: readonly TileBox[];
}

/** Room around the grid for the focus ring. */
export const TILE_PAD = 4;

/**
 * Places tiles in a box `width` pixels wide: square tiles on the grid of the rows and columns they use (a
 * filtered layout is cropped to its tiles), as large as fit up to `maxTile` and a grid `maxHeight` tall (a map
 * should fit on a screen), centred.
 *
 * @example
 * layoutTiles([...DISTRICT_TILES_2013.tiles.values()], 640).boxes[0].size; // 83 (an 88 px pitch less a 5 px gap)
 */
export function layoutTiles(tiles: readonly Tile[], width: number, maxTile = 88, maxHeight = 640): TilesLayout {
  const rows = tiles.map((t) => t.row);
  const cols = tiles.map((t) => t.col);
  const [r0, c0] = [Math.min(...rows), Math.min(...cols)];
  const [nr, nc] = [Math.max(...rows) - r0 + 1, Math.max(...cols) - c0 + 1];
  const pitch = Math.max(8, Math.min(maxTile, Math.floor((width - 2 * TILE_PAD) / nc), Math.floor((maxHeight - 2 * TILE_PAD) / nr)));
  const gap = Math.max(2, Math.round(pitch * 0.06));
  const left = Math.round((width - pitch * nc) / 2);
  const top = TILE_PAD;
  const boxes = tiles.map((t) => ({ x: left + (t.col - c0) * pitch + gap / 2, y: top + (t.row - r0) * pitch + gap / 2, size: pitch - gap }));
  return { height: top + nr * pitch + TILE_PAD, boxes };
}
