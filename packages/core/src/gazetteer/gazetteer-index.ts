import { foldName } from '../text/fold-name.js';
import { compareCodes } from './compare-codes.js';
import type { Place, Succession } from './place.js';
import { validOn } from './place-validity.js';

/** The lookups a Gazetteer builds once, on first use. */
export interface GazetteerIndex {
  /** Every version, ordered by code (numerically where codes are numbers), then by validFrom. */
  readonly places: readonly Place[];
  readonly successions: readonly Succession[];
  /** Code -> its versions, oldest first. */
  readonly versions: ReadonlyMap<string, readonly Place[]>;
  /** Folded name or alias -> the versions that carry it. */
  readonly names: ReadonlyMap<string, readonly Place[]>;
  /** Parent code -> every version that ever named it as parent. */
  readonly children: ReadonlyMap<string, readonly Place[]>;
  /** Code -> successions out of it, and into it. */
  readonly from: ReadonlyMap<string, readonly Succession[]>;
  readonly to: ReadonlyMap<string, readonly Succession[]>;
  /** A version's position in `places`, for putting results back in that order. */
  readonly order: ReadonlyMap<Place, number>;
}


/**
 * Builds the index of a list of places and successions. Linear in the lists after one sort.
 *
 * @example
 * buildGazetteerIndex([{ code: '42', name: 'Hà Tĩnh', type: 'province' }], []).versions.get('42')?.length; // 1
 */
export function buildGazetteerIndex(places: readonly Place[], successions: readonly Succession[]): GazetteerIndex {
  const sorted = [...places].sort((a, b) => compareCodes(a.code, b.code) || compareDays(a.validFrom ?? '', b.validFrom ?? ''));
  const versions = new Map<string, Place[]>();
  const children = new Map<string, Place[]>();
  const order = new Map<Place, number>();
  // forEach, not for…of entries(): before the engine optimises the loop, each step of that made a result and a pair.
  sorted.forEach((place, i) => {
    order.set(place, i);
    push(versions, place.code, place);
    if (place.parent !== undefined) push(children, place.parent, place);
  });
  const from = new Map<string, Succession[]>();
  const to = new Map<string, Succession[]>();
  for (const s of successions) {
    push(from, s.from, s);
    push(to, s.to, s);
  }
  // Names are folded on the first name search, not here: charts look units up by code only.
  let names: Map<string, Place[]> | undefined;
  return {
    places: sorted,
    successions,
    versions,
    get names() {
      return (names ??= nameIndex(sorted));
    },
    children,
    from,
    to,
    order,
  };
}

function nameIndex(places: readonly Place[]): Map<string, Place[]> {
  const names = new Map<string, Place[]>();
  for (const place of places) for (const key of new Set([place.name, ...(place.aliases ?? [])].map(foldName))) push(names, key, place);
  return names;
}

/**
 * The version of a code in force on a day, or undefined.
 *
 * @example
 * versionOn(index, '18077', '2023-12-31')?.name; // 'Nguyễn Du'
 */
export function versionOn(index: GazetteerIndex, code: string, day: string): Place | undefined {
  return index.versions.get(code)?.find((v) => validOn(v, day));
}

/**
 * The version of a code in force on a day or, failing that, the nearest one: the last that began by then, else
 * the first. For walking up from places whose dates are vaguer than their parents' ("a village, no dates").
 *
 * @example
 * versionNear(index, '18077', '9999-12-31')?.name; // 'Bắc Hà' (its last version)
 */
export function versionNear(index: GazetteerIndex, code: string, day: string): Place | undefined {
  const all = index.versions.get(code);
  if (!all) return undefined;
  return all.find((v) => validOn(v, day)) ?? all.findLast((v) => (v.validFrom ?? '') <= day) ?? all[0];
}

// ISO days compare as text; localeCompare would start a collator for it.
const compareDays = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
