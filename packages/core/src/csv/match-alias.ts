import { foldName } from '../text/fold-name.js';

/** Folded spelling → value, for reading cells and headers loosely. */
export type AliasTable<T> = ReadonlyMap<string, T>;

/**
 * Builds an alias table from each value's spellings, folded (see `foldName`): "Văn hóa - xã hội",
 * "Văn hoá – xã hội" and "van hoa xa hoi" all fold to one key.
 *
 * @example
 * const table = aliasTable({ economic: ['Kinh tế', 'KT'] });
 * table.get('kt'); // 'economic'
 */
export function aliasTable<T extends string>(spellings: Readonly<Record<T, readonly string[]>>): AliasTable<T> {
  const table = new Map<string, T>();
  for (const value of Object.keys(spellings) as T[]) {
    for (const spelling of [value, ...spellings[value]]) table.set(foldName(spelling), value);
  }
  return table;
}

// Sheets repeat the same few values thousands of times; folding each once is most of the work saved. The cache
// stops growing past a bound so that a sheet of unique values costs no more memory than the sheet.
const MAX_CACHED = 4096;
const caches = new WeakMap<AliasTable<unknown>, Map<string, unknown>>();

// Longest alias tried as a word prefix: "Hội Liên hiệp Phụ nữ xã Thiên Lộc" needs 5 words.
const MAX_PREFIX_WORDS = 6;

/**
 * Looks a cell up in an alias table. With `prefix`, a cell whose first words are an alias also matches ("Hội Phụ
 * nữ xã Thiên Lộc" is the Women's Union, "UBND xã" the government): the longest such alias wins. Aliases are
 * whole words, so tables leave out short ones that begin ordinary words ("CA" for police would catch "Ca nhạc").
 *
 * @example
 * matchAlias(hostAliases, 'Hội Phụ nữ xã Thiên Lộc', true); // 'womens-union'
 */
export function matchAlias<T>(table: AliasTable<T>, text: string, prefix = false): T | undefined {
  let cache = caches.get(table);
  if (!cache) caches.set(table, (cache = new Map()));
  const key = prefix ? `p${text}` : `e${text}`;
  if (cache.has(key)) return cache.get(key) as T | undefined;
  const found = lookUp(table, text, prefix);
  if (cache.size < MAX_CACHED) cache.set(key, found);
  return found;
}

function lookUp<T>(table: AliasTable<T>, text: string, prefix: boolean): T | undefined {
  const folded = foldName(text);
  const exact = table.get(folded);
  if (exact !== undefined || !prefix) return exact;
  const words = folded.split(' ', MAX_PREFIX_WORDS + 1);
  for (let n = Math.min(words.length - 1, MAX_PREFIX_WORDS); n >= 1; n--) {
    const hit = table.get(words.slice(0, n).join(' '));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
