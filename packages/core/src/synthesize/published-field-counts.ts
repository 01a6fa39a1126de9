import type { Field } from '../vocab/fields.js';

/**
 * How many synthetic models of each field `synthesizeModels` makes at its default size: counts chosen to fit the
 * province's published figures for 2013-2023 read as intervals (economic "nearly 8,000", culture-society "more
 * than 5,800", defence-security "more than 3,300", Party building 2,200, in all "more than 19,300"). Other sizes
 * keep these proportions.
 *
 * @example
 * PUBLISHED_FIELD_COUNTS['party-building']; // 2200
 */
export const PUBLISHED_FIELD_COUNTS: Readonly<Record<Field, number>> = {
  economic: 7961,
  'culture-society': 5874,
  'defense-security': 3347,
  'party-building': 2200,
};

/**
 * The default number of synthetic models: the field counts added up (19,382, "more than 19,300").
 *
 * @example
 * synthesizeModels({ seed: 42 }).length === PUBLISHED_MODEL_COUNT; // true
 */
export const PUBLISHED_MODEL_COUNT: number = Object.values(PUBLISHED_FIELD_COUNTS).reduce((a, n) => a + n, 0);
