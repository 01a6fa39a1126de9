// A hostile host page: aggressive global CSS, a strict CSP with Trusted Types, the CDN script loaded twice, and
// another Lit on the page. Every element must look as it does on a clean page (each element's box compared
// pixel by pixel), with no CSP violation, console error or page error.
import { mkdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pixelsApart } from '../pixels-apart.js';
import { bundle, CDN_PATH, cdnOverride } from '../reliability/bundle.js';
import { launch, violations, watch, type PageProblems } from './browser.js';
import { serve, STRICT_CSP, type Served } from './servers.js';

/** The CSS a careless theme ships: resets everything, hides every SVG and table, writes right to left. */
const HOSTILE_CSS = `
* { all: revert; font-size: 30px !important; }
svg { display: none !important; }
table { display: none; }
body { direction: rtl; }
`;

/** The page's own layout: fixed boxes, so the two pages lay their elements out alike (ids outrank `*`). */
const LAYOUT_CSS = `
#page { width: 640px; margin: 0; padding: 8px; }
#page .slot { display: block; width: 600px; margin: 0 0 16px; }
`;

const SHOTS = new URL('./screenshots/', import.meta.url);
const DATA = '/packages/core/data/ha-tinh.json';
const SYNTHETIC = '/packages/core/data/ha-tinh-synthetic.json';
/** One of each element, as a newsroom embeds them. */
const ELEMENTS = [
  `<dv-stat src="${DATA}"></dv-stat>`,
  `<dv-bar-chart src="${DATA}" by="field"></dv-bar-chart>`,
  `<dv-waffle src="${DATA}" by="field"></dv-waffle>`,
  `<dv-table src="${DATA}" by="field"></dv-table>`,
  `<dv-line-chart src="${SYNTHETIC}" by="year" series="field" from="2015" to="2023"></dv-line-chart>`,
  `<dv-map src="${SYNTHETIC}" to="2024"></dv-map>`,
];
const TAGS = ELEMENTS.map((e) => /^<([a-z-]+)/.exec(e)![1]!);

function page(hostile: boolean): string {
  const head = hostile
    ? // The layout first, then the theme's reset; the bundle twice (two query strings: two module instances), and
      // another vendor's Lit element.
      `<link rel="stylesheet" href="/__host/layout.css" />
    <link rel="stylesheet" href="/__host/hostile.css" />
    <script type="module" src="${CDN_PATH}?first"></script>
    <script type="module" src="/__host/other-lit.js"></script>
    <script type="module" src="${CDN_PATH}?second"></script>`
    : `<link rel="stylesheet" href="/__host/layout.css" />
    <script type="module" src="${CDN_PATH}"></script>`;
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="/examples/favicon.svg" />
    <title>${hostile ? 'hostile' : 'clean'} host</title>
    ${head}
  </head>
  <body>
    <div id="page">
      ${hostile ? '<other-vendor-card class="slot"></other-vendor-card><svg id="light-svg"></svg><table id="light-table"></table>' : ''}
      ${ELEMENTS.map((e) => `<div class="slot">${e}</div>`).join('\n      ')}
    </div>
  </body>
</html>`;
}

let browser: Browser;
let server: Served;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const otherLit = await bundle(new URL('../reliability/other-lit.ts', import.meta.url));
  const send = (type: string, body: string, headers: Record<string, string> = {}) => (_: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
  const cdn = cdnOverride();
  [browser, server] = await Promise.all([
    launch(),
    serve({
      routes: {
        '/__host/clean.html': send('text/html; charset=utf-8', page(false)),
        '/__host/hostile.html': send('text/html; charset=utf-8', page(true), { 'content-security-policy': STRICT_CSP }),
        '/__host/layout.css': send('text/css; charset=utf-8', LAYOUT_CSS),
        '/__host/hostile.css': send('text/css; charset=utf-8', HOSTILE_CSS),
        '/__host/other-lit.js': send('text/javascript; charset=utf-8', otherLit),
        ...(cdn ? { [CDN_PATH]: send('text/javascript; charset=utf-8', readFileSync(cdn, 'utf8')) } : {}),
      },
    }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The elements (of `tags`) that have not drawn yet, each with what it shows instead. Runs in the page. */
function undrawn(tags: string[]): string[] {
  return tags.flatMap((t) => {
    const root = document.querySelector(t)?.shadowRoot;
    const state = root?.querySelector('[part~="state"]')?.getAttribute('part');
    const chart = root?.querySelector('.chart');
    if (root && !state && chart && (chart.querySelector('.mark, tbody tr, svg') || chart.textContent?.trim())) return [];
    return [`${t}: ${root ? (state ?? 'nothing drawn') : 'not upgraded'}`];
  });
}

/** Opens a page and waits until every element has drawn: marks (or table rows, or the stat's figure) on screen. */
async function open(path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport: { width: 700, height: 900 }, reducedMotion: 'reduce' });
  const problems = await watch(page);
  await page.goto(`${server.url}${path}`);
  const start = performance.now();
  for (;;) {
    const left = await page.evaluate(undrawn, TAGS);
    if (!left.length) break;
    if (performance.now() - start > 15_000) throw new Error(`${path}: ${left.join('; ')}`);
    await page.waitForTimeout(50);
  }
  // The size observer re-renders a frame after it measures; fonts settle.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  return { page, problems };
}

describe('a hostile host page (built CDN bundle, strict CSP with Trusted Types)', () => {
  it('draws every element as on a clean page: same boxes, same pixels, no CSP violation, no error', async () => {
    const clean = await open('/__host/clean.html');
    const hostile = await open('/__host/hostile.html');
    const { page } = hostile;

    // The policy was in force, both copies of the bundle ran, and the other Lit is there and drew.
    const response = await page.request.get(`${server.url}/__host/hostile.html`);
    expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search));
    expect(loaded.filter((u) => u.includes('danvan.min.js')).sort()).toEqual([`${CDN_PATH}?first`, `${CDN_PATH}?second`]);
    expect(await page.evaluate(() => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0)).toBeGreaterThanOrEqual(2);
    expect(await page.locator('other-vendor-card [part="label"]').textContent()).toBe('Thẻ của bên thứ ba');
    // The theme's reset did reach the page, and the elements themselves (not their insides).
    expect(
      await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        const host = style('dv-bar-chart');
        return [style('body').direction, host.display, host.fontSize, style('#light-svg').display, style('#light-table').display];
      }),
    ).toEqual(['rtl', 'inline', '30px', 'none', 'none']);

    const report: string[] = [];
    for (const tag of TAGS) {
      const [a, b] = await Promise.all([
        clean.page.locator(tag).screenshot({ path: new URL(`hostile-host-${tag}-clean.png`, SHOTS).pathname }),
        hostile.page.locator(tag).screenshot({ path: new URL(`hostile-host-${tag}-hostile.png`, SHOTS).pathname }),
      ]);
      const diff = await clean.page.evaluate(pixelsApart, [a.toString('base64'), b.toString('base64')] as const);
      report.push(`${tag}: ${diff.size}, ${diff.differing} px differ (${(diff.ratio * 100).toFixed(2)} %)`);
      expect.soft(diff.ratio, `${tag}: ${diff.size}, ${diff.differing} px differ`).toBeLessThan(0.005);
    }
    console.log(`hostile host vs clean page, per element:\n  ${report.join('\n  ')}`);

    expect(await violations(page)).toEqual([]);
    for (const p of [clean, hostile]) {
      expect(p.problems.consoleErrors).toEqual([]);
      expect(p.problems.pageErrors).toEqual([]);
      expect(p.problems.failedRequests).toEqual([]);
      expect(p.problems.outsideRequests).toEqual([]);
    }
    await clean.page.close();
    await hostile.page.close();
  });
});
