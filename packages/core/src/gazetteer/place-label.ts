import { labelsFor } from '../i18n/labels-for.js';
import { foldName } from '../text/fold-name.js';
import type { Lang } from '../vocab/langs.js';
import type { Place } from './place.js';

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
  if (foldName(place.name).startsWith(`${foldName(vi)} `)) return place.name;
  return lang === 'en' ? `${place.name} ${word}` : `${word} ${place.name}`;
}
