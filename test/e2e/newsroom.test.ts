import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, violations, watch } from './browser.js';
import { serve, STRICT_CSP, type Served } from './servers.js';

const SHOTS = new URL('./screenshots/', import.meta.url);

let browser: Browser;
let plain: Served;
let strict: Served;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, plain, strict] = await Promise.all([launch(), serve(), serve({ headers: { 'content-security-policy': STRICT_CSP } })]);
});

afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await strict?.close();
});

async function open(base: string, path: string, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = await watch(page);
  await page.goto(`${base}${path}`);
  await page.locator('dv-bar-chart .mark').nth(3).waitFor();
  return { page, problems };
}

describe('the newsroom example, from the built CDN bundle', () => {
  it('draws the four fields with their Vietnamese hedges and the source line', async () => {
    const { page, problems } = await open(plain.url, '/examples/newsroom/');
    expect(await page.locator('dv-bar-chart .value-label').allTextContents()).toEqual(['gần 8.000', 'hơn 5.800', 'hơn 3.300', '2.200']);
    expect(await page.locator('dv-bar-chart [part~="source"]').textContent()).toMatch(/^\s*Nguồn: Thu Hà/);
    await page.screenshot({ path: new URL('newsroom-vi.png', SHOTS).pathname, fullPage: true });
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] });
    await page.close();
  });

  it('stays light, as the article is, for a reader whose system is set to dark', async () => {
    for (const path of ['/examples/newsroom/', '/examples/newsroom/en.html']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
      await page.goto(`${plain.url}${path}`);
      await page.locator('dv-map .mark').first().waitFor();
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      const themes = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('dv-')).map((el) => el.shadowRoot!.querySelector('.theme')!.className));
      expect(themes.length).toBeGreaterThanOrEqual(6);
      for (const theme of themes) expect(theme.split(' ')).not.toContain('dark');
      await page.close();
    }
  });

  it('speaks English on the English twin', async () => {
    const { page, problems } = await open(plain.url, '/examples/newsroom/en.html', 360);
    expect(await page.locator('dv-bar-chart .value-label').allTextContents()).toEqual([
      'nearly 8,000',
      'more than 5,800',
      'more than 3,300',
      '2,200',
    ]);
    await page.screenshot({ path: new URL('newsroom-en-360.png', SHOTS).pathname, fullPage: true });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(scroll).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  for (const [path, lang] of [
    ['/examples/newsroom/', 'vi'],
    ['/examples/newsroom/en.html', 'en'],
  ] as const) {
    it(`shows every element, each with its source line (${lang})`, async () => {
      const { page, problems } = await open(plain.url, path);
      await page.locator('dv-map .mark').first().waitFor();
      await page.locator('dv-line-chart .mark').first().waitFor();
      const source = lang === 'vi' ? /^\s*Nguồn: / : /^\s*Source: /;
      for (const tag of ['dv-stat', 'dv-bar-chart', 'dv-waffle', 'dv-table', 'dv-line-chart', 'dv-map']) {
        const el = page.locator(tag);
        await expect.poll(() => el.locator('[part~="state"]').count(), { message: `${tag} still loading` }).toBe(0);
        expect(await el.locator('[part="source"]').textContent(), tag).toMatch(source);
      }
      expect(await page.locator('dv-stat figure').textContent()).toContain(lang === 'vi' ? 'hơn' : 'more than');
      expect(await page.locator('dv-waffle .mark').count()).toBe(4);
      expect(await page.locator('dv-table tbody tr').count()).toBe(4);
      expect(await page.locator('dv-line-chart .mark').count()).toBeGreaterThan(40);
      expect(await page.locator('dv-map .mark').count()).toBe(13);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] });
      await page.screenshot({ path: new URL(`newsroom-all-${lang}.png`, SHOTS).pathname, fullPage: true });
      await page.close();
    });
  }

  // danvan.css holds each element's room until the script runs, and the elements keep it while they load: the
  // article must not jump (0.1 is where the Web's "good" cumulative layout shift ends).
  for (const [path, width] of [
    ['/examples/newsroom/', 390],
    ['/examples/newsroom/', 1280],
    ['/examples/newsroom/en.html', 360],
  ] as const) {
    it(`keeps the article still while the elements load (${path}, ${width} px)`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: number[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${plain.url}${path}`);
      await page.locator('dv-map .mark').first().waitFor();
      await page.locator('dv-line-chart .mark').first().waitFor();
      await page.locator('dv-waffle .mark').first().waitFor();
      // Two frames, for the last drawing's shift to be reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      expect(shifts.reduce((a, b) => a + b, 0), `layout shifts ${shifts.join(', ')}`).toBeLessThan(0.1);
      await page.close();
    });
  }

  it('renders under a strict Content-Security-Policy with Trusted Types, with no violations', async () => {
    const { page, problems } = await open(strict.url, '/examples/newsroom/');
    const response = await page.request.get(`${strict.url}/examples/newsroom/`);
    expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);
    expect(await page.locator('dv-bar-chart .mark').count()).toBe(4);
    expect(await violations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.screenshot({ path: new URL('newsroom-strict-csp.png', SHOTS).pathname, fullPage: true });
    await page.close();
  });
});
