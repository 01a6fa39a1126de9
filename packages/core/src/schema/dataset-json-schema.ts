import {
  datasetSchema,
  modelSchema,
  outcomeSchema,
  placeSchema,
  sourceSchema,
  statisticSchema,
} from './entity-schemas.js';
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
  qualifierSchema,
  reportedNumberSchema,
  statusSchema,
  unitSchema,
} from './vocab-schemas.js';
import * as z from './z.js';

/** Where the published JSON Schema of the dataset format lives; also its `$id`. */
export const DATASET_SCHEMA_ID = 'https://unpkg.com/@danvan/core/schema/dataset.schema.json';

/** A JSON Schema document (draft 2020-12) with its identity and description. */
export interface DatasetJsonSchema {
  readonly $schema: string;
  readonly $id: string;
  readonly title: string;
  readonly description: string;
  readonly [keyword: string]: unknown;
}

/**
 * The JSON Schema (draft 2020-12) of a danvan dataset file, generated from the zod schemas, so that a backend in
 * PHP, Java or anything else can check the same files. `validate` checks records against this very schema (its
 * copy without notes, `dataset-schema-data.ts`, written by scripts/build-json-schema.mjs), interpreted the way zod
 * parses: it describes a file that `validate` accepts without errors. `validate` itself is more forgiving: it
 * cleans text, drops a bad optional value or a bad record with a warning or an error, and checks what a schema
 * cannot (duplicate ids, unknown places and sources, units that cannot measure their metric, totals that disagree
 * with their parts). Extra keys are allowed, as `validate` ignores them. Shared parts (ids, dates, localized text,
 * models, …) are named under `$defs`.
 *
 * @example
 * import Ajv2020 from 'ajv/dist/2020.js';
 * const check = new Ajv2020().compile(datasetJsonSchema());
 * check(JSON.parse(text)); // true for a valid dataset
 */
export function datasetJsonSchema(): DatasetJsonSchema {
  const names = definitions();
  // The refinement "needs vi or en" is code, which JSON Schema cannot carry: say it with keywords.
  const localizedObject = localizedTextSchema.def.options[1];
  const generated = z.toJSONSchema(datasetSchema, {
    io: 'input',
    metadata: names,
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === localizedObject) {
        jsonSchema.anyOf = ['vi', 'en'].map((lang) => ({ required: [lang], properties: { [lang]: { type: 'string', minLength: 1 } } }));
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema: String($schema),
    $id: DATASET_SCHEMA_ID,
    title: 'danvan dataset',
    description:
      'A file of “Skilled Mass Mobilization” (Dân vận khéo) data as danvan reads it: a header (version, title, ' +
      'language, licence, date, synthetic flag), the sources figures come from, extra places, model records and ' +
      'published statistics. Generated from the zod schemas of @danvan/core.',
    ...rest,
  };
}

/** Names and descriptions of the shared parts, which become `$defs`. Built per call: no module-level state. */
function definitions() {
  const names = z.registry<{ id: string; description: string }>();
  const add = (schema: z.ZodMiniType, id: string, description: string) => names.add(schema, { id, description });
  add(idSchema, 'Id', 'An id, code or metric name: a letter or digit, then up to 63 letters, digits and . _ : -');
  add(partialDateSchema, 'PartialDate', 'A date known to the year, month or day: 2021, 2021-03 or 2021-03-15.');
  add(localizedTextSchema, 'LocalizedText', 'Text in Vietnamese, English or both: a string, or { "vi": …, "en": … } with at least one.');
  add(reportedNumberSchema, 'ReportedNumber', 'A figure as published: a number, or { "value": 19300, "qualifier": "more-than" }.');
  add(qualifierSchema, 'Qualifier', 'How a figure is hedged: "more than 19,300" is more-than, "nearly 8,000" is nearly.');
  add(periodSchema, 'Period', 'A span of partial dates; either end may be left open.');
  add(fieldSchema, 'Field', 'One of the movement’s four fields.');
  add(unitSchema, 'Unit', 'A unit of measure; lengths (m, km) and areas (m2, ha) convert into each other.');
  add(statusSchema, 'Status', 'Where a model stands: registered, active, commended, replicated or discontinued.');
  add(hostSchema, 'Host', 'The kind of organisation that runs a model.');
  add(levelSchema, 'Level', 'The level that recognised a model.');
  add(langSchema, 'Lang', 'A language: vi or en.');
  add(placeTypeSchema, 'PlaceType', 'A kind of administrative unit.');
  add(sourceSchema, 'Source', 'Where figures come from: a title and, where known, publisher, author, date and link.');
  add(placeSchema, 'Place', 'An administrative unit the dataset adds to the built-in gazetteer (a village, a residential group…).');
  add(outcomeSchema, 'Outcome', 'A measured result of a model: a metric, a figure, its unit and when.');
  add(modelSchema, 'Model', 'One “Skilled Mass Mobilization” model.');
  add(statisticSchema, 'Statistic', 'A published aggregate figure, with the place, period and breakdown it counts.');
  return names;
}
