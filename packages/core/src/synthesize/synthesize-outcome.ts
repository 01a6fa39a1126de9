import type { Outcome } from '../types.js';
import type { Unit } from '../vocab/units.js';

/** The outcome metrics synthetic models report. */
export const SYNTHETIC_METRICS = [
  'households-donating-land',
  'road-length',
  'canal-built',
  'working-days',
  'funds-mobilized',
  'beneficiaries',
] as const;

/** A metric synthetic models report. */
export type SyntheticMetric = (typeof SYNTHETIC_METRICS)[number];

/**
 * Makes one plausible outcome of a metric, in the unit commune reports give it in: households, km or m of road,
 * km of canal, working days, VND (whole millions) and people. One in ten is hedged "more than", as reports often
 * are. Figures are whole numbers or tenths built by division, so they print the same everywhere.
 *
 * @example
 * synthesizeOutcome('canal-built', randomLcg(1)); // { metric: 'canal-built', value: 1.5, unit: 'km' }
 */
export function synthesizeOutcome(metric: SyntheticMetric, random: () => number): Outcome {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  let value: number;
  let unit: Unit;
  switch (metric) {
    case 'households-donating-land':
      value = int(5, 400);
      unit = 'household';
      break;
    case 'road-length':
      // Short stretches are reported in metres ("916 m"), longer ones in kilometres ("7.1 km").
      if (random() < 0.45) {
        value = int(16, 190) * 5;
        unit = 'm';
      } else {
        value = int(3, 80) / 10;
        unit = 'km';
      }
      break;
    case 'canal-built':
      value = int(2, 60) / 10;
      unit = 'km';
      break;
    case 'working-days':
      value = int(5, 300) * 10;
      unit = 'working-day';
      break;
    case 'funds-mobilized':
      value = int(20, 3000) * 1_000_000;
      unit = 'vnd';
      break;
    case 'beneficiaries':
      value = int(20, 2000);
      unit = 'person';
      break;
  }
  return { metric, value: random() < 0.1 ? { value, qualifier: 'more-than' } : value, unit };
}
