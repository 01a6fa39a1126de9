import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watch } from './browser.js';
import { ROOT, serve, type Served } from './servers.js';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve({ root: join(ROOT, 'storybook-static') })]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the built Storybook', () => {
  for (const [id, first] of [
    ['elements-bar-chart--vietnamese', 'gần 8.000'],
    ['elements-bar-chart--english', 'nearly 8,000'],
  ] as const) {
    it(`renders the story ${id}, not a blank page`, async () => {
      const page = await browser.newPage();
      const problems = await watch(page);
      await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=story`);
      await page.locator('dv-bar-chart .mark').nth(3).waitFor();
      expect(await page.locator('dv-bar-chart .value-label').first().textContent()).toBe(first);
      expect(problems.pageErrors).toEqual([]);
      await page.close();
    });
  }

  it('gives each element a Docs page built from custom-elements.json', async () => {
    const page = await browser.newPage();
    const problems = await watch(page);
    await page.goto(`${site.url}/iframe.html?id=elements-bar-chart--docs&viewMode=docs`);
    // The table of attributes, properties, events, slots, parts and CSS properties, by name.
    const names = page.locator('.docblock-argstable tbody tr td:first-child');
    await names.filter({ hasText: /^by$/ }).first().waitFor();
    const rows = (await names.allInnerTexts()).map((t) => t.trim());
    expect(rows).toEqual(expect.arrayContaining(['by', 'src', 'orientation', 'dv-select', 'slot="heading"', '::part(heading)', '--dv-font']));
    const by = page.locator('.docblock-argstable tbody tr').filter({ has: page.locator('td:first-child', { hasText: /^by$/ }) });
    expect(await by.first().innerText()).toContain('The dimension rows are grouped by');
    // Its stories, drawn in the page.
    await page.locator('dv-bar-chart .mark').nth(3).waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.outsideRequests).toEqual([]);
    await page.close();
  });

  it('renders the live examples of the guides from files of the site itself', async () => {
    const page = await browser.newPage();
    const problems = await watch(page);
    await page.goto(`${site.url}/iframe.html?id=guides-embed-in-an-article--docs&viewMode=docs`);
    // The article example: a tag with `src="data/ha-tinh.json"` in an `<article lang="vi">`.
    const chart = page.locator('article[lang="vi"] dv-bar-chart');
    await chart.locator('.mark').nth(3).waitFor();
    expect(await chart.locator('.value-label').first().textContent()).toBe('gần 8.000');
    await page.goto(`${site.url}/iframe.html?id=guides-use-on-a-government-portal--docs&viewMode=docs`);
    // The portal example reads an office spreadsheet (CSV) with Vietnamese headers.
    await page.locator('dv-table[src="files/mo-hinh-mau.csv"] tbody tr').first().waitFor();
    expect(await page.locator('dv-table[src="files/mo-hinh-mau.csv"] tbody').innerText()).toContain('huyện Can Lộc');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.outsideRequests).toEqual([]);
    await page.close();
  });
});
