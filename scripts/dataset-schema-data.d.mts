/** The JSON Schema without its notes; throws on a keyword check-schema.ts does not interpret. */
export declare function validationSchema(node: Record<string, unknown>, where?: string): Record<string, unknown>;
/** The text of packages/core/src/schema/dataset-schema-data.ts for the JSON Schema `datasetJsonSchema()` gives. */
export declare function datasetSchemaDataModule(jsonSchema: Record<string, unknown>): string;
