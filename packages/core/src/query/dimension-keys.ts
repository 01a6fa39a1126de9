import { labelsFor } from '../i18n/labels-for.js';
import type { PlaceIndex } from '../gazetteer/place-index.js';
import { FIELDS } from '../vocab/fields.js';
import { HOSTS } from '../vocab/hosts.js';
import { LEVELS } from '../vocab/levels.js';
import { STATUSES } from '../vocab/statuses.js';
import { compareVietnamese } from '../text/compare-vietnamese.js';
import type { Dimension, Label } from './query-types.js';

const ORDER: Partial<Record<Dimension, readonly string[]>> = {
  field: FIELDS,
  status: STATUSES,
  host: HOSTS,
  level: LEVELS,
};

/** The key used for records that do not say (no start year, no district after the reform…). */
export const UNKNOWN_KEY = 'unknown';

/**
 * Labels a group key of a dimension in both languages: field and status ids by the label maps, place codes by
 * the gazetteer, years as they are.
 */
export function labelKey(dim: Dimension, key: string, gazetteer: PlaceIndex, at: string | undefined): Label {
  if (key === UNKNOWN_KEY) return { vi: 'Không rõ', en: 'Unknown' };
  const vi = labelsFor('vi');
  const en = labelsFor('en');
  switch (dim) {
    case 'field':
    case 'status':
    case 'host':
    case 'level':
      return { vi: (vi[dim] as Record<string, string>)[key] ?? key, en: (en[dim] as Record<string, string>)[key] ?? key };
    case 'year':
      return { vi: key, en: key };
    default:
      return { vi: gazetteer.label(key, 'vi', at), en: gazetteer.label(key, 'en', at) };
  }
}

/** Compares keys in the dimension's own order: fields as the province reports them, years ascending, places by name. */
export function naturalCompare(dim: Dimension): (a: { key: string; label: Label }, b: { key: string; label: Label }) => number {
  // Own keys only: a `by` from outside the types ("__proto__", "constructor") must not find Object.prototype's.
  const order = Object.hasOwn(ORDER, dim) ? ORDER[dim] : undefined;
  if (order) return (a, b) => rank(order, a.key) - rank(order, b.key);
  if (dim === 'year') return (a, b) => (a.key === UNKNOWN_KEY ? 1 : b.key === UNKNOWN_KEY ? -1 : Number(a.key) - Number(b.key));
  return (a, b) => (a.key === UNKNOWN_KEY ? 1 : b.key === UNKNOWN_KEY ? -1 : compareVietnamese(a.label.vi, b.label.vi));
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

