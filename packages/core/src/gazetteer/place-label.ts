import { labelsFor } from '../i18n/labels-for.js';
import { foldName } from '../text/fold-name.js';
import type { Lang } from '../vocab/langs.js';
import type { Place } from './place.js';

// "xa ", "phuong ", …: each Vietnamese type word folded once.
const typePrefix: Partial<Record<Place['type'], string>> = {};

/**
 * A place's full name in a language: the type word before the name in Vietnamese ("xã Thiên Lộc", "thành phố Hà
 * Tĩnh"), after it in English ("Thiên Lộc commune", "Hà Tĩnh city"). Names that already begin with their type
 * word, as datasets often write villages and residential groups ("Tổ dân phố 3"), are given as they are.
 *
 * @example
 * placeLabel({ code: '443', name: 'Can Lộc', type: 'district' }, 'en'); // 'Can Lộc district'
 */
export function placeLabel(place: Pick<Place, 'name' | 'type'>, lang: Lang): string {
  const word = labelsFor(lang).placeType[place.type];
  const vi = labelsFor('vi').placeType[place.type];
  const name = place.name;
  // Written exactly so ("Xã Thử 1", "Thôn 3"), as most are: no folding. Otherwise only the name's start is folded
  // (a chart labels thousands of places): the type word and a few characters more.
  if (name[vi.length] === ' ' && name.slice(0, vi.length).toLowerCase() === vi && /[\p{L}\p{N}]/u.test(name[vi.length + 1] ?? '')) return name;
  const prefix = (typePrefix[place.type] ??= `${foldName(vi)} `);
  if (foldName(name.slice(0, vi.length + 3)).startsWith(prefix)) return name;
  return lang === 'en' ? `${name} ${word}` : `${word} ${name}`;
}
