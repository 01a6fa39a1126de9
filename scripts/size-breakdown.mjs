// Where the bytes of a bundle come from: bundles an entry from the sources the way the size report does
// (minified, every dependency inlined) and lists each module's share of the minified output, largest first,
// with the bundle's brotli size. `npm run size:why -- packages/widgets/src/map/map.define.ts [rows]`
import { fileURLToPath } from 'node:url';
import { appBundle } from './app-bundle.mjs';
import { cspSafeDsv } from './esbuild-csp-safe-dsv.js';
import { minifyCssLiterals } from './esbuild-minify-css.js';
import { pureD3 } from './esbuild-pure-d3.js';
import { sizes } from './sizes.mjs';

const [entry = 'packages/widgets/src/cdn.ts', rows = '30'] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const result = await appBundle({
  entryPoints: [entry],
  metafile: true,
  absWorkingDir: root,
  alias: { '@danvan/core': './packages/core/src/index.ts' },
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  plugins: [cspSafeDsv(), minifyCssLiterals(), pureD3()],
});
const output = Object.values(result.metafile.outputs)[0];
const modules = Object.entries(output.inputs)
  .map(([file, { bytesInOutput }]) => [file.replace(/^.*node_modules\//, ''), bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
const total = modules.reduce((s, [, n]) => s + n, 0);
for (const [file, n] of modules.slice(0, Number(rows))) console.log(`${String(n).padStart(8)} ${((n / total) * 100).toFixed(1).padStart(5)}%  ${file}`);
const s = sizes(Buffer.from(result.outputFiles[0].contents));
console.log(`\n${entry}: ${s.raw} B minified, ${s.gzip} B gzip, ${s.brotli} B brotli (${(s.brotli / 1024).toFixed(1)} KB)`);
