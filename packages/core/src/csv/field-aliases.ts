import type { Field } from '../vocab/fields.js';
import { aliasTable } from './match-alias.js';

/**
 * How sheets name the four fields, in Vietnamese and English, with the abbreviations offices use. Folding makes
 * "hóa"/"hoá", any dash, case and NFD text alike, so each spelling is listed once.
 *
 * @example
 * matchAlias(fieldAliases, 'Văn hoá – xã hội'); // 'culture-society'
 */
export const fieldAliases = /* @__PURE__ */ aliasTable<Field>({
  economic: ['Kinh tế', 'KT', 'Lĩnh vực kinh tế', 'Dân vận khéo trong lĩnh vực kinh tế', 'Economy', 'Economics'],
  'culture-society': [
    'Văn hóa - xã hội',
    'Văn hóa, xã hội',
    'Văn hóa xã hội và môi trường',
    'VH-XH',
    'VHXH',
    'VH - XH',
    'Lĩnh vực văn hóa - xã hội',
    'Culture-society',
    'Culture and society',
    'Social and cultural',
  ],
  'defense-security': [
    'Quốc phòng - an ninh',
    'Quốc phòng, an ninh',
    'An ninh - quốc phòng',
    'QP-AN',
    'QPAN',
    'QP - AN',
    'AN-QP',
    'An ninh trật tự',
    'ANTT',
    'Lĩnh vực quốc phòng - an ninh',
    'Defence-security',
    'Defense and security',
    'Defence and security',
  ],
  'party-building': [
    'Xây dựng Đảng, hệ thống chính trị',
    'Xây dựng Đảng và hệ thống chính trị',
    'Xây dựng Đảng',
    'Xây dựng hệ thống chính trị',
    'XDĐ',
    'XDĐ, HTCT',
    'XDĐ-HTCT',
    'XD HTCT',
    'XDHTCT',
    'HTCT',
    'Lĩnh vực xây dựng Đảng, hệ thống chính trị',
    'Party building',
    'Party building and political system',
    'Party-building and political system',
  ],
});
