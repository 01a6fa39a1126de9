/**
 * Kinds of administrative unit. `city`, `town` and `district` are district-level before 2025-07-01;
 * `commune`, `ward` and `township` are commune-level; `village` and `residential-group` lie below communes.
 */
export const PLACE_TYPES = [
  'province',
  'city',
  'town',
  'district',
  'commune',
  'ward',
  'township',
  'village',
  'residential-group',
] as const;

/** The kind of an administrative unit. */
export type PlaceType = (typeof PLACE_TYPES)[number];

/** The administrative tier a place type belongs to. */
export type Tier = 'province' | 'district' | 'commune' | 'below-commune';

/** The tier of each place type: what "by district" or "by commune" groups on. */
export const PLACE_TIER: Readonly<Record<PlaceType, Tier>> = {
  province: 'province',
  city: 'district',
  town: 'district',
  district: 'district',
  commune: 'commune',
  ward: 'commune',
  township: 'commune',
  village: 'below-commune',
  'residential-group': 'below-commune',
};
