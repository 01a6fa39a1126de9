// The chart libraries danvan is benchmarked against live in test/bench (`npm run bench:install`), never in the
// root install: `npm ci` at the root must not bring in a single one of them, not even as someone's dependency.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './servers.js';

/** The package name an npm lockfile key ("node_modules/a/node_modules/@b/c") installs. */
const packageName = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
const isPeer = (name: string): boolean =>
  /^(chart\.js|chartjs-.+|echarts|zrender|highcharts|vega|vega-.+|@observablehq\/plot)$/.test(name);

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('the benchmark peers', () => {
  it('are not in the root package-lock.json', () => {
    const lock = json('package-lock.json') as { packages: Record<string, { dependencies?: Record<string, string> }> };
    const installed = Object.keys(lock.packages).filter((key) => key.includes('node_modules/') && isPeer(packageName(key)));
    const wanted = Object.entries(lock.packages).flatMap(([key, p]) => Object.keys(p.dependencies ?? {}).filter(isPeer).map((d) => `${key || '(root)'} → ${d}`));
    expect(installed).toEqual([]);
    expect(wanted).toEqual([]);
  });

  it('are pinned exactly in test/bench/package.json, which has its own lockfile', () => {
    const bench = json('test/bench/package.json') as { dependencies: Record<string, string> };
    const peers = Object.keys(bench.dependencies).filter(isPeer);
    expect(peers).toEqual(expect.arrayContaining(['chart.js', 'echarts', 'highcharts', 'vega', 'vega-lite', 'vega-embed', '@observablehq/plot']));
    expect(Object.entries(bench.dependencies).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v))).toEqual([]);
    const lock = json('test/bench/package-lock.json') as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages)).toContain('node_modules/chart.js');
  });
});
