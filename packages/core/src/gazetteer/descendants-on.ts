import type { GazetteerIndex } from './gazetteer-index.js';
import type { Place } from './place.js';
import { validOn } from './place-validity.js';

/**
 * The units under a code in force on a day, depth first: each unit followed by its own descendants (a commune,
 * then its villages), children in code order.
 *
 * @example
 * descendantsOn(index, '443', '2023-12-31').length; // 18
 */
export function descendantsOn(index: GazetteerIndex, code: string, day: string): Place[] {
  const out: Place[] = [];
  const seen = new Set([code]);
  const walk = (parent: string): void => {
    for (const child of index.children.get(parent) ?? []) {
      // `seen` guards against a dataset whose parents loop.
      if (!validOn(child, day) || seen.has(child.code)) continue;
      seen.add(child.code);
      out.push(child);
      walk(child.code);
    }
  };
  walk(code);
  return out;
}
