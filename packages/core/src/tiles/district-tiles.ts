import { tileLayout, type TileLayout, type TileRow } from './tile-layout.js';

// The province runs north-west to south-east between the Lao border and the sea, so the grid is a staircase:
//
//        c0      c1      c2      c3      c4      c5
//   r0                   NXuân
//   r1   HSơn    ĐThọ    TXHL    LHà
//   r2           VQuang  CLộc    THà
//   r3                   HKhê    TPHT
//   r4                           CXuyên  KAnh    TXKA
//
// North, facing Nghệ An across the Lam river: Nghi Xuân on the coast, Hồng Lĩnh town, Đức Thọ, and Hương Sơn
// stretching west to the border. Middle: Can Lộc, Lộc Hà on the coast, Vũ Quang west of Can Lộc, Thạch Hà (coast)
// north of Hà Tĩnh city. Hương Khê to the south-west along the border. South: Cẩm Xuyên below the city, then Kỳ Anh
// district and Kỳ Anh town in the far south-east. Sources: packages/core/reference/README.md (geography note).
const ROWS_2013: readonly TileRow[] = [
  ['442', 0, 2, 'NXuân'],
  ['439', 1, 0, 'HSơn'],
  ['440', 1, 1, 'ĐThọ'],
  ['437', 1, 2, 'TXHL'],
  ['448', 1, 3, 'LHà'],
  ['441', 2, 1, 'VQuang'],
  ['443', 2, 2, 'CLộc'],
  ['445', 2, 3, 'THà'],
  ['444', 3, 2, 'HKhê'],
  ['436', 3, 3, 'TPHT'],
  ['446', 4, 3, 'CXuyên'],
  ['447', 4, 4, 'KAnh'],
  ['449', 4, 5, 'TXKA'],
];

/**
 * The 13 district-level units of Hà Tĩnh from 2013 (and earlier) to 2024-12-31, as a tile grid.
 *
 * Short labels: a rural district (huyện) is the first letter of its first syllable and its last syllable
 * ("HSơn" for Hương Sơn, "CXuyên" for Cẩm Xuyên), as Vietnamese headlines abbreviate; the city and the towns are
 * "TP"/"TX" and the initials of their names (TPHT, TXHL, TXKA), which also tells huyện Kỳ Anh ("KAnh") from thị
 * xã Kỳ Anh ("TXKA").
 *
 * @example
 * DISTRICT_TILES_2013.tiles.get('443'); // { row: 2, col: 2, short: 'CLộc' }
 */
export const DISTRICT_TILES_2013: TileLayout = /* @__PURE__ */ tileLayout({ id: 'districts-2013', tier: 'district', validTo: '2024-12-31' }, ROWS_2013);

/**
 * The 12 district-level units of 2025-01-01 to 2025-06-30: Lộc Hà (448) merged into Thạch Hà (Resolution
 * 1283/NQ-UBTVQH15). Every other tile stays where it was, so maps of the two periods compare at a glance.
 *
 * @example
 * DISTRICT_TILES_2025_H1.tiles.has('448'); // false
 */
export const DISTRICT_TILES_2025_H1: TileLayout = /* @__PURE__ */ tileLayout(
  { id: 'districts-2025-h1', tier: 'district', validFrom: '2025-01-01', validTo: '2025-06-30' },
  ROWS_2013.filter((r) => r[0] !== '448'),
);
