import type { Level } from '../vocab/levels.js';
import { aliasTable } from './match-alias.js';

/**
 * How sheets name the level that recognised a model.
 *
 * @example
 * matchAlias(levelAliases, 'Cấp huyện'); // 'district'
 */
export const levelAliases = /* @__PURE__ */ aliasTable<Level>({
  commune: ['Cấp xã', 'Xã', 'Cấp cơ sở', 'Cơ sở', 'Commune', 'Commune level'],
  district: ['Cấp huyện', 'Huyện', 'District', 'District level'],
  province: ['Cấp tỉnh', 'Tỉnh', 'Province', 'Provincial', 'Province level'],
  central: ['Trung ương', 'Cấp trung ương', 'TW', 'Cấp TW', 'Toàn quốc', 'Central', 'National'],
});
