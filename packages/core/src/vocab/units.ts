/**
 * Units a figure can be reported in. `count` and `model` are plain counts; `m` and `km` are lengths and add up
 * (916 m + 7.1 km); `m2` and `ha` are areas.
 */
export const UNITS = ['count', 'model', 'household', 'person', 'km', 'm', 'm2', 'ha', 'vnd', 'working-day'] as const;

/** A unit of a reported figure. */
export type Unit = (typeof UNITS)[number];

/** What a unit measures; only units of one dimension can be added together. */
export type Dimension = 'count' | 'household' | 'person' | 'length' | 'area' | 'money' | 'labour';

/** Each unit's dimension and its factor to the dimension's base unit (m for length, m2 for area). */
export const UNIT_INFO: Readonly<Record<Unit, { readonly dimension: Dimension; readonly factor: number }>> = {
  count: { dimension: 'count', factor: 1 },
  model: { dimension: 'count', factor: 1 },
  household: { dimension: 'household', factor: 1 },
  person: { dimension: 'person', factor: 1 },
  km: { dimension: 'length', factor: 1000 },
  m: { dimension: 'length', factor: 1 },
  m2: { dimension: 'area', factor: 1 },
  ha: { dimension: 'area', factor: 10_000 },
  vnd: { dimension: 'money', factor: 1 },
  'working-day': { dimension: 'labour', factor: 1 },
};
