import { exportCsv, formatSource, labelsFor, type Lang, type QueryResult } from '@danvan/core';

/**
 * The rows of a chart as a spreadsheet: one line per row (and per series part), the figure as a plain number with
 * its qualifier and unit in their own columns, the share, then the sources and the date of the data. Numbers use
 * a decimal point and the file starts with a byte order mark, so Excel reads Vietnamese text and numbers alike;
 * text cells are guarded against formula injection by core's `exportCsv`.
 */
export function resultToCsv(result: QueryResult, lang: Lang, heading: string, updated: string | undefined): string {
  const l = labelsFor(lang);
  const en = lang === 'en';
  const header = [en ? 'Group' : 'Nhóm', en ? 'Series' : 'Chuỗi', en ? 'Value' : 'Số liệu', en ? 'Qualifier' : 'Hạn định', en ? 'Unit' : 'Đơn vị', en ? 'Share' : 'Tỷ lệ'];
  const unit = l.unit[result.unit] || (en ? 'count' : 'số lượng');
  const lines: (string | number | undefined)[][] = [[heading], header];
  for (const row of result.rows) {
    lines.push([row.label[lang], '', row.value.value, l.qualifier[row.value.qualifier], unit, row.share]);
    for (const part of row.parts ?? []) {
      lines.push([row.label[lang], part.label[lang], part.value.value, l.qualifier[part.value.qualifier], unit, part.share]);
    }
  }
  if (result.total) lines.push([en ? 'Total' : 'Tổng số', '', result.total.value, l.qualifier[result.total.qualifier], unit, '']);
  lines.push([]);
  for (const s of result.sources) lines.push([`${en ? 'Source' : 'Nguồn'}: ${formatSource(s, lang)}`, '', '', '', '', s.url]);
  if (updated) lines.push([`${en ? 'Data updated' : 'Dữ liệu cập nhật'}: ${updated}`]);
  return exportCsv(lines, { bom: true });
}
