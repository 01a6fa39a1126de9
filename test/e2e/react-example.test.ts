import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watch } from './browser.js';
import { ROOT, serve, type Served } from './servers.js';

const EXAMPLE = join(ROOT, 'examples/react');
const DIST = join(ROOT, 'packages/widgets/dist');

let browser: Browser;
let server: Served;

beforeAll(async () => {
  // The example imports the built packages, as an app would: `npm test` builds them before the e2e project runs.
  if (!existsSync(join(DIST, 'react.js'))) throw new Error('Build the packages first: npm run build');
  // Type-checks the app against the published declarations, then builds it with the root's Vite. Vitest sets
  // NODE_ENV=test, which would make Vite pick React's and Lit's development builds: build what an app ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  const build = spawnSync('npm', ['run', 'example:react'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env });
  if (build.status !== 0) throw new Error(`npm run example:react failed:\n${build.stdout}\n${build.stderr}`);
  [browser, server] = await Promise.all([launch(), serve({ root: join(EXAMPLE, 'dist') })]);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('examples/react, built with Vite 8 and React 19', () => {
  it('passes the dataset as a property, and shows the field of the clicked bar through onDvSelect', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const problems = await watch(page);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${server.url}/`);
    const marks = page.locator('dv-bar-chart .mark');
    await marks.nth(3).waitFor();
    expect(await marks.count()).toBe(4);
    const selected = page.locator('#selected');
    expect(await selected.textContent()).toBe('Chọn một lĩnh vực trên biểu đồ.');

    await page.locator('dv-bar-chart .mark[aria-label^="Kinh tế"]').click();
    await expect.poll(() => selected.textContent()).toBe('Đã chọn: economic');

    // The plain <dv-stat> tag, typed by @danvan/widgets/jsx, got its `data` property from React 19 too.
    await expect.poll(() => page.locator('dv-stat [part~="value"]').textContent()).toContain('19.300');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] });
    expect(warnings).toEqual([]); // e.g. "Lit is in dev mode": the production builds were used
    await page.close();
  });
});

describe('@danvan/widgets/react', () => {
  it('leaves react and @lit/react to the app (imports, not copies)', () => {
    const entry = readFileSync(join(DIST, 'react.js'), 'utf8');
    expect(entry).toMatch(/from ['"]react['"]/);
    expect(entry).toMatch(/from ['"]@lit\/react['"]/);
    expect(entry).not.toContain('__CLIENT_INTERNALS');
  });

  it('is not in the CDN bundle, and neither is React', () => {
    const bundle = readFileSync(join(DIST, 'cdn/danvan.min.js'), 'utf8');
    // React's element marker, its internals, and @lit/react's wrapper (it names its `displayName` option).
    for (const trace of ['react.element', 'react.transitional.element', '__CLIENT_INTERNALS', 'displayName']) {
      expect(bundle, trace).not.toContain(trace);
    }
  });
});
