// An esbuild plugin for the CDN bundle. d3-dsv's `dsvFormat` returns an object whose `parse` method compiles
// row objects with `new Function` (its objectConverter). danvan only ever calls `parseRows`, so that code never
// runs, but tree-shaking cannot drop a method of a returned object, and a strict-CSP portal's scanners (and
// ours) flag the bundle. This replaces the converter's body with an error, leaving `parseRows` untouched, and
// hands out only the two methods danvan calls (`parseRows`, and `formatRow` for CSV downloads), so that the
// minifier drops the rest (parse, format and their column and date helpers).
// It also lets go of two things the minifier must otherwise keep: `autoType`'s time-zone probe (a top-level call,
// so possibly a side effect, though danvan never calls `autoType`), and the writing of `Date` values in
// `formatRow` with its date helpers (danvan passes `formatRow` only text: core's `exportCsv` turns every cell
// into text first).
import { readFile } from 'node:fs/promises';

const CONVERTER = /function objectConverter\(columns\) \{[\s\S]*?\n\}/;
const METHODS = /return \{\n\s*parse: parse,\n\s*parseRows: parseRows,[\s\S]*?\n\s*\};/;
const DATE_CELL = /\n\s*: value instanceof Date \? formatDate\(value\)/;
const TZ_PROBE = /^const fixtz = (new Date\("2019-01-01T00:00"\)\.getHours\(\) \|\| new Date\("2019-07-01T00:00"\)\.getHours\(\));$/m;

/** @returns {import('esbuild').Plugin} */
export function cspSafeDsv() {
  return {
    name: 'csp-safe-dsv',
    setup(build) {
      build.onLoad({ filter: /d3-dsv[\\/]dist[\\/]d3-dsv\.mjs$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if ([CONVERTER, METHODS, DATE_CELL, TZ_PROBE].some((re) => !re.test(source))) throw new Error('csp-safe-dsv: d3-dsv changed; review it');
        const contents = source
          .replace(
            CONVERTER,
            'function objectConverter() {\n  throw new Error("danvan: d3-dsv parse() is disabled under CSP; use parseRows()");\n}',
          )
          .replace(METHODS, 'return { parseRows: parseRows, formatRow: formatRow };')
          .replace(DATE_CELL, '')
          .replace(TZ_PROBE, 'const fixtz = /* @__PURE__ */ (() => $1)();');
        return { contents, loader: 'js' };
      });
    },
  };
}
