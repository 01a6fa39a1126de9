// `npm test`: every check the project promises, in order — types, builds, Storybook, all test projects (core in
// Node, widgets in real Chromium, end-to-end on the built bundle) and the size budgets. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm run typecheck'],
  ['build', 'npm run build'],
  ['package', 'npm run check:package'],
  ['storybook', 'npm run build-storybook'],
  ['tests', 'npx vitest run'],
  ['sizes', 'npm run size'],
];

const started = performance.now();
for (const [name, command] of steps) {
  const t = performance.now();
  console.log(`\n▶ ${name}: ${command}`);
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } });
  console.log(`◀ ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  if (status !== 0) process.exit(status ?? 1);
}
console.log(`\nnpm test passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
