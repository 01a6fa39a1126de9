/**
 * How a published figure is hedged. "more than 19,300" is `more-than`; "nearly 8,000" is `nearly`.
 * Each one means an interval of possible true values (see `toInterval`).
 */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'nearly', 'at-most', 'less-than'] as const;

/** A hedge on a published figure. */
export type Qualifier = (typeof QUALIFIERS)[number];
