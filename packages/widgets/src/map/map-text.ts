import type { Lang } from '@danvan/core';

/** The words `<dv-map>` puts on screen beyond the shared frame's, in each language. */
export interface MapText {
  /** A unit with no figure: tiles, tooltips, the legend and the data table. */
  readonly noData: string;
  /** Before the list of groups the data has but the map cannot place. */
  readonly noShape: (count: number) => string;
  /** Before the list of drawn units the data says nothing about. */
  readonly shapesWithoutData: (count: number) => string;
  /** Under a commune tile grid: how its positions were made. */
  readonly communeTiles: string;
  /** Before a boundary file's error message. */
  readonly geoFailed: string;
  /** No tile grid exists for the units and date asked (districts after the 2025 reform, communes before it). */
  readonly noLayout: string;
  /** The size legend's heading, for proportional symbols. */
  readonly sizeLegend: string;
}

const vi: MapText = {
  noData: 'Không có số liệu',
  noShape: (n) => `${n} nhóm có số liệu nhưng không có trên bản đồ:`,
  shapesWithoutData: (n) => `${n} đơn vị trên bản đồ không có số liệu:`,
  communeTiles: 'Mỗi ô là một xã, phường (từ 1/7/2025), xếp theo huyện cũ; vị trí các ô chỉ là gần đúng.',
  geoFailed: 'Không tải được tệp ranh giới (geo).',
  noLayout: 'Không có sơ đồ ô cho các đơn vị này vào thời điểm này.',
  sizeLegend: 'Diện tích hình tròn tỷ lệ với số liệu',
};

const en: MapText = {
  noData: 'No data',
  noShape: (n) => `In the data but not on the map (${n}):`,
  shapesWithoutData: (n) => `On the map without data (${n}):`,
  communeTiles: 'Each tile is a commune or ward (from 1 July 2025), grouped by former district; positions are approximate.',
  geoFailed: 'The boundary file (geo) could not be loaded.',
  noLayout: 'There is no tile map of these units at this date.',
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
