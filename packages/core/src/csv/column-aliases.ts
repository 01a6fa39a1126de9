import { aliasTable } from './match-alias.js';

/**
 * What a column holds. `row-number` (STT) is read and ignored; `place` holds a whole place ("Xã Thiên Lộc,
 * huyện Can Lộc"), while `commune`, `district` and `province` hold one tier each when a sheet splits it.
 */
export type ColumnKind =
  | 'row-number'
  | 'id'
  | 'name'
  | 'field'
  | 'place'
  | 'commune'
  | 'district'
  | 'province'
  | 'started'
  | 'host'
  | 'level'
  | 'status'
  | 'description';

/**
 * Header spellings for every non-metric column, in Vietnamese and English (folded, so case and accents are free).
 *
 * @example
 * columnAliases.get(foldName('Tên mô hình')); // 'name'
 */
export const columnAliases = /* @__PURE__ */ aliasTable<ColumnKind>({
  'row-number': ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', 'No.', 'Nr', 'Row'],
  id: ['Mã', 'Mã số', 'Mã mô hình', 'ID', 'Code', 'Model ID', 'Model code'],
  name: [
    'Tên mô hình',
    'Mô hình',
    'Tên',
    'Tên mô hình dân vận khéo',
    'Mô hình dân vận khéo',
    'Tên mô hình, điển hình',
    'Model name',
    'Name',
    'Model',
  ],
  field: ['Lĩnh vực', 'Lĩnh vực mô hình', 'Thuộc lĩnh vực', 'Field', 'Sector'],
  place: [
    'Địa bàn',
    'Địa bàn thực hiện',
    'Đơn vị hành chính',
    'Địa điểm',
    'Địa phương',
    'Nơi thực hiện',
    'Place',
    'Location',
    'Area',
  ],
  commune: ['Xã', 'Xã, phường', 'Xã, phường, thị trấn', 'Phường', 'Phường, xã', 'Commune', 'Ward', 'Commune, ward'],
  district: ['Huyện', 'Huyện, thị xã, thành phố', 'Huyện, thị xã', 'Huyện, thị, thành phố', 'District'],
  province: ['Tỉnh', 'Tỉnh, thành phố', 'Province'],
  started: [
    'Năm',
    'Năm thực hiện',
    'Năm xây dựng',
    'Năm bắt đầu',
    'Năm đăng ký',
    'Thời gian',
    'Thời gian thực hiện',
    'Thời gian bắt đầu',
    'Ngày bắt đầu',
    'Year',
    'Started',
    'Start',
    'Start date',
    'Date',
  ],
  host: [
    'Đơn vị thực hiện',
    'Đơn vị chủ trì',
    'Cơ quan chủ trì',
    'Chủ trì',
    'Đơn vị phụ trách',
    'Tổ chức thực hiện',
    'Cơ quan, đơn vị thực hiện',
    'Host',
    'Host organisation',
    'Host organization',
    'Organisation',
    'Organization',
  ],
  level: ['Cấp công nhận', 'Cấp', 'Cấp độ', 'Cấp quản lý', 'Level', 'Recognition level', 'Recognised by', 'Recognized by'],
  status: ['Tình trạng', 'Trạng thái', 'Tình hình thực hiện', 'Status'],
  description: ['Ghi chú', 'Mô tả', 'Nội dung', 'Nội dung mô hình', 'Note', 'Notes', 'Description'],
});
