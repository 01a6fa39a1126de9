import { mkdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module shared with `npm start`
import { startStaticServer } from '../../scripts/static-server.mjs';
import { launch, violations, watch, type PageProblems } from './browser.js';
import { ROOT, type Served } from './servers.js';

const SHOTS = new URL('./screenshots/', import.meta.url);
const HOST = '/examples/iframe/';
const EMBED = '/packages/widgets/dist/embed.html';
const CDN = '/packages/widgets/dist/cdn/danvan.min.js';

let browser: Browser;
let server: Served;

/** The host page's policy: no script but the CDN file itself (a path, not just an origin). */
function hostPolicy(origin: string): string {
  return `default-src 'self'; script-src ${origin}${CDN}; style-src 'self'; img-src 'self' data:; frame-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  let origin = '';
  // The host page gets the strict header; the embed page brings its own policy (a <meta> in embed.html).
  const started: Served = await startStaticServer({
    root: ROOT,
    headers: (path: string) => (path.startsWith(HOST) ? { 'content-security-policy': hostPolicy(origin) } : {}),
  });
  origin = started.url;
  server = started;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The height of an element's box, in CSS pixels. */
function boxHeight(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
}

/** The height of the document inside a frame: what the embed page reports. */
function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in #${id}`);
  return frame;
}

/** Waits until the iframe `#id` is as tall as its content (± 2 px); returns that height. */
async function fitted(page: Page, id: string): Promise<number> {
  const frame = await frameOf(page, id);
  await expect
    .poll(async () => Math.abs((await boxHeight(page, `#${id}`)) - (await contentHeight(frame))), { message: `#${id} not fitted`, timeout: 10_000 })
    .toBeLessThanOrEqual(2);
  return boxHeight(page, `#${id}`);
}

/** Waits for `count` marks in a frame; on failure says what the frame shows instead. */
async function drawn(frame: Frame, marks: string, count: number): Promise<void> {
  try {
    await frame.locator(marks).nth(count - 1).waitFor({ timeout: 20_000 });
  } catch (error) {
    const shown = await frame.evaluate(() => `${document.body.innerText} | ${[...document.body.children].map((e) => e.tagName).join(' ')}`);
    throw new Error(`${frame.url()}: no ${count} × ${marks}; the frame shows: ${shown}`, { cause: error });
  }
}

async function openHost(width = 1280): Promise<{ page: Page; problems: PageProblems; bar: Frame; map: Frame }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = await watch(page);
  await page.goto(`${server.url}${HOST}`);
  const bar = await frameOf(page, 'embed-fields');
  const map = await frameOf(page, 'embed-map');
  await drawn(bar, 'dv-bar-chart .mark', 4);
  await drawn(map, 'dv-map .mark', 13);
  return { page, problems, bar, map };
}

const clean = { consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] };

describe('the iframe embed: examples/iframe/ framing dist/embed.html', () => {
  it('sizes each iframe to its chart, under a policy that runs no script but the CDN file', async () => {
    const { page, problems, bar, map } = await openHost();
    const response = await page.request.get(`${server.url}${HOST}`);
    expect(response.headers()['content-security-policy']).toBe(hostPolicy(server.url));

    const barHeight = await fitted(page, 'embed-fields');
    const mapHeight = await fitted(page, 'embed-map');
    // Not the stylesheet's guess (420 px): the charts' own heights.
    expect(barHeight).not.toBe(420);
    expect(mapHeight).not.toBe(420);
    expect(barHeight).toBeGreaterThan(150);
    expect(mapHeight).toBeGreaterThan(150);
    // What the chart draws, in the page's language, with nothing clipped.
    expect(await bar.locator('dv-bar-chart .value-label').allTextContents()).toEqual(['gần 8.000', 'hơn 5.800', 'hơn 3.300', '2.200']);
    expect(await map.locator('dv-map .mark').count()).toBe(13);
    for (const frame of [bar, map]) {
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('vi');
      expect(await frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBeLessThanOrEqual(1);
    }
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual(clean);
    await page.screenshot({ path: new URL('iframe-host.png', SHOTS).pathname, fullPage: true });
    await page.close();
  });

  it('follows the content when it changes size: a narrower page, a longer heading', async () => {
    const { page, problems, bar } = await openHost();
    const wideMap = await fitted(page, 'embed-map');
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => boxHeight(page, '#embed-map'), { message: 'map iframe kept its height' }).not.toBe(wideMap);
    const narrowMap = await fitted(page, 'embed-map');
    // The tile map keeps its proportions: narrower, so shorter.
    expect(narrowMap).toBeLessThan(wideMap);
    const narrowBar = await fitted(page, 'embed-fields');
    await page.screenshot({ path: new URL('iframe-host-360.png', SHOTS).pathname, fullPage: true });

    // The content grows by itself (a long heading wraps onto more lines): the iframe grows with it.
    await bar.locator('dv-bar-chart').evaluate((el) => el.setAttribute('heading', 'Số mô hình “Dân vận khéo” theo lĩnh vực '.repeat(6)));
    await expect.poll(() => boxHeight(page, '#embed-fields'), { message: 'bar iframe did not grow' }).toBeGreaterThan(narrowBar + 40);
    await fitted(page, 'embed-fields');
    expect(problems).toEqual(clean);
    await page.close();
  });

  it('ignores height messages from anyone but its own iframes, and malformed ones', async () => {
    const { page, bar } = await openHost();
    const before = await fitted(page, 'embed-fields');
    // The host page itself, pretending.
    await page.evaluate(() => window.postMessage({ type: 'danvan:height', height: 5 }, '*'));
    // The iframe, with bad shapes.
    await bar.evaluate(() => {
      for (const message of [
        { type: 'danvan:height', height: '5' },
        { type: 'danvan:height', height: Number.NaN },
        { type: 'danvan:height', height: -10 },
        { type: 'danvan:height', height: 1e9 },
        { type: 'other', height: 5 },
        'danvan:height',
        null,
      ])
        parent.postMessage(message, '*');
    });
    // A well-formed message after them all: once it has been applied, the bad ones have been seen too.
    await bar.evaluate(() => parent.postMessage({ type: 'danvan:height', height: 333 }, '*'));
    await expect.poll(() => boxHeight(page, '#embed-fields')).toBe(333);
    await bar.evaluate(() => parent.postMessage({ type: 'danvan:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*'));
    await expect.poll(() => boxHeight(page, '#embed-fields')).toBe(before);
    await page.close();
  });
});

/** Opens the embed page alone with a query string, recording dialogs and problems. */
async function openEmbed(query: string): Promise<{ page: Page; problems: PageProblems; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const problems = await watch(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${server.url}${EMBED}?${query}`);
  await page.waitForLoadState('load');
  return { page, problems, dialogs };
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe('dist/embed.html refuses what it should not run', () => {
  const attacks = [
    'javascript:window.__pwned=1;alert(1)',
    ' JaVa\tScRiPt:window.__pwned=1;alert(1)',
    'JAVASCRIPT:window.__pwned=1;alert(1)',
    'java\nscript:window.__pwned=1;alert(1)',
    '\u0001javascript:window.__pwned=1;alert(1)',
    'java\u200Bscript:window.__pwned=1;alert(1)',
    '\u00A0javascript:window.__pwned=1;alert(1)',
    'data:text/html,<script>parent.__pwned=1;alert(1)</script>',
    'data:application/json,{"models":[]}',
    'vbscript:msgbox(1)',
    'blob:http://127.0.0.1/x',
    'file:///etc/passwd',
  ];
  for (const src of attacks) {
    it(`refuses src=${JSON.stringify(src)} with a visible message and runs nothing`, async () => {
      const { page, problems, dialogs } = await openEmbed(`el=dv-bar-chart&by=field&src=${encodeURIComponent(src)}`);
      const message = page.locator('p.refused[role="alert"]');
      await expect.poll(() => message.isVisible()).toBe(true);
      expect(await message.textContent()).toContain('đường dẫn src không được phép');
      expect(await page.locator('dv-bar-chart').count()).toBe(0);
      // Give any scheduled script a chance to run before looking for its traces.
      await page.waitForTimeout(100);
      expect(dialogs).toEqual([]);
      expect(await pwned(page)).toBeUndefined();
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual(clean);
      await page.close();
    });
  }

  it('refuses a javascript: geo on a map, and speaks English when asked', async () => {
    const { page, dialogs } = await openEmbed(`el=dv-map&src=../../core/data/ha-tinh.json&geo=${encodeURIComponent('JaVa\tScRiPt:alert(1)')}&lang=en`);
    const message = page.locator('p.refused');
    await expect.poll(() => message.textContent()).toContain('the geo address is not allowed');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('dv-map').count()).toBe(0);
    await page.screenshot({ path: new URL('iframe-refused-en.png', SHOTS).pathname });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('creates no element that is not a danvan chart', async () => {
    for (const el of ['script', 'iframe', 'img', 'dv-nope', 'DV-BAR-CHART%20x', '']) {
      const { page, problems, dialogs } = await openEmbed(`el=${el}&src=${encodeURIComponent('javascript:alert(1)')}&onerror=alert(1)`);
      await expect.poll(() => page.locator('p.refused').textContent()).toContain('tham số el phải là một trong dv-bar-chart');
      expect(await page.locator("body > :not(noscript)").count()).toBe(1);
      expect(await page.locator('script').count()).toBe(2);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual(clean);
      await page.close();
    }
  });

  it('sets only allowed attributes that the element has; resolves src against the embed page', async () => {
    const query = [
      'el=dv-bar-chart',
      'src=../../core/data/ha-tinh.json',
      'by=field',
      'heading=Theo%20l%C4%A9nh%20v%E1%BB%B1c%20%3Cb%3Eđậm%3C%2Fb%3E',
      'cumulative=false',
      'theme=dark',
      'onclick=alert(1)',
      'style=color:red',
      'mode=symbols',
      'is=x',
      'slot=heading',
      'lang=en',
      'id=abc',
    ].join('&');
    const { page, problems, dialogs } = await openEmbed(query);
    const chart = page.locator('dv-bar-chart');
    await chart.locator('.mark').nth(3).waitFor();
    // `orientation` is the bar chart reflecting its default; `cumulative=false` leaves the boolean off.
    expect(await chart.evaluate((el) => el.getAttributeNames().sort())).toEqual(['by', 'heading', 'orientation', 'src', 'theme']);
    expect(await chart.getAttribute('src')).toBe(`${server.url}/packages/core/data/ha-tinh.json`);
    // Text, never markup.
    expect(await chart.locator('[part~="heading"]').textContent()).toContain('Theo lĩnh vực <b>đậm</b>');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Theo lĩnh vực <b>đậm</b>');
    expect(await chart.locator('.value-label').first().textContent()).toBe('nearly 8,000');
    await page.screenshot({ path: new URL('iframe-embed-dark-en.png', SHOTS).pathname });
    expect(dialogs).toEqual([]);
    expect(problems).toEqual(clean);
    await page.close();
  });
});
