import { labelsEn } from '../i18n/labels-en.js';
import { labelsVi } from '../i18n/labels-vi.js';
import { aliasTable } from '../text/alias-table.js';
import type { KnownMetric } from '../vocab/metrics.js';

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

/** The kinds of column that hold (a part of) the place: a sheet needs one of them, or a default place. */
export const PLACE_KINDS: readonly string[] = ['province', 'district', 'place', 'commune'];

// Header spellings beyond the ids and labels (folded, `|`-separated). The dimension labels name most columns; the
// year column ("Năm", "Year") is the start date.
const KINDS: Readonly<Record<ColumnKind, string>> = {
  'row-number': 'stt|tt|so tt|so thu tu|no|nr|row',
  id: 'ma|ma so|ma mo hinh|code|model id|model code',
  name: 'ten mo hinh|mo hinh|ten|ten mo hinh dan van kheo|mo hinh dan van kheo|ten mo hinh dien hinh|model name|model',
  field: 'linh vuc mo hinh|thuoc linh vuc|sector',
  place: 'dia ban thuc hien|don vi hanh chinh|dia diem|dia phuong|noi thuc hien|location|area',
  commune: 'xa phuong thi tran|phuong xa|phuong|ward|commune ward',
  district: 'huyen thi xa thanh pho|huyen thi xa|huyen thi thanh pho',
  province: 'tinh thanh pho',
  started:
    'nam|nam thuc hien|nam xay dung|nam bat dau|nam dang ky|thoi gian|thoi gian thuc hien|thoi gian bat dau|' +
    'ngay bat dau|year|start|start date|date',
  host:
    'don vi chu tri|co quan chu tri|chu tri|don vi phu trach|to chuc thuc hien|co quan don vi thuc hien|' +
    'host organisation|organisation|organization',
  level: 'cap|cap do|cap quan ly|recognised by|recognized by',
  status: 'trang thai|tinh hinh thuc hien',
  description: 'ghi chu|mo ta|noi dung|noi dung mo hinh|note|notes',
};

// Metric header spellings beyond the ids and the metric labels.
const METRICS: Readonly<Record<KnownMetric, string>> = {
  'households-donating-land': 'so ho hien dat|so ho tham gia hien dat|so ho hien dat tai san',
  'land-donated-area': 'dien tich hien dat|dat hien|land area donated',
  'roads-upgraded': 'so tuyen duong|tuyen duong mo rong|so tuyen duong duoc mo rong|roads widened',
  'road-length': 'chieu dai duong|duong gtnt|duong giao thong|duong giao thong nong thon|lam duong|duong be tong|roads|road',
  'canal-built': 'kenh muong|kenh muong xay moi|kenh muong noi dong|canals|canals built|canal',
  'canal-dredged': 'kenh muong nao vet|nao vet kenh muong|canals dredged',
  'corridors-cleared': '',
  'gardens-renovated': 'vuon tap cai tao|cai tao vuon tap',
  'household-gardens-renovated': '',
  'model-gardens': 'so vuon mau',
  'model-residential-areas': '',
  'villages-meeting-standard': '',
  'houses-built': 'nha xay moi|so nha|nha tinh nghia|nha dai doan ket|houses',
  'working-days': 'so ngay cong|ngay cong lao dong|labour days|labor days',
  'funds-mobilized': 'kinh phi|tong kinh phi|huy dong|kinh phi xa hoi hoa|nguon luc huy dong|funds|funds mobilised|funding',
  beneficiaries: 'so nguoi huong loi|so nguoi duoc huong loi|people benefiting',
};

/**
 * Reads a header (without its unit, see `readHeaderCell`): the kind of column it names, or the metric. Spellings
 * are the ids, the labels danvan shows (dimension, place type and metric names in both languages) and the ones
 * offices use besides (folded, see `aliasTable`).
 *
 * @example
 * headerAliases('Tên mô hình'); // 'name'
 * headerAliases('Đường GTNT'); // 'road-length'
 */
export const headerAliases = /* @__PURE__ */ aliasTable<ColumnKind | KnownMetric>({ ...KINDS, ...METRICS }, [
  labelsVi.dimension,
  labelsEn.dimension,
  labelsVi.placeType,
  labelsEn.placeType,
  labelsVi.metric,
  labelsEn.metric,
]);
