#!/usr/bin/env node
/**
 * `npm run bench:core`: the budget of DESIGN.md section 8, "validate + query over 1,000,000 model records in Node:
 * within 4x of JSON.parse of the same file". Synthesizes the records with the BUILT core (building it when
 * packages/core/dist is missing), serialises them once, then times JSON.parse(text) alone against
 * validate(JSON.parse(text)) followed by three queries (by field, by district, by year cumulative): a warm-up
 * round, then the median of several. Prints every timing (wall clock, and CPU time beside it), the ratio, peak
 * memory (maxRSS and the heap) and, under --expose-gc (as `npm run bench:core` runs it), the live heap of the parsed
 * input and of the validated dataset. Exits 1 when the wall-clock ratio is over budget.
 *
 * Options: --records=N (default 1000000), --runs=N (default 5), --budget=X (default 4).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { syntheticDataset } from './synthetic-dataset.mjs';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RECORDS = arg('records', 1_000_000);
const RUNS = Math.max(1, arg('runs', 5));
const BUDGET = arg('budget', 4);
// The date validate checks "future" against: fixed, so every run does the same work.
const TODAY = '2026-11-29';

const DIST = new URL('../packages/core/dist/index.js', import.meta.url);
// Built before synthesizeModels existed counts as missing too.
if (!existsSync(DIST) || !readFileSync(DIST, 'utf8').includes('synthesizeModels')) {
  console.log('packages/core/dist is missing or out of date: building core…');
  const { status } = spawnSync('npm run build -w @danvan/core', {
    shell: true,
    stdio: 'inherit',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
  if (status !== 0) process.exit(status ?? 1);
}
const { synthesizeModels, validate, query } = await import(DIST.href);

let heapPeak = 0;
const sampleHeap = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
const ms = (t) => `${t.toFixed(0).padStart(6)} ms`;
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let t = performance.now();
let text = JSON.stringify(syntheticDataset(synthesizeModels, { count: RECORDS }));
console.log(`Synthesized and serialised ${RECORDS.toLocaleString('en')} records in ${ms(performance.now() - t)}: ${MB(Buffer.byteLength(text))} of JSON`);
const setupRSS = process.resourceUsage().maxRSS * 1024;

// Wall-clock time is what the budget is about; CPU time (all threads, GC helpers included) is printed beside it
// because it varies less when other work shares the machine.
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function parseOnly() {
  const c0 = cpu();
  const t0 = performance.now();
  const data = JSON.parse(text);
  const t1 = performance.now();
  const c1 = cpu();
  sampleHeap();
  if (data.models.length !== RECORDS) throw new Error('JSON.parse lost records');
  return { wall: t1 - t0, cpu: c1 - c0 };
}

function validateAndQuery() {
  const c0 = cpu();
  const t0 = performance.now();
  const input = JSON.parse(text);
  const t1 = performance.now();
  const { data, issues } = validate(input, { today: TODAY });
  const t2 = performance.now();
  const byField = query(data, { by: 'field' });
  const t3 = performance.now();
  const byDistrict = query(data, { by: 'district' });
  const t4 = performance.now();
  const byYear = query(data, { by: 'year', cumulative: true });
  const t5 = performance.now();
  const c5 = cpu();
  sampleHeap();
  if (issues.length > 0 || data.models.length !== RECORDS) throw new Error(`validate reported ${issues.length} issues`);
  if (byField.total.value !== RECORDS || byDistrict.rows.length !== 13 || byYear.rows.at(-1).value.value !== RECORDS) {
    throw new Error('a query gave a wrong answer');
  }
  return { total: t5 - t0, cpu: c5 - c0, parse: t1 - t0, validate: t2 - t1, field: t3 - t2, district: t4 - t3, year: t5 - t4 };
}

// Warm-up: compile the hot paths and let the heap grow before anything is timed.
parseOnly();
validateAndQuery();

const parses = [];
const fulls = [];
for (let i = 0; i < RUNS; i++) {
  parses.push(parseOnly());
  fulls.push(validateAndQuery());
}
const live = liveHeap();
text = undefined;

const parse = median(parses.map((p) => p.wall));
const parseCpu = median(parses.map((p) => p.cpu));
const full = Object.fromEntries(Object.keys(fulls[0]).map((k) => [k, median(fulls.map((f) => f[k]))]));
const ratio = full.total / parse;
const { maxRSS } = process.resourceUsage();

console.log(`\nMedians of ${RUNS} runs after a warm-up (Node ${process.version}):`);
console.log(`  JSON.parse(text)                               ${ms(parse)}   (CPU ${ms(parseCpu)})`);
console.log(`  validate(JSON.parse(text)) + 3 queries         ${ms(full.total)}   (CPU ${ms(full.cpu)})`);
console.log(`    JSON.parse                                   ${ms(full.parse)}`);
console.log(`    validate                                     ${ms(full.validate)}`);
console.log(`    query({ by: 'field' })                       ${ms(full.field)}`);
console.log(`    query({ by: 'district' })                    ${ms(full.district)}`);
console.log(`    query({ by: 'year', cumulative: true })      ${ms(full.year)}`);
console.log(`  ratio to JSON.parse alone                      ${ratio.toFixed(2)}x (budget ${BUDGET}x; CPU time ${(full.cpu / parseCpu).toFixed(2)}x)`);
console.log(`  peak memory: RSS ${MB(maxRSS * 1024)} (${MB(setupRSS)} after synthesizing), heap used ${MB(heapPeak)} (limit ${MB(getHeapStatistics().heap_size_limit)})`);
if (live) console.log(`  live heap: parsed JSON ${MB(live.parsed)}, validated dataset ${MB(live.validated)}`);

/** What the parsed input and the validated dataset hold, garbage collected (with node --expose-gc; after the timing). */
function liveHeap() {
  if (typeof globalThis.gc !== 'function') return undefined;
  globalThis.gc();
  const base = process.memoryUsage().heapUsed;
  let input = JSON.parse(text);
  globalThis.gc();
  const parsed = process.memoryUsage().heapUsed - base;
  const { data } = validate(input, { today: TODAY });
  input = undefined;
  globalThis.gc();
  const validated = process.memoryUsage().heapUsed - base;
  return data.models.length === RECORDS ? { parsed, validated } : undefined;
}

if (ratio > BUDGET) {
  console.error(`\nOver budget: validate + query take ${ratio.toFixed(2)}x JSON.parse (at most ${BUDGET}x).`);
  process.exit(1);
}
console.log('\nWithin budget.');
