// Size report and budget check (DESIGN.md section 8): the whole CDN bundle ≤ 60 KB brotli, and each element's
// npm entry, bundled alone the way an app's bundler would (tree-shaken, minified, every dependency inlined),
// ≤ 35 KB brotli. Exits 1 when an enforced budget is broken; `--report-only=map` (or `element`, `cdn`) lists a
// budget that is measured and shown but not enforced.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appBundle } from './app-bundle.mjs';
import { cspSafeDsv } from './esbuild-csp-safe-dsv.js';
import { sizes } from './sizes.mjs';

const KB = 1024;
const dist = fileURLToPath(new URL('../packages/widgets/dist/', import.meta.url));
const budgets = { cdn: 60 * KB, element: 35 * KB };
const rows = [];

const cdn = sizes(readFileSync(`${dist}cdn/danvan.min.js`));
rows.push({ entry: 'cdn/danvan.min.js (all elements)', kind: 'cdn', ...cdn, budget: budgets.cdn });

const elements = JSON.parse(readFileSync(new URL('../packages/widgets/package.json', import.meta.url), 'utf8')).danvan.elements;
for (const name of elements) {
  const out = await appBundle({ entryPoints: [`${dist}${name}.js`], plugins: [cspSafeDsv()] });
  // The map is reported on its own line kind, so that its budget can be enforced apart from the charts'.
  rows.push({ entry: `${name}.js (alone, tree-shaken)`, kind: name === 'map' ? 'map' : 'element', ...sizes(Buffer.from(out.outputFiles[0].contents)), budget: budgets.element });
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
console.log('\nSize report (brotli q11, gzip -9)');
console.log('entry'.padEnd(44), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget'.padStart(10));
const reportOnly = new Set(process.argv.find((a) => a.startsWith('--report-only='))?.slice(14).split(',') ?? []);
let over = false;
for (const r of rows) {
  const flag = r.brotli > r.budget ? (reportOnly.has(r.kind) ? '  over budget (not enforced)' : '  OVER BUDGET') : '';
  over ||= flag.includes('OVER');
  console.log(r.entry.padEnd(44), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10), kb(r.budget).padStart(10), flag);
}
if (over) {
  console.error('\nA size budget is broken (DESIGN.md section 8).');
  process.exit(1);
}
