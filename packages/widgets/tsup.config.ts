import { defineConfig } from 'tsup';
import { readFileSync } from 'node:fs';
import { cspSafeDsv } from '../../scripts/esbuild-csp-safe-dsv.js';
import { minifyCssLiterals } from '../../scripts/esbuild-minify-css.js';
import { pureD3 } from '../../scripts/esbuild-pure-d3.js';

// The element list lives in package.json (`danvan.elements`), shared with the size report.
const elements: string[] = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).danvan.elements;

export default defineConfig([
  {
    // For npm users: one entry per element (importing it registers the tag), dependencies left to their bundler.
    entry: {
      index: 'src/index.ts',
      csv: 'src/csv.ts',
      downloads: 'src/downloads.ts',
      ...Object.fromEntries(elements.map((e) => [e, `src/${e}/${e}.define.ts`])),
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    splitting: true,
    treeshake: true,
    esbuildPlugins: [minifyCssLiterals()],
  },
  {
    // For newsrooms: one self-contained, minified module that registers every element.
    entry: { danvan: 'src/cdn.ts' },
    outDir: 'dist/cdn',
    outExtension: () => ({ js: '.min.js' }),
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
    splitting: false,
    treeshake: true,
    legalComments: 'none',
    esbuildPlugins: [cspSafeDsv(), minifyCssLiterals(), pureD3()],
    // Vietnamese text as UTF-8, not \u escapes: smaller, and module scripts are always decoded as UTF-8.
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
  },
]);
