// The `@danvan/core/schema` entry: the zod schemas of the dataset format and its JSON Schema, for code that checks
// files itself (a form, a backend) rather than through `validate`. Kept apart from the main entry so that a page
// that only queries and formats pulls in no schema code.
export {
  datasetHeaderSchema,
  datasetSchema,
  modelSchema,
  outcomeSchema,
  placeSchema,
  sourceSchema,
  statisticSchema,
} from './entity-schemas.js';
export {
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
export { datasetJsonSchema, DATASET_SCHEMA_ID, type DatasetJsonSchema } from './dataset-json-schema.js';
