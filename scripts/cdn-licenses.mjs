// Writes packages/widgets/dist/cdn/danvan.min.js.LICENSE.txt: the licence of every package the CDN bundle
// inlines (Lit's BSD-3-Clause, d3-dsv's ISC), in full, as their terms ask of a redistribution. The bundle itself
// keeps one comment that points here, the way bundlers' licence extraction does. Which packages are inlined comes
// from the build's metafile (deleted afterwards: it is not for publishing), so a new dependency cannot be missed.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgets = fileURLToPath(new URL('../packages/widgets/', import.meta.url));
const metafilePath = join(widgets, 'dist/cdn/metafile-esm.json');
const metafile = JSON.parse(readFileSync(metafilePath, 'utf8'));
rmSync(metafilePath);

// "../../node_modules/@lit/reactive-element/x.js" → its folder, named "@lit/reactive-element". Inputs are relative
// to the widgets package, where tsup runs.
const dirs = new Map();
for (const input of Object.keys(metafile.inputs)) {
  const match = /^(.*?node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
  if (match) dirs.set(match[2], resolve(widgets, match[1]));
}
const names = [...dirs.keys()].sort();

const sections = names.map((name) => {
  const dir = dirs.get(name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`cdn-licenses: ${name} has no licence file`);
  return `${name} ${pkg.version} (${pkg.license})\n${'-'.repeat(72)}\n${readFileSync(file, 'utf8').trim()}\n`;
});
const text = `Third-party software inlined in danvan.min.js (danvan itself: MIT).\n\n${sections.join('\n')}`;
writeFileSync(join(widgets, 'dist/cdn/danvan.min.js.LICENSE.txt'), text);
console.log(`danvan.min.js.LICENSE.txt: ${names.join(', ')}`);
