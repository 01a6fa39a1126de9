import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Place } from '../gazetteer/place.js';
import { partialDateRange } from '../date/partial-date.js';
import { placeLabel } from '../gazetteer/place-label.js';
import { foldName } from '../text/fold-name.js';
import type { Tier } from '../vocab/place-types.js';

/** The lookups the importer needs from a gazetteer: the built-in one, or one that also knows a dataset's places. */
export type PlaceFinder = Pick<Gazetteer, 'find' | 'byCode'>;

/** A place cell as a sheet gives it: one column, or several from the province down. */
export interface PlaceCells {
  readonly province?: string | undefined;
  readonly district?: string | undefined;
  /** The narrowest part: a commune column, or a column holding any place ("Xã Thiên Lộc, huyện Can Lộc"). */
  readonly place?: string | undefined;
  /** Whether `place` came from a commune column, so only commune-level units match. */
  readonly communeOnly?: boolean | undefined;
}

/** Where a row's place is: a code, or why there is none and which part is to blame. */
export type PlaceResolution =
  | { readonly code: string }
  | {
      readonly error: 'unknown_place' | 'ambiguous_place';
      readonly part: 'province' | 'district' | 'place';
      readonly value: string;
      readonly candidates?: string | undefined;
    };

const CODE = /^(?:\d{2,5}|R\d+-\d+)$/;
// Units below the commune, which the gazetteer does not list: "Thôn 3, xã Thiên Lộc" is read as xã Thiên Lộc.
const VILLAGE = /^(?:thon|xom|to dan pho|tdp|khoi|khoi pho|khu pho|ban|lang|ap|to)(?: |$)/;
// The longest real cell is a commune, its district and the province spelled out; anything longer is not a place.
const MAX_LENGTH = 200;

/**
 * Builds the place lookup for one import. Each part is looked up within the one above it (or within
 * `defaultPlace`, then anywhere, for the narrowest part), without a leading village ("Thôn 3, xã Thiên Lộc" is
 * xã Thiên Lộc: the gazetteer stops at communes); on each date of `days` in turn until something is found; and
 * at last without a date, taking the unit in force nearest to the row's date, since the gazetteer's commune lists
 * begin in 2020 and a 2018 row naming a commune that kept its code is still that commune. Two or more units on one
 * date are ambiguous: the importer never guesses. Empty cells are `defaultPlace`, if there is one (else undefined).
 * Lookups are memoised, so a sheet that repeats a place pays once.
 *
 * @example
 * const resolve = placeResolver(gazetteer, '443');
 * resolve({ place: 'Thiên Lộc' }, ['2023']); // { code: '18415' }
 */
export function placeResolver(
  finder: PlaceFinder,
  defaultPlace?: string,
): (cells: PlaceCells, days: readonly string[]) => PlaceResolution | undefined {
  const memo = new Map<string, PlaceResolution | undefined>();

  /** The places a name or code denotes: none, one, or (ambiguous) several. */
  const lookUp = (text: string, scopes: readonly (string | undefined)[], tier: Tier | undefined, days: readonly string[]) => {
    const code = CODE.test(text);
    for (const within of code ? [undefined] : scopes) {
      for (const at of [...days, undefined]) {
        let places: Place[];
        // A gazetteer given by the caller may throw on odd input; a sheet must not stop the import.
        try {
          places = (code ? [finder.byCode(text, at)] : finder.find(text, { within, at, tier })).filter((p) => p !== undefined);
        } catch {
          places = [];
        }
        if (places.length) return at === undefined ? nearest(places, days[0]) : places;
      }
    }
    return [];
  };

  const resolve = (cells: PlaceCells, days: readonly string[]): PlaceResolution | undefined => {
    let within: string | undefined;
    for (const part of ['province', 'district', 'place'] as const) {
      const text = cells[part];
      if (!text) continue;
      const tier = part !== 'place' ? part : cells.communeOnly ? 'commune' : undefined;
      const narrowest = part === 'place' || (!cells.place && (part === 'district' || !cells.district));
      const scopes = within !== undefined ? [within] : narrowest && defaultPlace !== undefined ? [defaultPlace, undefined] : [undefined];
      let found: readonly Place[] = [];
      if (text.length <= MAX_LENGTH) {
        found = lookUp(text, scopes, tier, days);
        const below = found.length ? undefined : belowCommune(text);
        if (below) found = lookUp(below, scopes, tier, days);
      }
      if (found.length !== 1) {
        const candidates = found.length > 1 ? describe(found) : undefined;
        return { error: candidates ? 'ambiguous_place' : 'unknown_place', part, value: text, candidates };
      }
      within = (found[0] as Place).code;
    }
    within ??= defaultPlace;
    return within === undefined ? undefined : { code: within };
  };

  return (cells, days) => {
    const key = JSON.stringify([cells.province, cells.district, cells.place, cells.communeOnly, days]);
    if (!memo.has(key)) memo.set(key, resolve(cells, days));
    return memo.get(key);
  };
}

/** The rest of a cell that starts with a village ("Thôn 3, xã Thiên Lộc" gives "xã Thiên Lộc"), or undefined. */
function belowCommune(text: string): string | undefined {
  const comma = text.search(/[,;]/);
  if (comma < 0 || !VILLAGE.test(foldName(text.slice(0, comma)))) return undefined;
  return text.slice(comma + 1).trim() || undefined;
}

/**
 * The units in force nearest to a date, for a name that matches nothing on the date itself: a 2017 row naming xã
 * Tùng Lộc means the commune of 2020-2025, not the commune of the same name formed in 2025.
 */
function nearest(places: readonly Place[], date: string | undefined): readonly Place[] {
  const range = date === undefined ? undefined : partialDateRange(date);
  if (!range || places.length < 2) return places;
  const [start, end] = range;
  // How long before the range a unit ended, or after it one began (in milliseconds); 0 for one in force in it.
  const gaps = places.map((p) => Math.max(0, Date.parse(p.validFrom ?? end) - Date.parse(end), Date.parse(start) - Date.parse(p.validTo ?? start)));
  const best = Math.min(...gaps);
  return places.filter((_, i) => gaps[i] === best);
}

function describe(places: readonly Place[]): string {
  return places
    .slice(0, 6)
    .map((p) => `${placeLabel(p, 'vi')} (${p.code})`)
    .join(', ');
}
