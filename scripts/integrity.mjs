// Writes packages/widgets/dist/cdn/integrity.json: the CDN bundle's SRI hash (for <script integrity>) and its
// raw, gzip and brotli sizes, and danvan.css's hash (for <link integrity>). Run by the widgets build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sizes } from './sizes.mjs';

const read = (name) => readFileSync(fileURLToPath(new URL(`../packages/widgets/dist/cdn/${name}`, import.meta.url)));
const hash = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const bytes = read('danvan.min.js');
const integrity = hash(bytes);
const report = { file: 'danvan.min.js', integrity, ...sizes(bytes), css: { file: 'danvan.css', integrity: hash(read('danvan.css')) } };
writeFileSync(new URL('../packages/widgets/dist/cdn/integrity.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
console.log(`danvan.min.js ${report.raw} B raw, ${report.gzip} B gzip, ${report.brotli} B brotli\n${integrity}\ndanvan.css ${report.css.integrity}`);
