import { labelsEn } from '../i18n/labels-en.js';
import { labelsVi } from '../i18n/labels-vi.js';
import { aliasTable } from '../text/alias-table.js';
import type { Field } from '../vocab/fields.js';
import type { Host } from '../vocab/hosts.js';
import type { Level } from '../vocab/levels.js';
import type { Status } from '../vocab/statuses.js';

/**
 * How sheets name a model's field, host, level and status, in Vietnamese and English: each value's id and labels
 * in both languages, and the spellings offices use besides (folded, see `aliasTable`). Hosts, levels and statuses
 * also match as word prefixes, since cells add the place ("Hội Phụ nữ xã Thiên Lộc", "UBND xã").
 *
 * @example
 * VALUE_ALIASES.field('Văn hoá – xã hội'); // 'culture-society'
 * VALUE_ALIASES.host('Hội Cựu chiến binh xã'); // 'veterans-association'
 */
export const VALUE_ALIASES = {
  field: /* @__PURE__ */ aliasTable<Field>(
    {
      economic: 'linh vuc kinh te|dan van kheo trong linh vuc kinh te|economy|economics',
      'culture-society': 'vhxh|linh vuc van hoa xa hoi|van hoa xa hoi va moi truong|social and cultural',
      'defense-security': 'qpan|linh vuc quoc phong an ninh|an ninh quoc phong|an qp|an ninh trat tu|antt',
      'party-building':
        'linh vuc xay dung dang he thong chinh tri|xay dung dang|xay dung he thong chinh tri|xdd htct|xd htct|xdhtct|htct',
    },
    [labelsVi.field, labelsVi.fieldShort, labelsEn.field, labelsEn.fieldShort],
  ),
  host: /* @__PURE__ */ aliasTable<Host>(
    {
      'party-committee': 'chi bo|dang uy|dang bo|cap uy|huyen uy|thi uy|thanh uy|tinh uy|ban dan van|ban thuong vu|party cell',
      government: 'ubnd|uy ban nhan dan|hdnd|peoples committee',
      'fatherland-front': 'mttq|ubmttq|mat tran|uy ban mttq',
      'womens-union': 'hoi phu nu|hoi lhpn|phu nu|hpn|chi hoi phu nu',
      'youth-union': 'doan tn|doan tncs ho chi minh|chi doan|thanh nien',
      'farmers-union': 'hnd|nong dan|chi hoi nong dan',
      'veterans-association': 'hoi ccb|ccb|cuu chien binh|chi hoi cuu chien binh',
      police: '',
      military: 'ban chi huy quan su|ban chqs|quan doi|bo doi|bien phong|don bien phong',
      other: '',
    },
    [labelsVi.host, labelsEn.host],
    true,
  ),
  level: /* @__PURE__ */ aliasTable<Level>(
    {
      commune: 'xa|cap co so|co so',
      district: 'huyen',
      province: 'tinh|provincial',
      central: 'cap trung uong|tw|cap tw|toan quoc|national',
    },
    [labelsVi.level, labelsEn.level],
    true,
  ),
  status: /* @__PURE__ */ aliasTable<Status>(
    {
      registered: 'da dang ky|moi dang ky|new',
      active: 'dang thuc hien|dang xay dung|dang duy tri|duy tri|thuc hien|hoat dong|dang hoat dong|ongoing|in progress',
      commended: 'da khen thuong|khen thuong|duoc bieu duong|bieu duong|awarded',
      replicated: 'nhan rong|da nhan rong',
      discontinued: 'dung|da dung|ngung|khong duy tri|stopped',
    },
    [labelsVi.status, labelsEn.status],
    true,
  ),
};
