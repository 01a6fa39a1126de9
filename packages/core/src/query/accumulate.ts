import { createIntervalSum, type IntervalSum } from '../number/sum-intervals.js';

/** A group being added up: its own sum, and its parts by the series dimension. */
export interface Group {
  readonly sum: IntervalSum;
  readonly parts: Map<string, IntervalSum> | undefined;
}

/** The group for a key, created on first use. Keys are `Map` keys, never object properties. */
export function groupFor(groups: Map<string, Group>, key: string, withParts: boolean): Group {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { sum: createIntervalSum(), parts: withParts ? new Map() : undefined }));
  return g;
}

/** The part of a group for a series key, created on first use. */
export function partFor(group: Group, key: string): IntervalSum | undefined {
  if (!group.parts) return undefined;
  let s = group.parts.get(key);
  if (!s) group.parts.set(key, (s = createIntervalSum()));
  return s;
}
