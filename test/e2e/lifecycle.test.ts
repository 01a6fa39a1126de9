// Lifecycle: every element connected and disconnected 1,000 times (the same instances), and fresh instances
// that load, draw and leave, in Chromium with the garbage collector exposed. The heap after collection must not
// grow more than 10 %, and nothing the elements started may stay live: ResizeObserver and MutationObserver
// observations, listeners on window and document, timeouts, intervals, animation frames (counted by an init
// script that wraps them before the bundle loads: test/reliability/instrument.ts).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, CDN_PATH, cdnOverride } from '../reliability/bundle.js';
import type { Live } from '../reliability/instrument.js';
import { launch, watch, type PageProblems } from './browser.js';
import { serve, type Served } from './servers.js';

const PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="/examples/favicon.svg" />
    <title>lifecycle</title>
    <script type="module" src="${CDN_PATH}"></script>
    <script type="module" src="/__lifecycle/driver.js"></script>
  </head>
  <body><div id="stage" style="width: 640px"></div></body>
</html>`;

const CYCLES = 1000;
const FRESH = 200;

interface Lifecycle {
  cycle(cycles: number, fresh: boolean, frameEvery: number): Promise<string[]>;
}

let browser: Browser;
let server: Served;
let page: Page;
let cdp: CDPSession;
let problems: PageProblems;

beforeAll(async () => {
  const [driver, instrument] = await Promise.all([
    bundle(new URL('../reliability/lifecycle-page.ts', import.meta.url)),
    bundle(new URL('../reliability/instrument.ts', import.meta.url), 'iife'),
  ]);
  const send = (type: string, body: string) => (_: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const cdn = cdnOverride();
  [browser, server] = await Promise.all([
    launch(['--js-flags=--expose-gc']),
    serve({
      routes: {
        '/__lifecycle/index.html': send('text/html; charset=utf-8', PAGE),
        '/__lifecycle/driver.js': send('text/javascript; charset=utf-8', driver),
        ...(cdn ? { [CDN_PATH]: send('text/javascript; charset=utf-8', readFileSync(cdn, 'utf8')) } : {}),
      },
    }),
  ]);
  page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  problems = await watch(page);
  await page.addInitScript({ content: instrument });
  await page.goto(`${server.url}/__lifecycle/index.html`);
  await page.waitForFunction(() => '__lifecycle' in window && customElements.get('dv-map'));
  cdp = await page.context().newCDPSession(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const live = () => page.evaluate(() => (window as unknown as { __live: () => Live }).__live());
const cycle = (cycles: number, fresh: boolean, frameEvery = 25) =>
  page.evaluate(([n, f, e]) => (window as unknown as { __lifecycle: Lifecycle }).__lifecycle.cycle(n, f, e), [cycles, fresh, frameEvery] as const);

/** The JS heap in use after full collections, once what the last cycle scheduled has run. */
async function heapAfterGc(): Promise<number> {
  await page.waitForTimeout(300);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => (window as unknown as { gc: () => void }).gc());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

describe('connecting and disconnecting every element (built CDN bundle, Chromium with --expose-gc)', () => {
  it(`leaks no heap, observer, listener or timer over ${CYCLES} cycles per element`, async () => {
    const started = performance.now();
    // Warm up: datasets fetched and kept for the page's life, templates and indexes built, code compiled.
    expect(await cycle(20, true, 5)).toEqual([]);
    expect(await cycle(20, false, 5)).toEqual([]);
    const baseline = await live();
    const before = await heapAfterGc();

    // The counters see what the elements hold while they are on the page.
    const connected = await page.evaluate(async () => {
      const stage = document.getElementById('stage')!;
      const els = ['dv-bar-chart', 'dv-stat'].map((t) => stage.appendChild(Object.assign(document.createElement(t), { src: '/packages/core/data/ha-tinh.json' })));
      await new Promise((r) => requestAnimationFrame(r));
      const counts = (window as unknown as { __live: () => Live }).__live();
      for (const el of els) el.remove();
      return counts;
    });
    expect(connected.resizeObservations).toBeGreaterThanOrEqual(baseline.resizeObservations + 2);

    expect(await cycle(CYCLES, false)).toEqual([]);
    expect(await cycle(FRESH, true)).toEqual([]);
    const after = await heapAfterGc();
    const left = await live();
    const growth = (after - before) / before;
    console.log(
      `lifecycle: ${CYCLES} connect/disconnect cycles of each of 6 elements (same instances) + ${FRESH} fresh instances each; ` +
        `heap after GC ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB (${(growth * 100).toFixed(1)} %); ` +
        `live before ${JSON.stringify(baseline)}, after ${JSON.stringify(left)}, while connected ${JSON.stringify(connected)}; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(left).toEqual(baseline);
    expect(growth).toBeLessThanOrEqual(0.1);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  }, 180_000);
});
