import { partialDateRange } from '../date/partial-date.js';
import type { PlaceIndex } from '../gazetteer/place-index.js';
import type { Dimension } from './query-types.js';
import { UNKNOWN_KEY } from './dimension-keys.js';

/** How one record's place was resolved for a query, cached per place and date because millions share a few. */
export interface PlaceResolution {
  /** Whether the place lies within the query's place. */
  readonly inside: boolean;
  /** The group key for `district`, `commune` or `place`. */
  readonly key: string;
  /** Set when the record's unit was mapped to a post-reform unit. */
  readonly mapped: boolean;
  /** Set when the unit was split between several successors and the first was taken. */
  readonly splitFrom?: string | undefined;
  readonly splitTo?: string | undefined;
}

/**
 * Resolves a record's place for a query: is it inside the query's place, and which district, commune or child of
 * the root does it fall in? With `at`, units that no longer exist on that date are followed through the reform's
 * crosswalk to the units that replaced them.
 */
export function resolvePlace(
  gazetteer: PlaceIndex,
  code: string,
  date: string | undefined,
  dim: Dimension | undefined,
  root: string,
  filter: string | undefined,
  at: string | undefined,
): PlaceResolution {
  let unit = code;
  let when = date === undefined ? undefined : nearestDay(gazetteer, code, date);
  let mapped = false;
  let splitFrom: string | undefined;
  let splitTo: string | undefined;
  if (at && !gazetteer.byCode(code, at)) {
    // The record's unit (or the commune above it) is gone by `at`: follow the crosswalk.
    const chain = [code, ...gazetteer.ancestors(code, date).map((p) => p.code)];
    for (const c of chain) {
      const next = gazetteer.crosswalk(c, at);
      if (next.length === 0) continue;
      unit = next[0]!.code;
      mapped = true;
      if (next.length > 1) {
        splitFrom = c;
        splitTo = unit;
      }
      break;
    }
    when = at;
  }
  const lineage = [unit, ...gazetteer.ancestors(unit, when).map((p) => p.code)];
  const inside = filter === undefined || lineage.includes(filter) || crossesInto(gazetteer, lineage, filter, when);
  let key = UNKNOWN_KEY;
  if (dim === 'district' || dim === 'commune') {
    key = lineage.find((c) => gazetteer.tierOf(c, when) === dim) ?? UNKNOWN_KEY;
  } else if (dim === 'place') {
    const i = lineage.indexOf(root);
    key = i > 0 ? lineage[i - 1]! : i === 0 ? root : UNKNOWN_KEY;
  }
  return { inside, key, mapped, splitFrom, splitTo };
}

/**
 * The record's date, or, when its unit has no version in force that day, the nearest day that has one: a model
 * of 2015 in a commune the gazetteer knows from 2020 lies in that commune as first listed, and an undated record
 * read as of a date after its unit ended lies in the unit as last listed. Codes the gazetteer does not know keep
 * the date.
 */
function nearestDay(gazetteer: PlaceIndex, code: string, date: string): string {
  if (gazetteer.byCode(code, date)) return date;
  const versions = gazetteer.versions(code);
  const day = partialDateRange(date)?.[1];
  if (versions.length === 0 || day === undefined) return date;
  const first = versions[0]!.validFrom;
  if (first !== undefined && day < first) return first;
  const last = versions.at(-1)!.validTo;
  if (last !== undefined && day > last) return last;
  return date;
}

/** A pre-reform record inside a post-reform filter place: some unit of its lineage was succeeded by the filter. */
function crossesInto(gazetteer: PlaceIndex, lineage: readonly string[], filter: string, when: string | undefined): boolean {
  const target = gazetteer.byCode(filter);
  if (!target?.validFrom || (when !== undefined && when >= target.validFrom)) return false;
  return lineage.some((c) => gazetteer.crosswalk(c, target.validFrom).some((s) => s.code === filter));
}
