import type * as z from './schema/z.js';
import type {
  datasetHeaderSchema,
  datasetSchema,
  modelSchema,
  outcomeSchema,
  placeSchema,
  sourceSchema,
  statisticSchema,
} from './schema/entity-schemas.js';
import type { localizedTextSchema, periodSchema } from './schema/vocab-schemas.js';

/** Text in one or both languages: a plain string, or `{ vi, en }`. */
export type LocalizedText = z.output<typeof localizedTextSchema>;
/** A span of partial dates. */
export type Period = z.output<typeof periodSchema>;
/** Where a figure comes from. */
export type Source = z.output<typeof sourceSchema>;
/** An administrative unit added by a dataset. */
export type PlaceRecord = z.output<typeof placeSchema>;
/** A measured result of a model. */
export type Outcome = z.output<typeof outcomeSchema>;
/** One model record. */
export type Model = z.output<typeof modelSchema>;
/** A published aggregate figure. */
export type Statistic = z.output<typeof statisticSchema>;
/** A validated dataset. */
export type Dataset = z.output<typeof datasetSchema>;
/** A dataset's own description: version, title, language, licence, date, synthetic flag. */
export type DatasetHeader = z.output<typeof datasetHeaderSchema>;
