import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { appBundle } from '../../scripts/app-bundle.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const isZod = (file: string) => /(^|\/)node_modules\/zod\//.test(file);

/** The modules a browser bundle of `entry` is made of (minified, tree-shaken, every dependency inlined). */
async function bundleInputs(entry: string): Promise<Metafile['inputs']> {
  const { metafile } = await appBundle({
    entryPoints: [entry],
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return metafile.inputs;
}

describe('@danvan/core in a browser bundle', () => {
  it('the main entry (src/index.ts) bundles without any zod module: validate interprets the generated JSON Schema', async () => {
    const inputs = await bundleInputs('packages/core/src/index.ts');
    expect(Object.keys(inputs).length).toBeGreaterThan(50);
    // Name the modules that pull zod in, not only the zod files that came with them.
    const importers = Object.entries(inputs)
      .filter(([file, { imports }]) => !isZod(file) && imports.some((i) => isZod(i.path)))
      .map(([file]) => file);
    expect(importers).toEqual([]);
    expect(Object.keys(inputs).filter(isZod)).toEqual([]);
  });

  it('the schema entry (src/schema/index.ts) still carries zod, so the check above can see it', async () => {
    const inputs = await bundleInputs('packages/core/src/schema/index.ts');
    expect(Object.keys(inputs).filter(isZod).length).toBeGreaterThan(0);
  });
});
