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
});
