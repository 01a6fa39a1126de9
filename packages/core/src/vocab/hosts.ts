/** The organisations that host models: Party committees, government and the mass organisations. */
export const HOSTS = [
  'party-committee',
  'government',
  'fatherland-front',
  'womens-union',
  'youth-union',
  'farmers-union',
  'veterans-association',
  'police',
  'military',
  'other',
] as const;

/** The kind of organisation that carries out a model. */
export type Host = (typeof HOSTS)[number];
