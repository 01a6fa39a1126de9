import { tileLayout, type TileLayout, type TileRow } from './tile-layout.js';

// Our sources give no coordinates for the communes, so the layout is built from what they do give:
// 1. Each new commune joins the group of the 2013–2024 district most of its constituents came from (Resolution
//    1665/NQ-UBTVQH15's "formed from", through the gazetteer's crosswalk to 2024; a constituent split between two
//    new units counts half). Kỳ Hoa ties (Kỳ Tân of huyện Kỳ Anh, Kỳ Hoa of thị xã Kỳ Anh): a tie goes to the
//    constituent whose name the new unit takes, so Kỳ Hoa stays with the town.
// 2. The groups are packed in the same north-west to south-east staircase as the district layout, each group in
//    one piece, touching the groups of the districts it borders (Thạch Hà's group around Hà Tĩnh city's wards).
// 3. Within a group, tiles follow what the names and the constituents tell: the coastal communes (Đan Hải, Cổ
//    Đạm, Lộc Hà, Thạch Khê, Thạch Lạc, Đồng Tiến, Yên Hòa, Thiên Cầm, Cẩm Trung, Kỳ Xuân, Kỳ Khang, Hải Ninh,
//    Vũng Áng, Hoành Sơn) on the east side, Sơn Kim 1 and 2 (Cầu Treo border gate) and the other "Sơn …" communes
//    in the west of Hương Sơn, a district seat near the middle of its group. These positions are approximate.
//
//         0      1      2      3      4      5      6      7      8      9      10     11     12     13
//   r0                                                    NXuân  ĐHải
//   r1                  SHồng  STiến  ĐMinh  ĐQuang BHLĩnh TĐiền  CĐạm
//   r2    SKim1  STây   HSơn   TMỹ    ĐThịnh ĐThọ   NHLĩnh HLộc   LHà
//   r3    SKim2  SGiang KimHoa TĐức   ĐĐồng  XLộc   CLộc   TLộc   MPhụ   TKhê
//   r4                         VQuang MHoa   ĐLộc   TrLưu  GHanh  ĐKinh  THà    TLạc
//   r5                                HBình  HLinh  HPhố   ToLưu  VXuyên TPhú   ĐTiến
//   r6                                       HKhê   HĐô    TXuân  HHTập  TSen   YHòa
//   r7                                              HXuân  PTrạch CDuệ   CBình  CXuyên TCầm
//   r8                                                     KThượng CLạc  CHưng  CTrung
//   r9                                                     KLạc   KVăn   KAnh   KXuân  KKhang
//   r10                                                                  KỳHoa  STrí   HNinh  VÁng   HoSơn
const ROWS: readonly TileRow[] = [
  // Nghi Xuân (442): Nghi Xuân by the Lam river, Đan Hải at the northern tip, Tiên Điền and Cổ Đạm down the coast.
  ['R1665-34', 0, 7, 'NXuân', '442'],
  ['R1665-36', 0, 8, 'ĐHải', '442'],
  ['R1665-33', 1, 7, 'TĐiền', '442'],
  ['R1665-35', 1, 8, 'CĐạm', '442'],
  // Hương Sơn (439): the border communes west, Tứ Mỹ and Kim Hoa east towards Đức Thọ and Vũ Quang.
  ['R1665-47', 1, 2, 'SHồng', '439'],
  ['R1665-46', 1, 3, 'STiến', '439'],
  ['18196', 2, 0, 'SKim1', '439'],
  ['R1665-43', 2, 1, 'STây', '439'],
  ['R1665-42', 2, 2, 'HSơn', '439'],
  ['R1665-44', 2, 3, 'TMỹ', '439'],
  ['18199', 3, 0, 'SKim2', '439'],
  ['R1665-45', 3, 1, 'SGiang', '439'],
  ['R1665-48', 3, 2, 'KimHoa', '439'],
  // Đức Thọ (440)
  ['R1665-41', 1, 4, 'ĐMinh', '440'],
  ['R1665-39', 1, 5, 'ĐQuang', '440'],
  ['R1665-40', 2, 4, 'ĐThịnh', '440'],
  ['R1665-37', 2, 5, 'ĐThọ', '440'],
  ['R1665-38', 3, 4, 'ĐĐồng', '440'],
  // Hồng Lĩnh (437): Bắc (north) above Nam (south).
  ['R1665-66', 1, 6, 'BHLĩnh', '437'],
  ['R1665-67', 2, 6, 'NHLĩnh', '437'],
  // Lộc Hà (448): Hồng Lộc inland, Lộc Hà on the coast, Mai Phụ south towards Thạch Hà.
  ['R1665-25', 2, 7, 'HLộc', '448'],
  ['R1665-24', 2, 8, 'LHà', '448'],
  ['R1665-26', 3, 8, 'MPhụ', '448'],
  // Vũ Quang (441)
  ['R1665-51', 3, 3, 'TĐức', '441'],
  ['R1665-49', 4, 3, 'VQuang', '441'],
  ['R1665-50', 4, 4, 'MHoa', '441'],
  // Can Lộc (443): Nghèn (xã Can Lộc) in the middle, Đồng Lộc south-west towards Hương Khê.
  ['R1665-31', 3, 5, 'XLộc', '443'],
  ['R1665-27', 3, 6, 'CLộc', '443'],
  ['R1665-28', 3, 7, 'TLộc', '443'],
  ['R1665-32', 4, 5, 'ĐLộc', '443'],
  ['R1665-30', 4, 6, 'TrLưu', '443'],
  ['R1665-29', 4, 7, 'GHanh', '443'],
  // Thạch Hà (445), around the city: coast north-east, Toàn Lưu and Thạch Xuân west towards Hương Khê.
  ['R1665-03', 3, 9, 'TKhê', '445'],
  ['R1665-22', 4, 8, 'ĐKinh', '445'],
  ['R1665-19', 4, 9, 'THà', '445'],
  ['R1665-01', 4, 10, 'TLạc', '445'],
  ['R1665-20', 5, 7, 'ToLưu', '445'],
  ['R1665-21', 5, 8, 'VXuyên', '445'],
  ['R1665-02', 5, 10, 'ĐTiến', '445'],
  ['R1665-23', 6, 7, 'TXuân', '445'],
  ['R1665-61', 6, 8, 'HHTập', '445'],
  // Hà Tĩnh city (436): Trần Phú (Thạch Hạ, Hộ Độ across the river) north of Thành Sen.
  ['R1665-60', 5, 9, 'TPhú', '436'],
  ['R1665-59', 6, 9, 'TSen', '436'],
  // Hương Khê (444), along the border to the south-east.
  ['R1665-56', 5, 4, 'HBình', '444'],
  ['R1665-55', 5, 5, 'HLinh', '444'],
  ['R1665-53', 5, 6, 'HPhố', '444'],
  ['R1665-52', 6, 5, 'HKhê', '444'],
  ['R1665-54', 6, 6, 'HĐô', '444'],
  ['R1665-58', 7, 6, 'HXuân', '444'],
  ['R1665-57', 7, 7, 'PTrạch', '444'],
  // Cẩm Xuyên (446), below the city: Cẩm Bình next to it, coast east, Cẩm Duệ and Cẩm Lạc west.
  ['R1665-18', 6, 10, 'YHòa', '446'],
  ['R1665-14', 7, 8, 'CDuệ', '446'],
  ['R1665-04', 7, 9, 'CBình', '446'],
  ['R1665-12', 7, 10, 'CXuyên', '446'],
  ['R1665-13', 7, 11, 'TCầm', '446'],
  ['R1665-16', 8, 8, 'CLạc', '446'],
  ['R1665-15', 8, 9, 'CHưng', '446'],
  ['R1665-17', 8, 10, 'CTrung', '446'],
  // Kỳ Anh district (447): mountains west (Kỳ Thượng, Kỳ Lạc), coast east (Kỳ Xuân, Kỳ Khang).
  ['R1665-11', 8, 7, 'KThượng', '447'],
  ['R1665-10', 9, 7, 'KLạc', '447'],
  ['R1665-08', 9, 8, 'KVăn', '447'],
  ['R1665-06', 9, 9, 'KAnh', '447'],
  ['R1665-05', 9, 10, 'KXuân', '447'],
  ['R1665-09', 9, 11, 'KKhang', '447'],
  // Kỳ Anh town (449): Kỳ Hoa west, Vũng Áng port and Hoành Sơn pass east.
  ['R1665-07', 10, 9, 'KỳHoa', '449'],
  ['R1665-63', 10, 10, 'STrí', '449'],
  ['R1665-65', 10, 11, 'HNinh', '449'],
  ['R1665-62', 10, 12, 'VÁng', '449'],
  ['R1665-64', 10, 13, 'HoSơn', '449'],
];

/**
 * The 69 commune-level units of Hà Tĩnh from 2025-07-01 (60 xã, 9 phường, Resolution 1665/NQ-UBTVQH15) as a tile
 * grid, keyed by the gazetteer's codes (provisional `R1665-NN`; the old GSO codes of Sơn Kim 1 and Sơn Kim 2,
 * which were not merged). Each tile's `group` is the 2013–2024 district most of its constituents came from.
 *
 * Positions within a former district are approximate: our sources give no coordinates, so they are
 * reasoned from names and constituents (coastal communes east, border communes west), not measured. The
 * groups themselves follow the districts' geography.
 *
 * Short labels: the first letter of each syllable but the last, then the last syllable ("TLạc" for Thạch Lạc,
 * "HHTập" for Hà Huy Tập, "SKim1" for Sơn Kim 1). Where two would read the same, both keep more of their first
 * syllable ("TrLưu" for Trường Lưu and "ToLưu" for Toàn Lưu, "KimHoa" and "KỳHoa"), except that a commune named
 * after its former district keeps that district's label ("HSơn" for xã Hương Sơn as for huyện Hương Sơn, so
 * Hoành Sơn is "HoSơn").
 *
 * @example
 * COMMUNE_TILES_2025.tiles.get('R1665-27'); // { row: 3, col: 6, short: 'CLộc', group: '443' }
 */
export const COMMUNE_TILES_2025: TileLayout = /* @__PURE__ */ tileLayout({ id: 'communes-2025-07', tier: 'commune', validFrom: '2025-07-01' }, ROWS);
