import * as z from './z.js';
import {
  fieldSchema,
  hostSchema,
  idSchema,
  langSchema,
  levelSchema,
  localizedTextSchema,
  partialDateSchema,
  periodSchema,
  placeTypeSchema,
  reportedNumberSchema,
  statusSchema,
  unitSchema,
} from './vocab-schemas.js';

/** Where a figure comes from. Every figure a widget shows traces to one, and widgets print it. */
export const sourceSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  publisher: z.optional(z.string().check(z.maxLength(300))),
  author: z.optional(z.string().check(z.maxLength(300))),
  date: z.optional(partialDateSchema),
  url: z.optional(z.string().check(z.maxLength(2000))),
  language: z.optional(langSchema),
  note: z.optional(localizedTextSchema),
});

/** An administrative unit a dataset adds to the built-in gazetteer (a village, a residential group, …). */
export const placeSchema = z.object({
  code: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  type: placeTypeSchema,
  parent: z.optional(idSchema),
  validFrom: z.optional(partialDateSchema),
  validTo: z.optional(partialDateSchema),
});

/** A measured result of a model: a metric, a figure, its unit and when. */
export const outcomeSchema = z.object({
  metric: idSchema,
  value: reportedNumberSchema,
  unit: unitSchema,
  period: z.optional(periodSchema),
});

/** One "Skilled Mass Mobilization" model. */
export const modelSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  field: fieldSchema,
  place: idSchema,
  host: z.optional(hostSchema),
  level: z.optional(levelSchema),
  started: z.optional(partialDateSchema),
  status: z.optional(statusSchema),
  replicatedFrom: z.optional(idSchema),
  outcomes: z.optional(z.array(outcomeSchema)),
  sources: z.optional(z.array(idSchema)),
  description: z.optional(localizedTextSchema),
});

/**
 * A published aggregate: "more than 19,300 models since 2013", "nearly 8,000 of them economic", "916 m of road in
 * the first nine months of 2023". Breakdown dimensions (`field`, `status`, `host`, `level`) narrow what it counts.
 */
export const statisticSchema = z.object({
  id: z.optional(idSchema),
  subject: idSchema,
  value: reportedNumberSchema,
  unit: z.optional(unitSchema),
  place: idSchema,
  period: periodSchema,
  field: z.optional(fieldSchema),
  status: z.optional(statusSchema),
  host: z.optional(hostSchema),
  level: z.optional(levelSchema),
  source: idSchema,
  note: z.optional(localizedTextSchema),
});

/** The dataset's own description, without its collections. */
export const datasetHeaderSchema = z.object({
  version: z.literal(1),
  title: localizedTextSchema,
  language: langSchema,
  license: z.string().check(z.minLength(1), z.maxLength(200)),
  updated: partialDateSchema,
  synthetic: z.optional(z.boolean()),
  description: z.optional(localizedTextSchema),
});

/** The dataset file widgets fetch and `validate` checks: header, sources, places, models and statistics. */
export const datasetSchema = z.extend(datasetHeaderSchema, {
  sources: z.array(sourceSchema),
  places: z.optional(z.array(placeSchema)),
  models: z.optional(z.array(modelSchema)),
  statistics: z.optional(z.array(statisticSchema)),
});
