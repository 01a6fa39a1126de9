// `npm run check:package`: lints both packages as npm would publish them (each packed with `npm pack`), after a
// build. publint checks package.json against the packed files (exports, files, main/types, conditions); attw ("are
// the types wrong?") resolves every export the way TypeScript does and checks types sit beside the JavaScript.
//
// attw runs with `--profile esm-only`: both packages are ES modules only, so `require()` from CommonJS and the
// `node10` resolution (which ignores `exports`) cannot work by design; that profile skips exactly those two.
// Exports of assets that are not modules (the iframe embed page `./embed.html`) are left out of attw's list, as
// TypeScript cannot resolve a page; publint still checks that their files are packed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const PACKAGES = ['packages/core', 'packages/widgets'];
const MODULE = /\.(m?js|json)$/;

/** Export subpaths whose targets are neither JavaScript, JSON nor declarations: pages, styles, pictures. */
function assetExports(dir) {
  const { exports = {} } = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
  return Object.entries(exports)
    .filter(([, target]) => typeof target === 'string' && !MODULE.test(target))
    .map(([subpath]) => subpath);
}

function run(command, args, { quiet = false } = {}) {
  if (!quiet) console.log(`\n$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { cwd: ROOT, stdio: quiet ? 'ignore' : 'inherit' }).status === 0;
}

let ok = true;
for (const dir of PACKAGES) {
  ok = run('npx', ['publint', dir, '--strict']) && ok;
  const assets = assetExports(dir);
  const attw = ['attw', '--pack', dir, '--profile', 'esm-only', ...(assets.length ? ['--exclude-entrypoints', ...assets] : [])];
  // attw's table runs to a hundred lines: print it only when something is wrong.
  if (run('npx', [...attw, '--quiet'], { quiet: true })) console.log(`\n$ ${attw.join(' ')}\nNo problems found 🌟`);
  else ok = run('npx', [...attw, '--format', 'table-flipped']) && false;
}
if (!ok) {
  console.error('\ncheck:package: publint or attw found a problem (above).');
  process.exit(1);
}
console.log('\ncheck:package: both packages are clean.');
