import type { Host } from '../vocab/hosts.js';
import { aliasTable } from './match-alias.js';

/**
 * How sheets name the organisation that carries a model out. Cells usually add the place ("Hội Phụ nữ xã Thiên
 * Lộc"), so the importer matches these as word prefixes too (see `matchAlias`).
 *
 * @example
 * matchAlias(hostAliases, 'Hội Cựu chiến binh xã', true); // 'veterans-association'
 */
export const hostAliases = /* @__PURE__ */ aliasTable<Host>({
  'party-committee': [
    'Chi bộ',
    'Đảng ủy',
    'Đảng bộ',
    'Cấp ủy',
    'Cấp ủy Đảng',
    'Huyện ủy',
    'Thị ủy',
    'Thành ủy',
    'Tỉnh ủy',
    'Ban Dân vận',
    'Ban Thường vụ',
    'Party committee',
    'Party cell',
  ],
  government: ['UBND', 'Ủy ban nhân dân', 'Chính quyền', 'HĐND', 'Government', "People's Committee"],
  'fatherland-front': ['MTTQ', 'UBMTTQ', 'Mặt trận', 'Mặt trận Tổ quốc', 'Ủy ban MTTQ', 'Fatherland Front'],
  'womens-union': [
    'Hội Phụ nữ',
    'Hội LHPN',
    'Hội Liên hiệp Phụ nữ',
    'Phụ nữ',
    'HPN',
    'Chi hội Phụ nữ',
    "Women's Union",
    'Womens Union',
  ],
  'youth-union': [
    'Đoàn Thanh niên',
    'Đoàn TN',
    'Đoàn TNCS Hồ Chí Minh',
    'Đoàn thanh niên cộng sản Hồ Chí Minh',
    'Chi đoàn',
    'Thanh niên',
    'Youth Union',
  ],
  'farmers-union': ['Hội Nông dân', 'HND', 'Nông dân', 'Chi hội Nông dân', "Farmers' Union", 'Farmers Union'],
  'veterans-association': [
    'Hội Cựu chiến binh',
    'Hội CCB',
    'CCB',
    'Cựu chiến binh',
    'Chi hội Cựu chiến binh',
    "Veterans' Association",
    'Veterans Association',
  ],
  police: ['Công an', 'Police'],
  military: ['Quân sự', 'Ban Chỉ huy quân sự', 'Ban CHQS', 'Quân đội', 'Bộ đội', 'Biên phòng', 'Đồn Biên phòng', 'Military'],
  other: ['Khác', 'Other'],
});
