import { atDay, LATEST_DAY } from '../gazetteer/at-day.js';
import { COMMUNE_TILES_2025 } from './commune-tiles.js';
import { DISTRICT_TILES_2013, DISTRICT_TILES_2025_H1 } from './district-tiles.js';
import type { TileLayout, TileTier } from './tile-layout.js';

/**
 * Every tile-grid layout of Hà Tĩnh the project draws, oldest first, each with the period its units were in
 * force: the 13 districts to 2024, the 12 of the first half of 2025, the 69 communes from 2025-07-01. There is no
 * layout of the 216 communes before the reform. See `tileLayoutFor` to pick one by date.
 *
 * @example
 * TILE_LAYOUTS.map((l) => `${l.id}: ${l.tiles.size}`); // ['districts-2013: 13', 'districts-2025-h1: 12', 'communes-2025-07: 69']
 */
export const TILE_LAYOUTS: readonly TileLayout[] = [DISTRICT_TILES_2013, DISTRICT_TILES_2025_H1, COMMUNE_TILES_2025];

/**
 * The tile layout of the units in force at `at` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date means its
 * last day, as in the gazetteer), of one tier (default: whichever tier has a layout then, districts first).
 * Without `at`, the latest layout of the tier. Undefined when no layout covers that date and tier: districts
 * from 2025-07-01 (the district level was abolished), communes before it. Throws a RangeError on a malformed date.
 *
 * @example
 * tileLayoutFor('2023', 'district')?.tiles.size; // 13
 * tileLayoutFor('2025-03-01')?.id; // 'districts-2025-h1'
 * tileLayoutFor('2025-08-01')?.tiles.size; // 69 (communes)
 * tileLayoutFor('2025-08-01', 'district'); // undefined
 */
export function tileLayoutFor(at?: string, tier?: TileTier): TileLayout | undefined {
  const day = at === undefined ? LATEST_DAY : atDay(at);
  const candidates = TILE_LAYOUTS.filter((l) => tier === undefined || l.tier === tier);
  if (at === undefined) return candidates.at(-1);
  return candidates.find((l) => (l.validFrom === undefined || l.validFrom <= day) && (l.validTo === undefined || day <= l.validTo));
}
