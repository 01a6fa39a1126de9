// An esbuild plugin that lets tree-shaking see through d3's single-file builds. The d3 packages in danvan's
// registry ship one dist/*.mjs each instead of one module per function, and a few top-level lines there build
// values by calling factories (`const ascendingBisect = bisector(ascending)`, `const blur2 = Blur2(blurf)`).
// esbuild must assume a call may have side effects, so it keeps those lines — and everything they reach —
// even when nothing uses them: `ticks` and `nice` alone then cost 3.5 KB. These factories only build and
// return functions, so the plugin marks such top-level calls `/* @__PURE__ */`, which lets unused ones go.
import { readFile } from 'node:fs/promises';

const TOP_LEVEL_CALL = /^((?:var|const|let) [\w$]+ = )(?=[\w$]+\()/gm;

/** @returns {import('esbuild').Plugin} */
export function pureD3() {
  return {
    name: 'pure-d3',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]d3-(array|scale)[\\/]dist[\\/][\w-]+\.mjs$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: source.replace(TOP_LEVEL_CALL, '$1/* @__PURE__ */ '), loader: 'js' };
      });
    },
  };
}
