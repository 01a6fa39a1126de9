import type { z } from './schema/z.js';
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
export type LocalizedText = z.infer<typeof localizedTextSchema>;
/** A span of partial dates. */
export type Period = z.infer<typeof periodSchema>;
/** Where a figure comes from. */
export type Source = z.infer<typeof sourceSchema>;
/** An administrative unit added by a dataset. */
export type PlaceRecord = z.infer<typeof placeSchema>;
/** A measured result of a model. */
export type Outcome = z.infer<typeof outcomeSchema>;
/** One model record. */
export type Model = z.infer<typeof modelSchema>;
/** A published aggregate figure. */
export type Statistic = z.infer<typeof statisticSchema>;
/** A validated dataset. */
export type Dataset = z.infer<typeof datasetSchema>;
/** A dataset's own description: version, title, language, licence, date, synthetic flag. */
export type DatasetHeader = z.infer<typeof datasetHeaderSchema>;
