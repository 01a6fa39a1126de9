import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets');
const manifest = join(widgets, 'custom-elements.json');

/** The newest modification time of any file under `dir`, in milliseconds. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Makes sure `packages/widgets/custom-elements.json`, which the element Docs pages are built from, exists and is
 * not older than the sources. The widgets build writes it; a fresh clone (`npm ci`, then `npm run storybook`) has
 * none, and an edited element makes it stale. Then this runs the widgets build's own `cem analyze` command (read
 * from its package.json, so the two cannot drift): it reads the TypeScript sources and needs no `dist/`.
 */
export function ensureManifest(): void {
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newest(join(widgets, 'src'))) return;
  const build: string = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')).scripts.build;
  const command = /cem analyze[^&;|]*/.exec(build)?.[0].trim();
  if (!command) throw new Error('packages/widgets/package.json: the build script no longer runs `cem analyze`.');
  console.log(`custom-elements.json is ${existsSync(manifest) ? 'older than the sources' : 'missing'}: ${command}`);
  execSync(command, {
    cwd: widgets,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}` },
  });
}
