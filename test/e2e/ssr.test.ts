import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DvTag } from '@danvan/widgets/ssr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module shared with `npm run prerender`
import { prerender } from '../../scripts/prerender.mjs';
import { launch, watch } from './browser.js';
import { ROOT, serve, type Served } from './servers.js';

// Server rendering runs on the built package ('@danvan/widgets/ssr' resolves to dist/ssr.js): run `npm run build` first.
// Vite hands tests lit's development build, which announces itself once: expected here, so not printed.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set(['dev-mode']);
const { DV_TAGS, renderElement, renderElementSync, renderPage } = await import('@danvan/widgets/ssr');

const SHOTS = new URL('./screenshots/', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const published = readJson('packages/core/data/ha-tinh.json');
const full = readJson('packages/core/data/ha-tinh-synthetic.json');
// Every 50th synthetic record: enough for years and districts, small enough to embed.
const synthetic = { ...full, models: (full.models as unknown[]).filter((_, i) => i % 50 === 0) };

const CASES: Record<DvTag, { attributes: Record<string, string | boolean>; data: unknown; figure: RegExp }> = {
  'dv-stat': { attributes: { heading: 'Mô hình từ năm 2013' }, data: published, figure: /<td>hơn 19\.300 mô hình<\/td>/ },
  'dv-bar-chart': { attributes: { by: 'field' }, data: published, figure: /<td>gần 8\.000 mô hình<\/td>/ },
  'dv-waffle': { attributes: { by: 'field' }, data: published, figure: /<td>hơn 5\.800 mô hình<\/td>/ },
  'dv-table': { attributes: { by: 'field' }, data: published, figure: /<td>hơn 3\.300 mô hình<\/td>/ },
  'dv-line-chart': { attributes: { by: 'year', series: 'field', cumulative: true }, data: synthetic, figure: /<th scope="row">2023<\/th>/ },
  'dv-map': { attributes: { by: 'district', at: '2023' }, data: synthetic, figure: /<th scope="row">huyện Can Lộc<\/th>/ },
};

/** Markup with each number in it replaced by `#`, and the numbers, in order. */
function numbersApart(markup: string): { text: string; numbers: number[] } {
  const numbers: number[] = [];
  const text = markup.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g, (m) => (numbers.push(Number(m)), '#'));
  return { text, numbers };
}

/** The element's shadow root (declarative) and its light DOM, split at the template's end. */
function parts(markup: string): { shadow: string; light: string } {
  const end = markup.indexOf('</template>');
  return { shadow: markup.slice(0, end), light: markup.slice(end) };
}

function inlineData(light: string): unknown {
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(light)?.[1];
  return json === undefined ? undefined : JSON.parse(json);
}

describe('renderElement (@danvan/widgets/ssr, in Node)', () => {
  for (const tag of DV_TAGS) {
    it(`renderElement('${tag}', …) gives a declarative shadow root, its source line, a fallback table and the data`, async () => {
      const { attributes, data, figure } = CASES[tag];
      const markup = await renderElement(tag, { attributes, data, lang: 'vi' });
      expect(markup).toMatch(new RegExp(`^<${tag}\\s[^>]*\\blang="vi"[^>]*><template shadowroot="open" shadowrootmode="open">`));
      expect(markup.endsWith(`</${tag}>`)).toBe(true);
      const { shadow, light } = parts(markup);
      expect(shadow.match(/<figure\b/g)).toHaveLength(1);
      expect(shadow).toMatch(/<p part="source">Nguồn: /);
      // The light-DOM fallback: a real table with a caption and the figures with their hedges, and the source line.
      expect(light).toMatch(/<table part="table">\s*<caption>[^<]+<\/caption>/);
      expect(light).toMatch(figure);
      expect(light).toMatch(/<p part="source">Nguồn: /);
      expect(inlineData(light)).toEqual(data);
      // No hydration markers: the client redraws rather than hydrates.
      expect(markup).not.toMatch(/lit-part|lit-node|<\?>/);
      expect(renderElementSync(tag, { attributes, data, lang: 'vi' })).toBe(markup);
    });
  }

  it('speaks the page language it is given, and a lang attribute wins over it', async () => {
    const en = await renderElement('dv-bar-chart', { attributes: { by: 'field' }, data: published, lang: 'en' });
    expect(en).toMatch(/<p part="source">Source: /);
    expect(en).toContain('<td>nearly 8,000 models</td>');
    const vi = await renderElement('dv-bar-chart', { attributes: { by: 'field', lang: 'vi' }, data: published, lang: 'en' });
    expect(vi).toMatch(/<p part="source">Nguồn: /);
  });

  it('escapes attribute values, and data that would end the inline script', () => {
    const hostile = { ...published, title: { vi: '</script><script>alert(1)</script><!--', en: 'x' } };
    const markup = renderElementSync('dv-bar-chart', { attributes: { by: 'field', heading: '"><img src=x onerror=alert(1)>' }, data: hostile });
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(markup.match(/<script\b/g)).toHaveLength(1);
    expect(inlineData(parts(markup).light)).toEqual(hostile);
  });

  it('leaves the data at src or the shadow root out when asked, and rejects unknown tags and attribute names', () => {
    const markup = renderElementSync('dv-stat', { attributes: { src: '/data.json' }, data: published, embed: false });
    expect(markup).toMatch(/^<dv-stat src="\/data\.json"/);
    expect(markup).not.toContain('application/json');
    // For a page that forbids inline styles: no declarative shadow root (its <style>), the fallback and data only.
    const light = renderElementSync('dv-bar-chart', { attributes: { by: 'field' }, data: published, shadow: false });
    expect(light).toMatch(/^<dv-bar-chart by="field" orientation="horizontal"><script type="application\/json">/);
    expect(light).not.toMatch(/<template|<style/);
    expect(light).toContain('<td>gần 8.000 mô hình</td>');
    expect(() => renderElementSync('dv-chart' as DvTag)).toThrow(TypeError);
    expect(() => renderElementSync('constructor' as DvTag)).toThrow(TypeError);
    expect(() => renderElementSync('dv-stat', { attributes: { 'onclick="x"': 'y' } })).toThrow(TypeError);
  });

  it('renderPage(page, { load }) renders each element with the data its src names, embedded when small', async () => {
    const page = `<!doctype html><html lang="en"><body>
      <dv-stat src="small.json"></dv-stat><p>text</p>
      <dv-bar-chart by="field" src='big.json' heading="A &amp; B"><span slot="heading">Slotted</span></dv-bar-chart>
      <dv-table by="field" src="missing.json"></dv-table></body></html>`;
    const load = (src: string) => (src === 'missing.json' ? undefined : published);
    const out = await renderPage(page, { load, inlineLimit: 20_000 });
    expect(out.match(/shadowrootmode="open"/g)).toHaveLength(2);
    expect(out).toMatch(/<dv-stat lang="en"><template/);
    expect(out).toMatch(/<dv-bar-chart by="field" heading="A &amp; B" lang="en" orientation="horizontal"><template/);
    expect(out).toContain('</template><span slot="heading">Slotted</span>');
    expect(out).toContain('<dv-table by="field" src="missing.json"></dv-table>');
    expect(out.match(/application\/json/g)).toHaveLength(2);
    const small = await renderPage(page, { load, inlineLimit: 100 });
    expect(small).toMatch(/<dv-stat src="small\.json" lang="en"><template/);
    expect(small).not.toContain('application/json');
    const flat = await renderPage(page, { load, shadow: false });
    expect(flat).not.toContain('<template');
    expect(flat).toContain('orientation="horizontal"><span slot="heading">Slotted</span><script type="application/json">');
  });
});

const TAGS = ['dv-stat', 'dv-bar-chart', 'dv-waffle', 'dv-table', 'dv-line-chart', 'dv-map'] as const;
const MARKS: Record<(typeof TAGS)[number], number> = { 'dv-stat': 0, 'dv-bar-chart': 4, 'dv-waffle': 4, 'dv-table': 0, 'dv-line-chart': 44, 'dv-map': 13 };

let browser: Browser;
let server: Served;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The prerender itself, from the built package, into the (git-ignored) examples/newsroom/static/.
  [browser, server] = await Promise.all([launch(), serve(), prerender()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the prerendered newsroom (npm run prerender)', () => {
  for (const [path, lang] of [
    ['/examples/newsroom/static/', 'vi'],
    ['/examples/newsroom/static/en.html', 'en'],
  ] as const) {
    it(`shows every chart, its source line and its data table with JavaScript off (${lang})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      const source = lang === 'vi' ? /^\s*Nguồn: / : /^\s*Source: /;
      for (const tag of TAGS) {
        const el = page.locator(tag);
        expect(await el.evaluate((e) => e.shadowRoot !== null && !customElements.get(e.localName)), `${tag} has a declarative shadow root, not upgraded`).toBe(true);
        if (MARKS[tag]) {
          expect(await el.locator('.mark').count(), `${tag} marks`).toBe(MARKS[tag]);
          for (const mark of await el.locator('.mark').all()) expect(await mark.isVisible(), `${tag} mark visible`).toBe(true);
        }
        // One visible source line: the shadow root's; the light-DOM fallback's is hidden under it.
        const sources = el.locator('[part="source"]').filter({ visible: true });
        expect(await sources.count(), `${tag} source lines`).toBe(1);
        expect(await sources.textContent(), tag).toMatch(source);
        // The data table shows (visually hidden only when scripts run); one, not the fallback too.
        const tables = el.locator('table').filter({ visible: true });
        expect(await tables.count(), `${tag} visible tables`).toBe(1);
        expect(await tables.locator('tbody tr').count(), `${tag} table rows`).toBeGreaterThan(0);
        expect(await el.locator(':scope > table').count(), `${tag} light-DOM fallback`).toBe(1);
        expect(await el.locator('[part~="downloads"]').isVisible(), `${tag} download menu`).toBe(false);
      }
      expect(await page.locator('dv-stat [part~="value"]').textContent()).toContain(lang === 'vi' ? '19.300' : '19,300');
      await page.screenshot({ path: new URL(`ssr-nojs-${lang}.png`, SHOTS).pathname, fullPage: true });
      await context.close();
    });
  }

  it('upgrades in place with JavaScript on: one figure each, the same markup, nothing moves', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watch(page);
    await page.addInitScript(recordLayoutShifts);
    // Hold the CDN script until the server's markup has been painted, so the test sees both sides of the upgrade.
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    await page.route(/\/danvan\.min\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${server.url}/examples/newsroom/static/`, { waitUntil: 'commit' });
    await page.waitForFunction(
      (tags) => document.readyState !== 'loading' && tags.every((t) => document.querySelector(t)?.shadowRoot) && getComputedStyle(document.body).margin === '0px',
      TAGS,
    );
    await frames(page);
    const before = await snapshot(page);
    expect(before.every((e) => !e.defined)).toBe(true);

    release();
    // Upgraded: defined, and the server's nodes (its <style> first of all) gone, also where data came from `src`.
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t) && !document.querySelector(t)!.shadowRoot!.querySelector(':scope > style')), TAGS);
    await frames(page);
    await page.waitForTimeout(300);
    await frames(page);
    const after = await snapshot(page);

    for (const [i, tag] of TAGS.entries()) {
      const [b, a] = [before[i]!, after[i]!];
      expect(a.figures, `${tag}: one figure after the upgrade`).toBe(1);
      expect(a.leftovers, `${tag}: no server nodes left`).toBe(0);
      expect(a.marks, `${tag} marks`).toBe(b.marks);
      // The same markup; numbers alike to the precision the browser keeps them in (a length set as a number is
      // a 32-bit float, written out with 6 significant digits: the server's 245.02499999999998 is its 245.025).
      const [ma, mb] = [numbersApart(a.markup), numbersApart(b.markup)];
      expect(ma.text, `${tag}: the client drew what the server drew`).toBe(mb.text);
      ma.numbers.forEach((n, j) => expect(Math.abs(n - mb.numbers[j]!), `${tag}: number ${j}: ${mb.numbers[j]} → ${n}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(n))));
      for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(a.box[k] - b.box[k]), `${tag} box ${k}: ${b.box[k]} → ${a.box[k]}`).toBeLessThan(0.5);
    }
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    const total = shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
    const ours = shifts.filter((s) => !s.hadRecentInput && s.sources.some((t) => t.startsWith('dv-'))).reduce((sum, s) => sum + s.value, 0);
    expect(ours, JSON.stringify(shifts)).toBeLessThan(0.01);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] });
    await page.close();
  });
});

interface Shift {
  readonly value: number;
  readonly hadRecentInput: boolean;
  /** The danvan element (or the tag of the node) each shifted node belongs to. */
  readonly sources: readonly string[];
}

/** Runs in the page before anything else: keeps every layout-shift entry with what shifted. */
function recordLayoutShifts(): void {
  const shifts: unknown[] = [];
  (window as unknown as { __shifts: unknown[] }).__shifts = shifts;
  const owner = (node: Node | null): string => {
    for (let n = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n instanceof Element && n.localName.startsWith('dv-')) return n.localName;
    return node instanceof Element ? node.localName : (node?.nodeName ?? '?');
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] }[]) {
      shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, sources: e.sources.map((s) => owner(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Waits for two painted frames. */
function frames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/**
 * Each element's box, marks and figure markup: comments left out (Lit's client markers are comments) and
 * attributes sorted (Lit's client sets bound attributes after the template's static ones).
 */
function snapshot(page: Page) {
  return page.evaluate((tags) => {
    const canonical = (node: Node): string => {
      if (node instanceof Element) {
        const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('');
        return `<${node.localName}${attributes}>${[...node.childNodes].map(canonical).join('')}</${node.localName}>`;
      }
      return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
    };
    return tags.map((tag) => {
      const el = document.querySelector(tag)!;
      const root = el.shadowRoot!;
      const { x, y, width, height } = el.getBoundingClientRect();
      return {
        defined: customElements.get(tag) !== undefined,
        box: { x, y, width, height },
        figures: root.querySelectorAll('figure').length,
        leftovers: root.querySelectorAll(':scope > style, noscript, template').length,
        marks: root.querySelectorAll('.mark').length,
        markup: canonical(root.querySelector('figure')!),
      };
    });
  }, TAGS);
}
