import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, violations, watch } from './browser.js';
import { ROOT, serve, type Served } from './servers.js';

const SHOTS = new URL('./screenshots/', import.meta.url);
const PORTAL = '/examples/portal/';
const TAGS = ['dv-stat', 'dv-bar-chart', 'dv-line-chart', 'dv-map', 'dv-waffle', 'dv-table'] as const;

/** A government portal's policy: its own files only, and only Lit's Trusted Types policy may exist. */
const PORTAL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

let browser: Browser;
let server: Served;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launch(), serve({ headers: { 'content-security-policy': PORTAL_CSP } })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const clean = { consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] };

async function waitForCharts(page: Page): Promise<void> {
  await page.locator('dv-bar-chart .mark').nth(3).waitFor();
  await page.locator('dv-line-chart .mark').first().waitFor();
  await page.locator('dv-map .mark').first().waitFor();
  await page.locator('dv-waffle .mark').first().waitFor();
  await page.locator('dv-table [part="table"] tbody tr').first().waitFor();
  await page.locator('dv-stat [part~="value"]').waitFor();
}

describe('examples/portal/: a government portal under a strict policy', () => {
  it('creates no Trusted Types policy but Lit’s (the CDN bundle, embed host code included)', () => {
    const bundle = readFileSync(join(ROOT, 'packages/widgets/dist/cdn/danvan.min.js'), 'utf8');
    const names = [...bundle.matchAll(/createPolicy\(\s*(["'`])([^"'`]*)\1/g)].map((m) => m[2]);
    expect(names).toEqual(['lit-html']);
    expect(bundle.match(/createPolicy\(/g)).toHaveLength(1);
  });

  it('draws every element from the portal’s own JSON and CSV, with no violation, error or outside request', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watch(page);
    const response = await page.goto(`${server.url}${PORTAL}`);
    expect(response?.headers()['content-security-policy']).toBe(PORTAL_CSP);
    // The page carries the same policy in a <meta>, so it holds under `npm start` too.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(PORTAL_CSP);
    await waitForCharts(page);

    for (const tag of TAGS) {
      const el = page.locator(tag);
      // No loading, empty or error state left; a source line under each.
      await expect.poll(() => el.locator('[part~="state"]').count(), { message: `${tag} not ready` }).toBe(0);
      expect(await el.locator('[part="source"]').textContent(), tag).toMatch(/^\s*Nguồn: /);
      // The light-DOM fallback is not rendered once the element has its shadow root (no default slot there).
      expect(await el.evaluate((e) => e.shadowRoot !== null && e.shadowRoot.querySelector('slot:not([name])') === null), tag).toBe(true);
      expect(await el.locator(':scope > table.fallback').isVisible(), `${tag} fallback shown`).toBe(false);
      expect(await el.locator(':scope > table.fallback').evaluate((t) => t.getClientRects().length), tag).toBe(0);
    }

    expect(await page.locator('dv-stat [part~="value"]').textContent()).toContain('hơn 19.300');
    expect(await page.locator('dv-bar-chart .value-label').allTextContents()).toEqual(['gần 8.000', 'hơn 5.800', 'hơn 3.300', '2.200']);
    expect(await page.locator('dv-line-chart .mark').count()).toBe(11);
    expect(await page.locator('dv-map .mark').count()).toBe(13);
    expect(await page.locator('dv-waffle .mark').count()).toBe(4);
    expect(await page.locator('dv-table [part="table"] tbody tr').count()).toBe(4);
    // The CSV's rows, read through the gazetteer and the importer: 6 + 7 + 3 + 2 models, 4 + 6 + 4 + 4 by status.
    expect(await page.locator('dv-table [part="table"] tbody').textContent()).toMatch(/Đăng ký\s*4[\s\S]*Đang triển khai\s*6[\s\S]*Được khen thưởng\s*4[\s\S]*Được nhân rộng\s*4/);
    expect(await page.locator('dv-waffle [part="source"]').textContent()).toContain('mo-hinh-huong-khe-2023.csv');
    // Each chart names its sources: the article for the published totals, the illustrative set for the rest.
    expect(await page.locator('dv-bar-chart [part="source"]').textContent()).not.toContain('minh họa');
    expect(await page.locator('dv-map [part="source"]').textContent()).toContain('Số liệu minh họa của trang mẫu Ban Dân vận');

    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual(clean);
    await page.screenshot({ path: new URL('portal-strict-csp.png', SHOTS).pathname, fullPage: true });
    await page.close();
  });

  it('fits a phone screen with no sideways scroll', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const problems = await watch(page);
    await page.goto(`${server.url}${PORTAL}`);
    await waitForCharts(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual(clean);
    await page.screenshot({ path: new URL('portal-360.png', SHOTS).pathname, fullPage: true });
    await page.close();
  });

  it('stays light, as the portal is, for a reader whose system is set to dark', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await page.goto(`${server.url}${PORTAL}`);
    await waitForCharts(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const themes = await page.evaluate(() =>
      [...document.querySelectorAll('dv-bar-chart, dv-line-chart, dv-map, dv-waffle, dv-table, dv-stat')].map((el) => el.shadowRoot!.querySelector('.theme')!.className),
    );
    expect(themes).toHaveLength(6);
    for (const theme of themes) expect(theme.split(' ')).not.toContain('dark');
    await page.close();
  });

  it('shows each element’s data table and source when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${server.url}${PORTAL}`);
    const expected: Record<(typeof TAGS)[number], { rows: number; text: string }> = {
      'dv-stat': { rows: 1, text: 'hơn 19.300' },
      'dv-bar-chart': { rows: 6, text: 'gần 8.000' },
      'dv-line-chart': { rows: 12, text: '2.682' },
      'dv-map': { rows: 14, text: 'Huyện Hương Khê' },
      'dv-waffle': { rows: 6, text: 'Văn hóa - xã hội' },
      'dv-table': { rows: 6, text: 'Đang triển khai' },
    };
    for (const tag of TAGS) {
      const el = page.locator(tag);
      expect(await el.evaluate((e) => e.shadowRoot), tag).toBeNull();
      const table = el.locator(':scope > table.fallback');
      expect(await table.isVisible(), `${tag} fallback hidden`).toBe(true);
      expect(await table.locator('tr').count(), tag).toBe(expected[tag].rows);
      expect(await table.textContent(), tag).toContain(expected[tag].text);
      expect(await el.locator(':scope > .fallback-source').textContent(), tag).toMatch(/^Nguồn: /);
      expect(await el.locator(':scope > .fallback-source').isVisible(), tag).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(problems).toEqual(clean);
    await page.screenshot({ path: new URL('portal-no-js.png', SHOTS).pathname, fullPage: true });
    await context.close();
  });
});
