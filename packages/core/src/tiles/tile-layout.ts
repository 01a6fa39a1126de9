/** Where one unit sits on a tile-grid map. */
export interface Tile {
  /** Row, counted from the top (north) from 0. */
  readonly row: number;
  /** Column, counted from the left (west) from 0. */
  readonly col: number;
  /**
   * A label short enough for a tile (at most 7 characters, most 6): see the scheme in `tile-layouts.ts`, e.g.
   * "HSơn" for Hương Sơn, "TPHT" for thành phố Hà Tĩnh.
   */
  readonly short: string;
  /**
   * For commune layouts: the district (2013–2024 code) the unit is grouped with, the one most of its constituent
   * communes belonged to. Maps can outline these groups so readers find the districts they know.
   */
  readonly group?: string | undefined;
}

/** The tier of units a tile layout places. */
export type TileTier = 'district' | 'commune';

/**
 * A tile-grid layout (a cartogram of equal squares) of the units of one tier in force during one period. Tiles
 * keep neighbours next to each other; sizes and shapes are not geographic.
 */
export interface TileLayout {
  /** A stable id: `districts-2013`, `districts-2025-h1`, `communes-2025-07`. */
  readonly id: string;
  readonly tier: TileTier;
  /** First day (`YYYY-MM-DD`) the layout's units are in force; absent when since before the data begins. */
  readonly validFrom?: string | undefined;
  /** Last day in force; absent while still in force. */
  readonly validTo?: string | undefined;
  /** Number of rows of the grid. */
  readonly rows: number;
  /** Number of columns of the grid. */
  readonly cols: number;
  /** The tiles by unit code (the gazetteer's codes), in reading order: by row, then column. */
  readonly tiles: ReadonlyMap<string, Tile>;
}

/** A tile as written in the layout files: code, row, column, short label, and for communes the group. */
export type TileRow = readonly [code: string, row: number, col: number, short: string, group?: string];

/**
 * Builds a layout from compact rows, sizing the grid to fit them and ordering tiles by row, then column.
 *
 * @example
 * const l = tileLayout({ id: 'x', tier: 'district' }, [['443', 0, 1, 'CLộc'], ['448', 0, 2, 'LHà']]);
 * l.cols; // 3
 */
export function tileLayout(meta: Omit<TileLayout, 'rows' | 'cols' | 'tiles'>, rows: readonly TileRow[]): TileLayout {
  const sorted = [...rows].sort((a, b) => a[1] - b[1] || a[2] - b[2]);
  const tiles = new Map<string, Tile>();
  for (const [code, row, col, short, group] of sorted) tiles.set(code, group === undefined ? { row, col, short } : { row, col, short, group });
  return {
    ...meta,
    rows: Math.max(0, ...rows.map((r) => r[1] + 1)),
    cols: Math.max(0, ...rows.map((r) => r[2] + 1)),
    tiles,
  };
}
