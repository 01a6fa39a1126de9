import { cleanText } from '../text/clean-text.js';
import { foldName } from '../text/fold-name.js';
import type { PlaceType } from '../vocab/place-types.js';

/** A name as `find` looks it up. */
export interface PlaceQuery {
  /** Folded keys to look up: the name without its type word first, then the whole text when a word was cut. */
  readonly keys: readonly string[];
  /** The name without its type word as spelled (see `spellingKey`): an exact spelling is preferred to a loose one. */
  readonly spelling: string;
  /** The types the leading type word names ("huyện" -> district), absent when there was none. */
  readonly types?: readonly PlaceType[] | undefined;
}

// Type words as they fold, longest first so that "thi xa" is not read as "thi" + "xa". Abbreviations are the ones
// Vietnamese addresses use ("TP. Hà Tĩnh", "TX. Kỳ Anh", "TT. Nghèn"); single letters ("P.", "X.") are left out
// because they would eat the first word of a name too easily.
const TYPE_WORDS: readonly (readonly [string, PlaceType])[] = [
  ['thanh pho', 'city'],
  ['thi tran', 'township'],
  ['thi xa', 'town'],
  ['phuong', 'ward'],
  ['huyen', 'district'],
  ['tinh', 'province'],
  ['xa', 'commune'],
  ['tp', 'city'],
  ['tx', 'town'],
  ['tt', 'township'],
];

/**
 * A name's spelling for comparison: NFC, lower case, punctuation and spaces collapsed, diacritics kept. Two names
 * with the same spelling key are the same name; names with the same `foldName` may only sound alike ("Thạch Hà",
 * "Thạch Hạ").
 *
 * @example
 * spellingKey('Thị trấn  Tây Sơn'); // 'thị trấn tây sơn'
 */
export function spellingKey(name: string): string {
  return cleanText(name)
    .text.toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Reads a place name as typed or as found in a spreadsheet cell: any normalisation form, any case, with or
 * without diacritics, with or without a leading type word ("xã", "Thị trấn", "huyen", "TP."). Returns undefined
 * for text with no letters or digits.
 *
 * @example
 * parsePlaceQuery('Thị xã Kỳ Anh'); // { keys: ['ky anh', 'thi xa ky anh'], spelling: 'kỳ anh', types: ['town'] }
 */
export function parsePlaceQuery(text: string): PlaceQuery | undefined {
  const whole = foldName(cleanText(text).text);
  if (whole === '') return undefined;
  const spelled = spellingKey(text);
  for (const [word, type] of TYPE_WORDS) {
    if (!whole.startsWith(`${word} `)) continue;
    // Folding keeps the word boundaries, so the type word is as many words of the spelled text.
    const words = word.split(' ').length;
    return { keys: [whole.slice(word.length + 1), whole], spelling: spelled.split(' ').slice(words).join(' '), types: [type] };
  }
  return { keys: [whole], spelling: spelled };
}
