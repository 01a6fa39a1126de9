// `npm start`: builds the packages if the CDN bundle is missing or older than the sources, then serves the
// repository on 127.0.0.1 and prints the demo's address. Nothing is fetched from outside this machine.
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'packages/widgets/dist/cdn/danvan.min.js');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

let built = 0;
try {
  built = statSync(bundle).mtimeMs;
} catch {}
const sources = Math.max(newest(join(root, 'packages/core/src')), newest(join(root, 'packages/core/data')), newest(join(root, 'packages/widgets/src')));
if (built < sources) {
  console.log(built ? 'Sources changed since the last build: building…' : 'First run: building the packages…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const wanted = Number(process.env.PORT ?? 8080);
const server = await startStaticServer({ root, port: wanted }).catch((e) => {
  if (e.code !== 'EADDRINUSE') throw e;
  console.log(`Port ${wanted} is busy; using a free one.`);
  return startStaticServer({ root, port: 0 });
});
console.log(`\ndanvan demo (Vietnamese article): ${server.url}/examples/newsroom/`);
console.log(`English twin:                     ${server.url}/examples/newsroom/en.html`);
console.log(`Charts in iframes:                ${server.url}/examples/iframe/`);
console.log(`Government portal (strict CSP):   ${server.url}/examples/portal/`);
console.log('\nPress Ctrl+C to stop.');
