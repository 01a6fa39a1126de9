/** Where a model stands in the movement's lifecycle: registered, carried out, commended, replicated, or stopped. */
export const STATUSES = ['registered', 'active', 'commended', 'replicated', 'discontinued'] as const;

/** A model's lifecycle status. */
export type Status = (typeof STATUSES)[number];
