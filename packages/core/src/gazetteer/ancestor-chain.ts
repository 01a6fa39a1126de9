import { versionNear, versionOn, type GazetteerIndex } from './gazetteer-index.js';
import type { Place } from './place.js';
import { lastDayOf } from './place-validity.js';

/**
 * The units above a place version, nearest first. With `strict`, each parent is the version in force on `day`
 * and the chain stops where there is none. Without it (no date asked for), each parent is the version nearest to
 * `day` and the day moves back to where that parent ended, so that a version of 2024 climbs through the units of
 * 2024 even when one of them has no version "now".
 *
 * @example
 * ancestorChain(index, thienLoc, '2023-12-31', true).map((p) => p.code); // ['443', '42']
 */
export function ancestorChain(index: GazetteerIndex, place: Place, day: string, strict: boolean): Place[] {
  const chain: Place[] = [];
  const seen = new Set([place.code]);
  let current = place;
  let when = day;
  while (current.parent !== undefined && !seen.has(current.parent)) {
    const parent = strict ? versionOn(index, current.parent, when) : versionNear(index, current.parent, when);
    if (!parent) break;
    chain.push(parent);
    seen.add(parent.code);
    if (!strict && lastDayOf(parent) < when) when = lastDayOf(parent);
    current = parent;
  }
  return chain;
}
