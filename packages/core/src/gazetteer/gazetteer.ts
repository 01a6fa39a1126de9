import { atDay } from './at-day.js';
import { findPlaces, type FindPlaceOptions } from './find-places.js';
import { haTinhData } from './ha-tinh-data.js';
import type { Place } from './place.js';
import { PlaceIndex } from './place-index.js';

// The options of `find` belong to this API: importable from here, defined beside the matching they steer.
export type { FindPlaceOptions } from './find-places.js';
export { PlaceIndex, placeIndex, type GazetteerSource } from './place-index.js';

/**
 * A `PlaceIndex` that also finds places by name, loosely: what spreadsheets and boundary files need.
 *
 * @example
 * const g = new Gazetteer(places, successions);
 * g.find('Thiên Lộc', { at: '2023' }).map((p) => p.code); // ['18415']
 */
export class Gazetteer extends PlaceIndex {
  /**
   * All the places a name denotes: never a guess between two, so "Kỳ Anh" gives the district (447), the town
   * (449) and, from 2025-07-01, the commune. Loose (any Unicode form, case, diacritics; an optional type word
   * "xã", "phường", "thị trấn", "huyện", "thị xã", "thành phố", "tỉnh", "TP.", "TX.", "TT.", with or without
   * accents; aliases) but a type word or an exact spelling narrows the result when they can. A cell naming the
   * parent too ("Xã Thiên Lộc, huyện Can Lộc", "Thiên Lộc - Can Lộc") gives the place within that parent. Without
   * `at`, each code comes back once, as its latest version that matches.
   *
   * @example
   * gazetteer.find('Thiên Lộc', { at: '2023' }).map((p) => p.code); // ['18415']
   * gazetteer.find('Kỳ Anh', { at: '2023', tier: 'district' }).map((p) => p.code); // ['447', '449']
   */
  find(name: string, options: FindPlaceOptions = {}): Place[] {
    return findPlaces(this.index, name, options, options.at === undefined ? undefined : atDay(options.at));
  }
}

/**
 * The built-in gazetteer of Hà Tĩnh (province 42): 13 district-level units to 2024 (12 in the first half of
 * 2025), 216 commune-level units from 2020, 210 in the first half of 2025, 69 from 2025-07-01, and the successions
 * between them. Nothing is unpacked or indexed until its first lookup.
 *
 * @example
 * gazetteer.crosswalk('18077').map((t) => gazetteer.label(t.code, 'vi')); // ['phường Thành Sen']
 */
export const gazetteer: Gazetteer = /* @__PURE__ */ Gazetteer.lazy(haTinhData);
