import { labelsEn } from '../i18n/labels-en.js';
import { labelsVi } from '../i18n/labels-vi.js';
import { aliasTable } from '../text/alias-table.js';
import type { Qualifier } from '../vocab/qualifiers.js';

// The words that hedge a figure in front of it: the qualifier labels in both languages, and these besides.
// "trên"/"over" read as more-than and "dưới"/"under" as less-than, as reports use them.
const words = /* @__PURE__ */ aliasTable<Exclude<Qualifier, 'exact'>>(
  {
    'more-than': 'tren|over|above',
    nearly: 'gan nhu|almost',
    about: 'xap xi|uoc|uoc tinh|chung|around|approximately|approx|roughly|some',
    'at-least': 'toi thieu',
    'less-than': 'chua den|fewer than|under|below',
    'at-most': 'toi da|up to|no more than',
  },
  [labelsVi.qualifier, labelsEn.qualifier],
);

// Symbols that hedge a figure: "> 1.000", "≥ 50", "~ 70".
const SYMBOLS: ReadonlyMap<string, Qualifier> = /* @__PURE__ */ new Map<string, Qualifier>([
  ['>', 'more-than'],
  ['>=', 'at-least'],
  ['≥', 'at-least'],
  ['<', 'less-than'],
  ['<=', 'at-most'],
  ['≤', 'at-most'],
  ['~', 'about'],
  ['≈', 'about'],
]);

/**
 * Reads the hedge written in front of a figure: nothing (`exact`), a word in either language ("hơn", "ít nhất",
 * "more than") or a symbol ("> ", "≥", "~"). Undefined for anything else.
 *
 * @example
 * readQualifier('Ít nhất '); // 'at-least'
 * readQualifier('≥ '); // 'at-least'
 */
export function readQualifier(prefix: string): Qualifier | undefined {
  const p = prefix.trim();
  return p === '' ? 'exact' : (SYMBOLS.get(p.replace(/\s+/g, '')) ?? words(p));
}
