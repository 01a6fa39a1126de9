#!/usr/bin/env node
/**
 * Writes packages/core/data/ha-tinh-synthetic.json, the illustrative record-level dataset, from the BUILT core
 * (packages/core/dist: run `npm run build -w @danvan/core` first). The output is deterministic (a fixed seed) and
 * meant to be committed; test/core/synthetic-data.test.ts fails when it drifts from the generator. `--check`
 * writes nothing and exits 1 when the committed file is not what the generator gives.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syntheticDatasetText } from './synthetic-dataset.mjs';

const DIST = new URL('../packages/core/dist/index.js', import.meta.url);
const OUT = fileURLToPath(new URL('../packages/core/data/ha-tinh-synthetic.json', import.meta.url));

if (!existsSync(DIST)) fail('packages/core/dist is missing: run `npm run build -w @danvan/core` first.');
const { synthesizeModels } = await import(DIST.href);
if (typeof synthesizeModels !== 'function') fail('the built core has no synthesizeModels: rebuild it (`npm run build -w @danvan/core`).');

const text = syntheticDatasetText(synthesizeModels);
const rel = 'packages/core/data/ha-tinh-synthetic.json';
if (process.argv.includes('--check')) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === text;
  console.log(same ? `${rel} is up to date.` : `${rel} differs from the generator: run node scripts/build-synthetic.mjs`);
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, text);
const models = JSON.parse(text).models;
const perField = new Map();
for (const m of models) perField.set(m.field, (perField.get(m.field) ?? 0) + 1);
console.log(`Wrote ${rel}: ${models.length} models, ${Buffer.byteLength(text)} bytes`);
for (const [field, n] of perField) console.log(`  ${field}: ${n}`);

function fail(message) {
  console.error(`build-synthetic: ${message}`);
  process.exit(1);
}
