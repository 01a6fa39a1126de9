import type { Lang } from '@danvan/core';

/** The words `<dv-map>` puts on screen beyond the shared frame's, in each language. */
export interface MapText {
  /** A unit with no figure: tiles, tooltips, the legend and the data table. */
  readonly noData: string;
  /** Before the list of groups the data has but the map cannot place. */
  readonly noShape: (count: number) => string;
  /** Before the list of drawn units the data says nothing about. */
  readonly shapesWithoutData: (count: number) => string;
  /** "and 12 more" after a shortened list. */
  readonly more: (count: number) => string;
  /** Under a commune tile grid: how its positions were made. */
  readonly communeTiles: string;
  /** Under a district tile grid. */
  readonly districtTiles: string;
  /** Before a boundary file's error message. */
  readonly geoFailed: string;
  /** No tile grid exists for the units and date asked (districts after the 2025 reform, communes before it). */
  readonly noLayout: string;
  /** The size legend's heading, for proportional symbols. */
  readonly sizeLegend: string;
}

const vi: MapText = {
  noData: 'Không có số liệu',
  noShape: (n) => (n === 1 ? 'Có số liệu nhưng không có trên bản đồ:' : `${n} nhóm có số liệu nhưng không có trên bản đồ:`),
  shapesWithoutData: (n) => `${n} đơn vị trên bản đồ không có số liệu:`,
  more: (n) => `và ${n} đơn vị khác`,
  communeTiles:
    'Mỗi ô là một xã, phường (từ 1/7/2025), xếp theo huyện cũ mà phần lớn các xã cũ hợp thành thuộc về; đường đậm là ranh giới huyện cũ. Vị trí các ô trong một huyện cũ chỉ là gần đúng.',
  districtTiles: 'Mỗi ô là một huyện, thị xã, thành phố; vị trí các ô theo hướng địa lý, không theo diện tích.',
  geoFailed: 'Không tải được tệp ranh giới (geo).',
  noLayout: 'Chưa có sơ đồ ô cho cấp đơn vị hành chính này vào thời điểm này.',
  sizeLegend: 'Diện tích hình tròn tỷ lệ với số liệu',
};

const en: MapText = {
  noData: 'No data',
  noShape: (n) => (n === 1 ? 'In the data but not on the map:' : `${n} groups in the data are not on the map:`),
  shapesWithoutData: (n) => (n === 1 ? '1 unit on the map has no data:' : `${n} units on the map have no data:`),
  more: (n) => `and ${n} more`,
  communeTiles:
    'Each tile is a commune or ward (from 1 July 2025), grouped by the former district most of its constituent communes belonged to; thick lines outline the former districts. Positions within a former district are approximate.',
  districtTiles: 'Each tile is a district, town or city, placed by direction, not by area.',
  geoFailed: 'The boundary file (geo) could not be loaded.',
  noLayout: 'There is no tile map of these administrative units at this date.',
  sizeLegend: 'Circle areas are proportional to the figures',
};

/**
 * `<dv-map>`'s own words in a language.
 *
 * @example
 * mapText('en').noData; // 'No data'
 */
export function mapText(lang: Lang): MapText {
  return lang === 'en' ? en : vi;
}
