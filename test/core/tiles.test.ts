import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../packages/core/src/gazetteer/gazetteer.js';
import { COMMUNE_TILES_2025 } from '../../packages/core/src/tiles/commune-tiles.js';
import { DISTRICT_TILES_2013, DISTRICT_TILES_2025_H1 } from '../../packages/core/src/tiles/district-tiles.js';
import type { Tile, TileLayout } from '../../packages/core/src/tiles/tile-layout.js';
import { TILE_LAYOUTS, tileLayoutFor } from '../../packages/core/src/tiles/tile-layouts.js';

/** Days inside each layout's period, including both ends, on which the gazetteer must agree with it. */
const PERIODS: readonly (readonly [TileLayout, readonly string[]])[] = [
  [DISTRICT_TILES_2013, ['2013-01-01', '2019-06-30', '2020-01-01', '2023', '2024-12-31']],
  [DISTRICT_TILES_2025_H1, ['2025-01-01', '2025-03-01', '2025-06-30']],
  [COMMUNE_TILES_2025, ['2025-07-01', '2025-08-01', '2026']],
];

const key = (t: Pick<Tile, 'row' | 'col'>) => `${t.row},${t.col}`;

/** The cells around a tile, orthogonal first (4), then diagonal (4). */
function around(t: Pick<Tile, 'row' | 'col'>, diagonal: boolean): string[] {
  const steps = [[-1, 0], [1, 0], [0, -1], [0, 1], ...(diagonal ? [[-1, -1], [-1, 1], [1, -1], [1, 1]] : [])];
  return steps.map(([dr, dc]) => key({ row: t.row + dr!, col: t.col + dc! }));
}

/** How many pieces a set of tiles falls into, stepping to orthogonal (or also diagonal) neighbours. */
function pieces(tiles: readonly Tile[], diagonal: boolean): number {
  const cells = new Map(tiles.map((t) => [key(t), t]));
  const seen = new Set<string>();
  let count = 0;
  for (const start of tiles) {
    if (seen.has(key(start))) continue;
    count++;
    const stack = [start];
    seen.add(key(start));
    while (stack.length) {
      for (const k of around(stack.pop()!, diagonal)) {
        const next = cells.get(k);
        if (next && !seen.has(k)) {
          seen.add(k);
          stack.push(next);
        }
      }
    }
  }
  return count;
}

describe('TILE_LAYOUTS', () => {
  it('TILE_LAYOUTS holds the 13 districts, the 12 of 2025 H1 and the 69 communes, oldest first', () => {
    expect(TILE_LAYOUTS.map((l) => [l.id, l.tier, l.tiles.size])).toEqual([
      ['districts-2013', 'district', 13],
      ['districts-2025-h1', 'district', 12],
      ['communes-2025-07', 'commune', 69],
    ]);
  });

  for (const [layout, days] of PERIODS) {
    describe(layout.id, () => {
      it('covers each unit of its period exactly once (gazetteer.unitsAt)', () => {
        for (const day of days) {
          const units = gazetteer.unitsAt(day, layout.tier).map((p) => p.code);
          expect([...layout.tiles.keys()].sort(), day).toEqual([...units].sort());
        }
      });

      it('uses only codes the gazetteer knows at that period, of the layout tier', () => {
        for (const code of layout.tiles.keys()) {
          for (const day of days) expect(gazetteer.tierOf(code, day), `${code} on ${day}`).toBe(layout.tier);
        }
      });

      it('puts no two tiles on one cell, and every tile inside the grid', () => {
        const tiles = [...layout.tiles.values()];
        expect(new Set(tiles.map(key)).size).toBe(tiles.length);
        for (const t of tiles) {
          expect(t.row).toBeGreaterThanOrEqual(0);
          expect(t.col).toBeGreaterThanOrEqual(0);
          expect(t.row).toBeLessThan(layout.rows);
          expect(t.col).toBeLessThan(layout.cols);
        }
        // The grid is no bigger than its tiles: first and last rows and columns are used.
        expect(Math.min(...tiles.map((t) => t.row))).toBe(0);
        expect(Math.min(...tiles.map((t) => t.col))).toBe(0);
        expect(Math.max(...tiles.map((t) => t.row))).toBe(layout.rows - 1);
        expect(Math.max(...tiles.map((t) => t.col))).toBe(layout.cols - 1);
      });

      it('is connected: each tile has a neighbour, and the whole grid is one piece', () => {
        const cells = new Set([...layout.tiles.values()].map(key));
        for (const [code, t] of layout.tiles) expect(around(t, true).some((k) => cells.has(k)), code).toBe(true);
        expect(pieces([...layout.tiles.values()], true)).toBe(1);
      });

      it('gives each tile a short label of at most 7 characters, unique within the layout', () => {
        const shorts = [...layout.tiles.values()].map((t) => t.short);
        for (const s of shorts) {
          expect(s.length).toBeGreaterThan(1);
          expect(s.length).toBeLessThanOrEqual(7);
          expect(s).toBe(s.normalize('NFC'));
        }
        expect(new Set(shorts).size).toBe(shorts.length);
      });

      it('lists tiles in reading order (row, then column)', () => {
        const tiles = [...layout.tiles.values()];
        const sorted = [...tiles].sort((a, b) => a.row - b.row || a.col - b.col);
        expect(tiles).toEqual(sorted);
      });
    });
  }

  it('keeps every district where it was when Lộc Hà merged into Thạch Hà', () => {
    for (const [code, tile] of DISTRICT_TILES_2025_H1.tiles) expect(DISTRICT_TILES_2013.tiles.get(code)).toEqual(tile);
    expect(DISTRICT_TILES_2025_H1.tiles.has('448')).toBe(false);
  });

  it('follows the geography note: coast east of inland neighbours, Hương Sơn west, Kỳ Anh town far south-east', () => {
    const t = (code: string) => DISTRICT_TILES_2013.tiles.get(code)!;
    expect(t('439').col).toBe(0); // Hương Sơn stretches west
    expect(t('442').row).toBe(0); // Nghi Xuân to the north
    expect(t('448').col).toBeGreaterThan(t('443').col); // Lộc Hà east of Can Lộc
    expect(t('441').col).toBeLessThan(t('443').col); // Vũ Quang west of Can Lộc
    expect(t('446').row).toBeGreaterThan(t('436').row); // Cẩm Xuyên below the city
    expect(t('449').col).toBe(DISTRICT_TILES_2013.cols - 1); // Kỳ Anh town far south-east
    expect(t('449').row).toBe(DISTRICT_TILES_2013.rows - 1);
  });
});

describe('COMMUNE_TILES_2025 groups', () => {
  /** The 2013–2024 district most of a new unit's constituents came from (a split unit counts half). */
  function formerDistrict(code: string): string {
    const counts = new Map<string, number>();
    for (const old of gazetteer.crosswalk(code, '2024-12-31')) {
      const district = gazetteer.ancestors(old.code, '2024-12-31').find((p) => gazetteer.tierOf(p.code, '2024') === 'district')!.code;
      counts.set(district, (counts.get(district) ?? 0) + (old.share === 'whole' ? 1 : 0.5));
    }
    const best = Math.max(...counts.values());
    const tied = [...counts].filter(([, n]) => n === best).map(([d]) => d);
    if (tied.length === 1) return tied[0]!;
    // A tie goes to the constituent whose name the new unit takes.
    const name = gazetteer.byCode(code, '2025-08-01')!.name;
    const namesake = gazetteer.crosswalk(code, '2024-12-31').find((o) => gazetteer.byCode(o.code, '2024')?.name === name)!;
    return gazetteer.ancestors(namesake.code, '2024-12-31').find((p) => tied.includes(p.code))!.code;
  }

  it('groups each commune with the former district most of its constituents came from', () => {
    for (const [code, tile] of COMMUNE_TILES_2025.tiles) expect(tile.group, code).toBe(formerDistrict(code));
  });

  it('has a group for each of the 13 former districts, each in one piece (orthogonally)', () => {
    const groups = new Map<string, Tile[]>();
    for (const t of COMMUNE_TILES_2025.tiles.values()) groups.set(t.group!, [...(groups.get(t.group!) ?? []), t]);
    expect([...groups.keys()].sort()).toEqual([...DISTRICT_TILES_2013.tiles.keys()].sort());
    for (const [group, tiles] of groups) expect(pieces(tiles, false), group).toBe(1);
  });

  it('lets groups of districts that border each other touch', () => {
    // Pairs of 2013–2024 districts that share a boundary (from the geography note).
    const borders = [
      ['439', '440'], ['439', '441'], ['440', '437'], ['440', '441'], ['440', '443'], ['437', '442'], ['437', '443'],
      ['442', '448'], ['448', '443'], ['448', '445'], ['443', '441'], ['443', '445'], ['443', '444'], ['441', '444'],
      ['445', '436'], ['445', '444'], ['445', '446'], ['436', '446'], ['444', '446'], ['444', '447'], ['446', '447'],
      ['447', '449'],
    ];
    const cells = new Map([...COMMUNE_TILES_2025.tiles.values()].map((t) => [key(t), t.group!]));
    const touching = new Set<string>();
    for (const t of COMMUNE_TILES_2025.tiles.values()) {
      for (const k of around(t, true)) {
        const other = cells.get(k);
        if (other && other !== t.group) touching.add(`${t.group}-${other}`);
      }
    }
    for (const [a, b] of borders) expect(touching.has(`${a}-${b}`), `${a} touches ${b}`).toBe(true);
  });

  it('keeps the old GSO codes of Sơn Kim 1 and Sơn Kim 2 at the western edge', () => {
    expect(COMMUNE_TILES_2025.tiles.get('18196')).toMatchObject({ col: 0, short: 'SKim1', group: '439' });
    expect(COMMUNE_TILES_2025.tiles.get('18199')).toMatchObject({ col: 0, short: 'SKim2', group: '439' });
  });
});

describe('tileLayoutFor(at, tier)', () => {
  it('tileLayoutFor(date, tier) picks the layout of the units in force that day', () => {
    expect(tileLayoutFor('2013', 'district')).toBe(DISTRICT_TILES_2013);
    expect(tileLayoutFor('2024-12-31', 'district')).toBe(DISTRICT_TILES_2013);
    expect(tileLayoutFor('2025-01-01', 'district')).toBe(DISTRICT_TILES_2025_H1);
    expect(tileLayoutFor('2025-06', 'district')).toBe(DISTRICT_TILES_2025_H1);
    expect(tileLayoutFor('2025-07-01', 'commune')).toBe(COMMUNE_TILES_2025);
  });

  it('tileLayoutFor(date, tier) is undefined where the tier has no layout: districts after the reform, communes before', () => {
    expect(tileLayoutFor('2025-07-01', 'district')).toBeUndefined();
    expect(tileLayoutFor('2025', 'district')).toBeUndefined(); // 2025 means 2025-12-31
    expect(tileLayoutFor('2023', 'commune')).toBeUndefined();
  });

  it('tileLayoutFor(date) takes whichever tier has a layout that day', () => {
    expect(tileLayoutFor('2020')).toBe(DISTRICT_TILES_2013);
    expect(tileLayoutFor('2025-08-01')).toBe(COMMUNE_TILES_2025);
  });

  it('tileLayoutFor() and tileLayoutFor(undefined, tier) give the latest layout', () => {
    expect(tileLayoutFor()).toBe(COMMUNE_TILES_2025);
    expect(tileLayoutFor(undefined, 'district')).toBe(DISTRICT_TILES_2025_H1);
  });

  it('tileLayoutFor(badDate) throws a RangeError', () => {
    expect(() => tileLayoutFor('last year')).toThrow(RangeError);
  });
});
