import type { ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.js';
import { serve, type Served } from './servers.js';

// Each element as a page writes it, with the data on a URL that never answers: the elements keep their loading
// box (the stand-in) for as long as the test looks.
const ELEMENTS = [
  '<dv-stat src="/hang.json"></dv-stat>',
  '<dv-stat src="/hang.json" sparkline></dv-stat>',
  '<dv-bar-chart src="/hang.json" by="field"></dv-bar-chart>',
  '<dv-bar-chart src="/hang.json" by="district" orientation="vertical"></dv-bar-chart>',
  '<dv-table src="/hang.json" by="field"></dv-table>',
  '<dv-line-chart src="/hang.json" by="year" cumulative></dv-line-chart>',
  '<dv-waffle src="/hang.json" by="field"></dv-waffle>',
  '<dv-map src="/hang.json"></dv-map>',
  '<dv-map src="/hang.json" by="commune"></dv-map>',
  '<dv-map src="/hang.json" by="district" at="2023"></dv-map>',
  '<dv-map src="/hang.json" by="district" geo="/hang.geojson"></dv-map>',
  // Inline data is not fallback content: still reserved. (It draws at once, so only its first height is compared.)
  '<dv-bar-chart by="field">\n  <script type="application/json">{}</script>\n</dv-bar-chart>',
];

const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/packages/widgets/dist/cdn/danvan.css"></head>
<body>
${ELEMENTS.join('\n')}
<dv-bar-chart id="fallback" src="/hang.json" by="field"><table><tr><th>Lĩnh vực</th><td>Số mô hình</td></tr></table></dv-bar-chart>
</body></html>`;

const hanging = new Set<ServerResponse>();
let browser: Browser;
let server: Served;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launch(),
    serve({
      routes: {
        '/reserve.html': (_req: unknown, res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
        '/hang.json': (_req: unknown, res: ServerResponse) => hanging.add(res),
        '/hang.geojson': (_req: unknown, res: ServerResponse) => hanging.add(res),
      },
    }),
  ]);
});

/** The heights of the page's elements, in order (the fallback chart last). */
const heights = (page: Page) => page.locator('body > *').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await browser?.close();
  await server?.close();
});

describe('danvan.css, the room the elements take before their script runs', () => {
  for (const width of [320, 390, 800, 1280]) {
    it(`reserves each element's own loading box at ${width} px, and nothing where fallback content is`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.url}/reserve.html`);
      const before = await heights(page);
      const fallback = await page.evaluate(() => document.querySelector('#fallback table')!.getBoundingClientRect().height);
      // The script, added now; measured as soon as the elements are defined: they have upgraded and show the
      // stand-in, and no data can have come.
      const after = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = '/packages/widgets/dist/cdn/danvan.min.js';
        document.head.append(script);
        await customElements.whenDefined('dv-map');
        return [...document.body.children].map((el) => el.getBoundingClientRect().height);
      });
      const inline = ELEMENTS.length - 1;
      for (const [i, html] of ELEMENTS.entries()) {
        expect(before[i], html).toBeGreaterThan(100);
        if (i !== inline) expect(Math.abs(before[i]! - after[i]!), `${html}: ${before[i]} px reserved, ${after[i]} px loading`).toBeLessThanOrEqual(1);
      }
      // The inline-data chart reserved what a loading bar chart takes.
      expect(before[inline]).toBe(before[2]);
      // Fallback content: the element is the height of its table, nothing more.
      expect(before.at(-1)).toBeCloseTo(fallback, 0);
      await page.close();
    });
  }

  it('gives the room back when the script has not run after 10 s', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${server.url}/reserve.html`);
    expect((await heights(page)).slice(0, -1).every((h) => h > 100)).toBe(true);
    // The reservations' own clock, moved on: 9.9 s keeps the room, 10 s gives it back.
    const at = (ms: number) => page.evaluate((t) => document.getAnimations().forEach((a) => (a.currentTime = t)), ms);
    await at(9_900);
    expect((await heights(page)).slice(0, -1).every((h) => h > 100)).toBe(true);
    await at(10_000);
    expect((await heights(page)).slice(0, -1)).toEqual(new Array(ELEMENTS.length).fill(0));
    await page.close();
  });

  it('reserves nothing when scripting is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/reserve.html`);
    expect((await heights(page)).slice(0, -1).every((h) => h === 0)).toBe(true);
    await context.close();
  });
});
