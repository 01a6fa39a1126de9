import { foldName } from './fold-name.js';

/** Reads a spelling: the value it names, or undefined. */
export type AliasLookup<T> = (text: string) => T | undefined;

// Sheets repeat the same few values thousands of times; folding each once is most of the work saved. The cache
// stops growing past a bound so that a sheet of unique values costs no more memory than the sheet.
const MAX_CACHED = 4096;
// Longest alias tried as a word prefix: "Hội Liên hiệp Phụ nữ xã Thiên Lộc" needs 5 words.
const MAX_PREFIX_WORDS = 6;

// Folded words (see `foldName`), without apostrophes and without "và"/"and": "Văn hóa - xã hội", "Văn hoá, xã hội"
// and "văn hoá và xã hội" are the same words, and so are "Women's Union" and "Womens Union".
const words = (text: string) =>
  foldName(text.replace(/['‘’`´ʼ]/g, ''))
    .replace(/ (?:va|and)(?= )/g, '')
    .split(' ');

/**
 * Builds a lookup that reads a value from its spellings, loosely: case, accents, NFD text, punctuation, repeated
 * spaces and "và"/"and" do not matter. A value's spellings are its id, its label in each of `labels` (so whatever
 * danvan shows, it reads back), and the extra spellings `extra` lists for it, folded and separated by `|`; the
 * keys of `extra` are the values. With `prefix`, text whose first words spell a value also matches ("Hội Phụ nữ
 * xã Thiên Lộc" is the Women's Union), the longest such spelling first; so tables leave out short spellings that
 * begin ordinary words ("CA" for police would catch "Ca nhạc"). Lookups are cached.
 *
 * @example
 * const field = aliasTable({ economic: 'kt|economy' }, [labelsVi.field]);
 * field('KINH TẾ'); // 'economic'
 * aliasTable({ 'womens-union': 'hoi phu nu' }, [], true)('Hội Phụ nữ xã Thiên Lộc'); // 'womens-union'
 */
export function aliasTable<T extends string>(
  extra: Readonly<Record<T, string>>,
  labels: readonly Readonly<Partial<Record<T, string>>>[] = [],
  prefix = false,
): AliasLookup<T> {
  const table = new Map<string, T>();
  for (const value of Object.keys(extra) as T[]) {
    for (const spelling of [value, ...labels.map((l) => l[value] ?? ''), ...extra[value].split('|')]) {
      const key = words(spelling).join(' ');
      if (key) table.set(key, value);
    }
  }
  const cache = new Map<string, T | undefined>();
  return (text) => {
    if (cache.has(text)) return cache.get(text);
    const w = words(text);
    let found = table.get(w.join(' '));
    for (let n = Math.min(w.length - 1, MAX_PREFIX_WORDS); prefix && found === undefined && n > 0; n--) {
      found = table.get(w.slice(0, n).join(' '));
    }
    if (cache.size < MAX_CACHED) cache.set(text, found);
    return found;
  };
}
