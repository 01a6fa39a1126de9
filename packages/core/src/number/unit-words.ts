import { labelsEn } from '../i18n/labels-en.js';
import { labelsVi } from '../i18n/labels-vi.js';
import { aliasTable } from '../text/alias-table.js';
import { foldName } from '../text/fold-name.js';
import type { Unit } from '../vocab/units.js';

// Unit words as sheets write them after a figure or in a column header ("7,1 km", "916m", "2.500 m²", "120 hộ",
// "1.500 ngày công"): the unit labels in both languages, and these besides. `count` has no word.
const units = /* @__PURE__ */ aliasTable<Exclude<Unit, 'count'>>(
  {
    km: 'kilomet|kilometer|kilometers|kilometre|kilometres',
    m: 'met|meter|meters|metre|metres',
    m2: 'met vuong|sq m|sqm|square metres|square meters',
    ha: 'hecta|hec ta|hectare|hectares',
    household: 'ho gia dinh',
    person: 'persons',
    'working-day': 'cong',
    vnd: 'd',
    model: '',
  },
  [labelsVi.unit, labelsEn.unit, labelsEn.unitOne],
);

// Words that scale a figure: "50 triệu" is 50,000,000; "1,2 tỷ đồng" is 1,200,000,000 đồng; "1,2 nghìn tỷ" (how
// Vietnamese says trillions, and how formatNumber's compact form writes them) is 1,200,000,000,000.
const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const scales = /* @__PURE__ */ aliasTable<keyof typeof SCALES>({
  thousand: 'nghin|ngan',
  million: 'trieu|tr|millions',
  billion: 'ty|ti|billions',
  trillion: 'nghin ty|ngan ty|trillions',
});

/** What a unit phrase says: a unit, a scale, or both ("triệu đồng"). */
export interface UnitPhrase {
  readonly unit?: Unit | undefined;
  readonly scale?: number | undefined;
}

/**
 * Reads a unit phrase, in any case and with or without accents: a unit word, a scale word, or a scale word then a
 * unit word. Returns undefined when the phrase is neither.
 *
 * @example
 * readUnitPhrase('triệu đồng'); // { unit: 'vnd', scale: 1000000 }
 * readUnitPhrase('trđ'); // { unit: 'vnd', scale: 1000000 }
 * readUnitPhrase('m²'); // { unit: 'm2', scale: undefined }
 * readUnitPhrase('₫'); // { unit: 'vnd', scale: undefined }
 */
export function readUnitPhrase(raw: string): UnitPhrase | undefined {
  // The đồng sign, as Excel's Vietnamese currency format writes it ("1.500.000 ₫"), is a symbol folding would drop.
  const text = raw.replaceAll('₫', 'đ');
  let unit = units(text);
  let scale = scales(text);
  if (unit || scale) return { unit, scale: scale && SCALES[scale] };
  const folded = foldName(text);
  // A scale word (or two: "nghìn tỷ đồng"), a space, a unit; or, abbreviated, a scale run into a one-letter unit
  // ("trđ", "tỷđ").
  const space = folded.indexOf(' ');
  for (const cut of space < 0 ? [folded.length - 1] : [space, folded.lastIndexOf(' ')]) {
    unit = units(folded.slice(cut));
    scale = scales(folded.slice(0, cut));
    if (unit && scale) return { unit, scale: SCALES[scale] };
  }
  return undefined;
}
