import { PLACE_TIER, type PlaceType, type Tier } from '../vocab/place-types.js';
import { ancestorChain } from './ancestor-chain.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { parsePlaceQuery, spellingKey } from './parse-place-query.js';
import type { Place } from './place.js';
import { lastDayOf, validOn } from './place-validity.js';
import { splitPlaceCell } from './split-place-cell.js';

/** How `find` narrows a name down. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date means its last day. */
export interface FindPlaceOptions {
  /** A code the matches must lie within, at any depth ("443" for the communes of Can Lộc district). */
  readonly within?: string | undefined;
  /** Only places in force on that date; without it, every version counts and each code comes back once. */
  readonly at?: string | undefined;
  /** Only places of these types. */
  readonly types?: readonly PlaceType[] | undefined;
  /** Only places of this tier ('district' is city, town and district). */
  readonly tier?: Tier | undefined;
}

/**
 * The places a name or a "place, parent" cell denotes, in code order, one version per code (without a day, the
 * latest version that matches). Matching is loose (see `parsePlaceQuery`) with two preferences that never empty a
 * result: a leading type word keeps the places of that type ("huyện Kỳ Anh" is 447, not the town 449), and an
 * exact spelling beats a loose one ("Thạch Hà" leaves out "Thạch Hạ"). A cell that matches nothing as a whole is
 * read as parts separated by commas or dashes, the last part the outermost unit.
 *
 * @example
 * findPlaces(index, 'Thiên Lộc - Can Lộc', {}, undefined).map((p) => p.code); // ['18415']
 */
export function findPlaces(index: GazetteerIndex, text: string, options: FindPlaceOptions, day: string | undefined): Place[] {
  const direct = match(index, text, options, day);
  const parts = splitPlaceCell(text);
  if (direct.length > 0 || parts.length < 2) return direct;
  let parents = match(index, parts[parts.length - 1], { within: options.within }, day);
  for (const part of parts.slice(1, -1).reverse()) {
    parents = parents.flatMap((p) => match(index, part, { within: p.code }, day));
  }
  return latestPerCode(index, parents.flatMap((p) => match(index, parts[0], { ...options, within: p.code }, day)));
}

function match(index: GazetteerIndex, text: string, options: FindPlaceOptions, day: string | undefined): Place[] {
  const query = parsePlaceQuery(text);
  if (!query) return [];
  const { types, tier, within } = options;
  let found = [...new Set(query.keys.flatMap((key) => index.names.get(key) ?? []))].filter(
    (p) =>
      (day === undefined || validOn(p, day)) &&
      (types === undefined || types.includes(p.type)) &&
      (tier === undefined || PLACE_TIER[p.type] === tier) &&
      (within === undefined || isWithin(index, p, within, day)),
  );
  found = prefer(found, (p) => query.types?.includes(p.type) ?? false);
  found = prefer(found, (p) => [p.name, ...(p.aliases ?? [])].some((name) => spellingKey(name) === query.spelling));
  return latestPerCode(index, found);
}

function isWithin(index: GazetteerIndex, place: Place, code: string, day: string | undefined): boolean {
  return ancestorChain(index, place, day ?? lastDayOf(place), day !== undefined).some((a) => a.code === code);
}

/** The places that pass a test, unless none does: a preference, not a filter. */
function prefer(places: Place[], test: (p: Place) => boolean): Place[] {
  const preferred = places.filter(test);
  return preferred.length > 0 ? preferred : places;
}

function latestPerCode(index: GazetteerIndex, places: readonly Place[]): Place[] {
  const latest = new Map<string, Place>();
  for (const p of places) {
    const seen = latest.get(p.code);
    if (!seen || (seen.validFrom ?? '') < (p.validFrom ?? '')) latest.set(p.code, p);
  }
  return [...latest.values()].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}
