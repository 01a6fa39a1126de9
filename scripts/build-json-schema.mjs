#!/usr/bin/env node
/**
 * Writes packages/core/schema/dataset.schema.json, the JSON Schema of the dataset format, from the zod schemas of
 * the BUILT core (packages/core/dist/schema.js: run `npm run build -w @danvan/core` first), so that backends in
 * other languages can validate the same files. Deterministic and meant to be committed;
 * test/core/json-schema.test.ts fails when it drifts from the schemas. `--check` writes nothing and exits 1 when
 * the committed file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = new URL('../packages/core/dist/schema.js', import.meta.url);
const OUT = fileURLToPath(new URL('../packages/core/schema/dataset.schema.json', import.meta.url));
const rel = 'packages/core/schema/dataset.schema.json';

if (!existsSync(DIST)) fail('packages/core/dist/schema.js is missing: run `npm run build -w @danvan/core` first.');
const { datasetJsonSchema } = await import(DIST.href);
if (typeof datasetJsonSchema !== 'function') fail('the built core has no datasetJsonSchema: rebuild it.');

const text = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === text;
  console.log(same ? `${rel} is up to date.` : `${rel} differs from the schemas: run node scripts/build-json-schema.mjs`);
  process.exit(same ? 0 : 1);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
console.log(`Wrote ${rel} (${Buffer.byteLength(text)} bytes)`);

function fail(message) {
  console.error(`build-json-schema: ${message}`);
  process.exit(1);
}
