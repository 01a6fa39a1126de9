#!/usr/bin/env node
/**
 * Writes, from the zod schemas in packages/core/src/schema/ (bundled on the fly with esbuild: no build needed):
 * - packages/core/schema/dataset.schema.json, the JSON Schema of the dataset format, so that backends in other
 *   languages can validate the same files;
 * - packages/core/src/schema/dataset-schema-data.ts, the same schema without its notes, which validate interprets
 *   (validate/check-schema.ts) so that the browser bundle carries no zod.
 * Deterministic and meant to be committed; test/core/json-schema.test.ts fails when either drifts from the
 * schemas. `--check` writes nothing and exits 1 when a committed file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { datasetSchemaDataModule } from './dataset-schema-data.mjs';

const root = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));

let datasetJsonSchema;
try {
  const bundled = await build({
    entryPoints: [root('packages/core/src/schema/index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = Buffer.from(bundled.outputFiles[0].contents).toString('base64');
  ({ datasetJsonSchema } = await import(`data:text/javascript;base64,${code}`));
} catch (e) {
  fail(`cannot load the zod schemas: ${e.message}`);
}
if (typeof datasetJsonSchema !== 'function') fail('packages/core/src/schema/index.ts exports no datasetJsonSchema.');

const schema = datasetJsonSchema();
const outputs = [
  ['packages/core/schema/dataset.schema.json', `${JSON.stringify(schema, null, 2)}\n`],
  ['packages/core/src/schema/dataset-schema-data.ts', datasetSchemaDataModule(schema)],
];

if (process.argv.includes('--check')) {
  let stale = 0;
  for (const [rel, text] of outputs) {
    const same = existsSync(root(rel)) && readFileSync(root(rel), 'utf8') === text;
    if (!same) stale++;
    console.log(same ? `${rel} is up to date.` : `${rel} differs from the schemas: run node scripts/build-json-schema.mjs`);
  }
  process.exit(stale ? 1 : 0);
}
for (const [rel, text] of outputs) {
  mkdirSync(dirname(root(rel)), { recursive: true });
  writeFileSync(root(rel), text);
  console.log(`Wrote ${rel} (${Buffer.byteLength(text)} bytes)`);
}

function fail(message) {
  console.error(`build-json-schema: ${message}`);
  process.exit(1);
}
