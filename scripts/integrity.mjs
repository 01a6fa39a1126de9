// Writes packages/widgets/dist/cdn/integrity.json: the CDN bundle's SRI hash (for <script integrity>) and its
// raw, gzip and brotli sizes. Run by the widgets build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sizes } from './sizes.mjs';

const file = fileURLToPath(new URL('../packages/widgets/dist/cdn/danvan.min.js', import.meta.url));
const bytes = readFileSync(file);
const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const report = { file: 'danvan.min.js', integrity, ...sizes(bytes) };
writeFileSync(new URL('../packages/widgets/dist/cdn/integrity.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
console.log(`danvan.min.js ${report.raw} B raw, ${report.gzip} B gzip, ${report.brotli} B brotli\n${integrity}`);
