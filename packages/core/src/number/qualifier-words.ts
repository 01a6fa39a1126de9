import type { Qualifier } from '../vocab/qualifiers.js';

/**
 * The words that hedge a figure in front of it, in Vietnamese and English, folded (see `foldName`): "hơn" is
 * `hon`. "trên"/"over" read as more-than and "dưới"/"under" as less-than, as reports use them.
 *
 * @example
 * QUALIFIER_WORDS.get(foldName('ít nhất')); // 'at-least'
 */
export const QUALIFIER_WORDS: ReadonlyMap<string, Qualifier> = /* @__PURE__ */ new Map<string, Qualifier>([
  ['hon', 'more-than'],
  ['tren', 'more-than'],
  ['gan', 'nearly'],
  ['gan nhu', 'nearly'],
  ['xap xi', 'about'],
  ['khoang', 'about'],
  ['uoc', 'about'],
  ['uoc tinh', 'about'],
  ['chung', 'about'],
  ['it nhat', 'at-least'],
  ['toi thieu', 'at-least'],
  ['duoi', 'less-than'],
  ['chua den', 'less-than'],
  ['khong qua', 'at-most'],
  ['toi da', 'at-most'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['at least', 'at-least'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['at most', 'at-most'],
  ['up to', 'at-most'],
  ['no more than', 'at-most'],
]);

/**
 * Symbols that hedge a figure: "> 1.000", "≥ 50", "~ 70".
 *
 * @example
 * QUALIFIER_SYMBOLS.get('≥'); // 'at-least'
 */
export const QUALIFIER_SYMBOLS: ReadonlyMap<string, Qualifier> = /* @__PURE__ */ new Map<string, Qualifier>([
  ['>', 'more-than'],
  ['>=', 'at-least'],
  ['≥', 'at-least'],
  ['<', 'less-than'],
  ['<=', 'at-most'],
  ['≤', 'at-most'],
  ['~', 'about'],
  ['≈', 'about'],
]);
