import type { Unit } from './units.js';

/**
 * Outcome metrics that models report, each with the unit it is usually given in. Datasets may use other ids in
 * kebab-case; these are the ones danvan can label in both languages.
 */
export const METRICS = [
  'households-donating-land',
  'land-donated-area',
  'roads-upgraded',
  'road-length',
  'canal-built',
  'canal-dredged',
  'corridors-cleared',
  'gardens-renovated',
  'household-gardens-renovated',
  'model-gardens',
  'model-residential-areas',
  'villages-meeting-standard',
  'houses-built',
  'working-days',
  'funds-mobilized',
  'beneficiaries',
] as const;

/** A metric danvan knows by name. */
export type KnownMetric = (typeof METRICS)[number];

/** The unit each known metric is normally reported in. */
export const METRIC_UNITS: Readonly<Record<KnownMetric, Unit>> = {
  'households-donating-land': 'household',
  'land-donated-area': 'm2',
  'roads-upgraded': 'count',
  'road-length': 'km',
  'canal-built': 'km',
  'canal-dredged': 'km',
  'corridors-cleared': 'km',
  'gardens-renovated': 'count',
  'household-gardens-renovated': 'count',
  'model-gardens': 'count',
  'model-residential-areas': 'count',
  'villages-meeting-standard': 'count',
  'houses-built': 'count',
  'working-days': 'working-day',
  'funds-mobilized': 'vnd',
  beneficiaries: 'person',
};
