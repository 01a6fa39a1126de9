import { labelsEn } from '../i18n/labels-en.js';
import { labelsVi } from '../i18n/labels-vi.js';
import { METRICS, type KnownMetric } from '../vocab/metrics.js';
import { aliasTable } from './match-alias.js';

// Spellings beyond the metric ids and their labels in both languages (which are always accepted).
const EXTRA: Readonly<Partial<Record<KnownMetric, readonly string[]>>> = {
  'households-donating-land': ['Số hộ hiến đất', 'Hộ hiến đất', 'Số hộ tham gia hiến đất', 'Số hộ hiến đất, tài sản'],
  'land-donated-area': ['Diện tích đất hiến', 'Diện tích hiến đất', 'Đất hiến', 'Land donated area', 'Land area donated'],
  'roads-upgraded': ['Số tuyến đường', 'Tuyến đường mở rộng', 'Số tuyến đường được mở rộng', 'Roads upgraded', 'Roads widened'],
  'road-length': [
    'Chiều dài đường',
    'Đường GTNT',
    'Đường giao thông',
    'Đường giao thông nông thôn',
    'Làm đường',
    'Đường bê tông',
    'Roads',
    'Road',
  ],
  'canal-built': ['Kênh mương', 'Kênh mương xây mới', 'Kênh mương nội đồng', 'Canals', 'Canals built', 'Canal'],
  'canal-dredged': ['Kênh mương nạo vét', 'Nạo vét kênh mương', 'Canals dredged'],
  'gardens-renovated': ['Vườn tạp cải tạo', 'Cải tạo vườn tạp', 'Gardens renovated'],
  'model-gardens': ['Vườn mẫu', 'Số vườn mẫu'],
  'houses-built': ['Nhà xây mới', 'Số nhà', 'Nhà tình nghĩa', 'Nhà đại đoàn kết', 'Houses'],
  'working-days': ['Ngày công', 'Số ngày công', 'Ngày công lao động', 'Working days', 'Labour days', 'Labor days'],
  'funds-mobilized': [
    'Kinh phí',
    'Kinh phí huy động',
    'Tổng kinh phí',
    'Huy động',
    'Kinh phí xã hội hóa',
    'Nguồn lực huy động',
    'Funds',
    'Funds mobilised',
    'Funding',
  ],
  beneficiaries: ['Số người hưởng lợi', 'Người hưởng lợi', 'Số người được hưởng lợi', 'Beneficiaries', 'People benefiting'],
};

/**
 * Header spellings for every known metric column (a unit in brackets after them is read separately).
 *
 * @example
 * metricAliases.get(foldName('Đường GTNT')); // 'road-length'
 */
export const metricAliases = /* @__PURE__ */ aliasTable<KnownMetric>(
  Object.fromEntries(
    METRICS.map((m) => [m, [labelsVi.metric[m], labelsEn.metric[m], ...(EXTRA[m] ?? [])]]),
  ) as unknown as Record<KnownMetric, readonly string[]>,
);
