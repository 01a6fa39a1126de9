import { defineConfig, type Options } from 'tsup';
import { readFileSync } from 'node:fs';
import { cspSafeDsv } from '../../scripts/esbuild-csp-safe-dsv.js';
import { minifyCssLiterals } from '../../scripts/esbuild-minify-css.js';
import { pureD3 } from '../../scripts/esbuild-pure-d3.js';

// The element list lives in package.json (`danvan.elements`), shared with the size report.
const elements: string[] = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).danvan.elements;

// For npm users: one entry per element (importing it registers the tag), dependencies left to their bundler.
const npmEntries = {
  index: 'src/index.ts',
  csv: 'src/csv.ts',
  downloads: 'src/downloads.ts',
  // Server rendering, for Node: shares the element chunks; lit and @lit-labs/ssr stay imports (dependencies).
  ssr: 'src/ssr.ts',
  // React components (@lit/react); react is a peer dependency, so it stays an import.
  react: 'src/react.ts',
  ...Object.fromEntries(elements.map((e) => [e, `src/${e}/${e}.define.ts`])),
};

// The two files a page loads as they are, not through a bundler: one minified module each, every import inlined.
const selfContained = {
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  noExternal: [/.*/],
  minify: true,
  splitting: false,
  treeshake: true,
} satisfies Options;

export default defineConfig([
  {
    entry: npmEntries,
    format: ['esm'],
    // Declarations for those entries and for two without JavaScript here: the JSX typings (types only) and the
    // CDN bundle (built by the next config). One pass, so all share the element declarations.
    dts: { entry: { ...npmEntries, jsx: 'src/jsx.ts', 'cdn/danvan.min': 'src/cdn.ts' } },
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    splitting: true,
    treeshake: true,
    esbuildPlugins: [minifyCssLiterals()],
  },
  {
    // For newsrooms: one self-contained, minified module that registers every element.
    ...selfContained,
    entry: { danvan: 'src/cdn.ts' },
    outDir: 'dist/cdn',
    // danvan.css beside it: the room the elements take before the script runs (optional, for the page's <head>).
    publicDir: 'src/cdn-public',
    outExtension: () => ({ js: '.min.js' }),
    // esbuild minifies (see esbuildOptions), then terser: its second pass inlines and drops more, which makes this
    // file about 4 % smaller (2.2 KB brotli) than esbuild alone. Only safe transforms; the licence pointer is kept.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: /LICENSE/ } },
    esbuildPlugins: [cspSafeDsv(), minifyCssLiterals(), pureD3()],
    // The inlined packages' licences go in full to danvan.min.js.LICENSE.txt (scripts/cdn-licenses.mjs, from this
    // metafile); the bundle keeps a pointer to it.
    metafile: true,
    banner: { js: '/*! danvan.min.js.LICENSE.txt */' },
    // Vietnamese text as UTF-8, not \u escapes: smaller, and module scripts are always decoded as UTF-8.
    esbuildOptions: (options) => {
      options.charset = 'utf8';
      options.legalComments = 'none';
      // tsup turns esbuild's minifier off when terser minifies; both together make the smallest file.
      options.minify = true;
    },
  },
  {
    // The iframe embed page for CMSs that strip scripts: dist/embed.html and embed.css (copied from
    // src/embed/public) and its own small script; the page loads the CDN bundle beside it (cdn/danvan.min.js).
    ...selfContained,
    entry: { embed: 'src/embed/embed-page.ts' },
    outDir: 'dist',
    publicDir: 'src/embed/public',
    legalComments: 'none',
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
  },
]);
