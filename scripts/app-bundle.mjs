// How an app's bundler would ship an entry to browsers: one minified ES module, tree-shaken, every dependency
// inlined, no licence comments, text as UTF-8. The size report, the size breakdown, the map benchmark and the
// bundle tests all measure this, so they all build it here.
import { build } from 'esbuild';

/**
 * Bundles as an app would; `options` adds to or overrides esbuild's (entry points, plugins, metafile…).
 *
 * @example
 * const { outputFiles } = await appBundle({ entryPoints: ['packages/widgets/dist/bar-chart.js'] });
 */
export function appBundle(options) {
  return build({
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    ...options,
  });
}
