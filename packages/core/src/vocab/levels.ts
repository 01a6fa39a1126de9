/** The level at which a model was recognised. District recognition ends with the district level (2025-07-01). */
export const LEVELS = ['commune', 'district', 'province', 'central'] as const;

/** A recognition level. */
export type Level = (typeof LEVELS)[number];
