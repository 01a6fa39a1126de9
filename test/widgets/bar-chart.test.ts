import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import haTinh from '@danvan/core/data/ha-tinh.json';
import { query, validate } from '@danvan/core';
import smallJson from '../fixtures/models-small.json';
import { pixelsApart } from '../pixels-apart.js';
import '@danvan/widgets/bar-chart/bar-chart.define.js';
import type { DvBarChart, DvSelectDetail } from '@danvan/widgets';
import { axeViolations, mount, settled, texts } from './helpers.js';
import { emulate, horizontalOverflow, resetMedia, shoot } from './screenshot.js';
import { expectSvgSnapshot } from './snapshot.js';

const SRC = '/packages/core/data/ha-tinh.json';
const SYNTHETIC = '/packages/core/data/ha-tinh-synthetic.json';
const SMALL = '/test/fixtures/models-small.json';

describe('<dv-bar-chart>', () => {
  it('has no axe violations', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('draws the four fields with their hedges in Vietnamese by default', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    expect(texts(el, '.value-label')).toEqual(['gần 8.000', 'hơn 5.800', 'hơn 3.300', '2.200']);
    expect(texts(el, '.bar-label')).toEqual([
      'Kinh tế',
      'Văn hóa - xã hội',
      'Quốc phòng - an ninh',
      'Xây dựng Đảng, hệ thống chính trị',
    ]);
    expect(texts(el, '[part~="source"]')[0]).toMatch(/^Nguồn: Thu Hà, “Actively building/);
    expect(texts(el, '#summary')).toEqual(['Kinh tế có nhiều mô hình nhất: gần 8.000 trên tổng số hơn 19.300.']);
  });

  it('speaks English with lang="en", and follows the page language', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart lang="en" src="${SRC}" by="field"></dv-bar-chart>`);
    expect(texts(el, '.value-label')).toEqual(['nearly 8,000', 'more than 5,800', 'more than 3,300', '2,200']);
    expect(texts(el, '[part~="source"]')[0]).toMatch(/^Source: /);
    const nested = await mount<HTMLElement>(`<section lang="en-GB"><dv-bar-chart src="${SRC}" by="field"></dv-bar-chart></section>`);
    const inner = nested.querySelector('dv-bar-chart')!;
    expect(texts(inner, '#summary')).toEqual(['Economic has the most models: nearly 8,000 of more than 19,300.']);
    inner.setAttribute('lang', 'vi');
    await inner.updateComplete;
    expect(texts(inner, '.value-label')[0]).toBe('gần 8.000');
  });

  it('has an accessible name, a summary and a data table', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field" heading="Mô hình theo lĩnh vực"></dv-bar-chart>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-labelledby')).toBe('heading');
    expect(el.shadowRoot!.getElementById('heading')!.textContent!.trim()).toBe('Mô hình theo lĩnh vực');
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Kinh tế', 'gần 8.000 mô hình'],
      ['Văn hóa - xã hội', 'hơn 5.800 mô hình'],
      ['Quốc phòng - an ninh', 'hơn 3.300 mô hình'],
      ['Xây dựng Đảng, hệ thống chính trị', '2.200 mô hình'],
    ]);
    expect(texts(el, 'table tfoot td')[0]).toBe('hơn 19.300 mô hình');
  });

  it('has no download menu unless the page loads @danvan/widgets/downloads.js', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    expect(el.shadowRoot!.querySelector('.downloads')).toBeNull();
  });

  it('makes a default heading from the query', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    expect(texts(el, '#heading')).toEqual(['Số mô hình theo lĩnh vực, tỉnh Hà Tĩnh, 2013–2023']);
  });

  it('takes data from the .data property and from an inline JSON script', async () => {
    const el = document.createElement('dv-bar-chart');
    el.by = 'field';
    el.data = haTinh;
    const inline = await mount<DvBarChart>(
      `<dv-bar-chart by="field" lang="en"><script type="application/json">${JSON.stringify(haTinh)}</script></dv-bar-chart>`,
    );
    inline.parentElement!.append(el);
    await el.updateComplete;
    expect(texts(el, '.value-label')).toEqual(['gần 8.000', 'hơn 5.800', 'hơn 3.300', '2.200']);
    expect(texts(inline, '.value-label')[3]).toBe('2,200');
  });

  it('offers one tab stop, moves with arrow keys, selects with Enter and closes the tooltip with Escape', async () => {
    const before = await mount<HTMLButtonElement>(`<button>before</button><dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    const chart = before.parentElement!.querySelector('dv-bar-chart')!;
    const marks = () => [...chart.shadowRoot!.querySelectorAll<SVGRectElement>('.mark')];
    expect(marks().map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    const drawn = marks();
    before.focus();
    await userEvent.tab();
    expect(chart.shadowRoot!.activeElement).toBe(marks()[0]);
    const tooltip = chart.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    await chart.updateComplete;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('Kinh tế');
    await userEvent.keyboard('{ArrowDown}');
    await chart.updateComplete;
    expect(chart.shadowRoot!.activeElement).toBe(marks()[1]);
    expect(tooltip.textContent).toContain('hơn 5.800');
    await userEvent.keyboard('{End}');
    await chart.updateComplete;
    expect(chart.shadowRoot!.activeElement).toBe(marks()[3]);
    // One ring, around the focused bar, in the focus colour.
    const rings = chart.shadowRoot!.querySelectorAll('.ring');
    expect(rings).toHaveLength(1);
    const ring = rings[0]!.getBoundingClientRect();
    const bar = marks()[3]!.getBoundingClientRect();
    expect(ring.top).toBeLessThan(bar.top);
    expect(ring.bottom).toBeGreaterThan(bar.bottom);
    expect(getComputedStyle(rings[0]!).stroke).not.toBe('none');
    // The bars were changed in place, not drawn anew; the ring is drawn after (over) the last of them.
    expect(marks().every((m, i) => m === drawn[i])).toBe(true);
    expect(rings[0]!.previousElementSibling).toBe(drawn[3]);
    const selected: DvSelectDetail[] = [];
    document.addEventListener('dv-select', (e) => selected.push(e.detail), { once: true });
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([expect.objectContaining({ key: 'party-building', dimension: 'field', field: 'party-building' })]);
    await userEvent.keyboard('{Escape}');
    await chart.updateComplete;
    expect(tooltip.hidden).toBe(true);
    expect(marks().map((m) => m.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '0']);
  });

  it('redraws its bars in place when the data changes, leaving nothing of the old drawing behind', async () => {
    const chart = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    const group = chart.shadowRoot!.querySelector('.mark')!.parentElement!;
    const bars = [...group.children];
    expect(bars).toHaveLength(4);
    chart.field = 'economic,culture-society';
    await chart.updateComplete;
    // Two rows: the first two rectangles kept, with the new figures' names; the other two gone.
    expect([...group.children]).toEqual(bars.slice(0, 2));
    expect(group.isConnected).toBe(true);
    expect(bars.slice(0, 2).map((b) => b.getAttribute('aria-label'))).toEqual(['Kinh tế: gần 8.000 mô hình', 'Văn hóa - xã hội: hơn 5.800 mô hình']);
    // Split by a series, parts get textures: a texture rectangle over its bar, which loses no attribute it needs.
    chart.field = '';
    chart.by = 'district';
    chart.series = 'field';
    chart.src = SYNTHETIC;
    await settled(chart.parentElement!);
    const rects = [...chart.shadowRoot!.querySelectorAll('.mark')[0]!.parentElement!.children];
    const textures = rects.filter((r) => r.classList.contains('texture'));
    expect(textures.length).toBeGreaterThan(0);
    for (const t of textures) {
      expect(t.getAttribute('fill')).toMatch(/^url\(#dv-p-/);
      expect(t.hasAttribute('aria-label') || t.hasAttribute('role') || t.hasAttribute('tabindex')).toBe(false);
      expect(t.previousElementSibling!.classList.contains('mark')).toBe(true);
    }
    for (const m of rects.filter((r) => r.classList.contains('mark'))) expect(m.hasAttribute('fill')).toBe(false);
  });
});

describe('<dv-bar-chart> drawings', () => {
  // `n` places with a published figure each, and the same as an inline JSON script.
  const dataset = (n: number) => ({
    version: 1,
    title: { vi: 'Cột', en: 'Columns' },
    language: 'vi',
    license: 'CC0-1.0',
    sources: [{ id: 't', title: { vi: 'Thử', en: 'Test' } }],
    places: Array.from({ length: n }, (_, i) => ({ code: `T${i + 1}`, name: `Xã Thử ${i + 1}`, type: 'commune', parent: '42' })),
    statistics: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, subject: 'beneficiaries', value: 100 + ((i * 37) % 900), unit: 'person', place: `T${i + 1}`, period: { from: '2023', to: '2023' }, source: 't' })),
  });
  const inline = (n: number) => `<script type="application/json">${JSON.stringify(dataset(n))}</script>`;

  for (const lang of ['vi', 'en'] as const) {
    it(`matches its SVG snapshot by field (${lang})`, async () => {
      const el = await mount<DvBarChart>(`<dv-bar-chart lang="${lang}" src="${SRC}" by="field"></dv-bar-chart>`);
      await expectSvgSnapshot(el, `bar-chart-field-${lang}`);
    });
  }

  it('stacks only the parts a row has, and groups every part, 0 included, with `series`', async () => {
    const small = validate(smallJson).data!;
    const rows = query(small, { by: 'district', series: 'field' }).rows;
    const nonZero = rows.flatMap((r) => r.parts!.filter((p) => p.value.value > 0));
    // The fixture has districts without some field, so the two arrangements differ.
    expect(nonZero.length).toBeLessThan(rows.length * 4);
    const stacked = await mount<DvBarChart>(`<dv-bar-chart src="${SMALL}" by="district" series="field"></dv-bar-chart>`, 900);
    expect(stacked.shadowRoot!.querySelectorAll('.mark')).toHaveLength(nonZero.length);
    for (const bar of stacked.shadowRoot!.querySelectorAll('.mark')) expect(Number(bar.getAttribute('width'))).toBeGreaterThan(1);
    await shoot(stacked, 'bar-chart-stacked-900');
    const grouped = await mount<DvBarChart>(`<dv-bar-chart src="${SMALL}" by="district" series="field" arrangement="grouped"></dv-bar-chart>`, 900);
    const names = [...grouped.shadowRoot!.querySelectorAll('.mark')].map((m) => m.getAttribute('aria-label'));
    expect(names).toHaveLength(rows.length * 4);
    expect(names).toContain('huyện Cẩm Xuyên, Kinh tế: 0 mô hình');
  });

  it('keeps many narrow columns vertical, against a y axis, naming every k-th, and turns a few horizontal; a big table follows the chart', async () => {
    // 200 places with a published figure each: 800 px give a column 3 px wide, too narrow for a value label.
    const many = await mount<DvBarChart>(`<dv-bar-chart metric="beneficiaries" by="place" orientation="vertical">${inline(200)}</dv-bar-chart>`, 800);
    const root = many.shadowRoot!;
    const bars = [...root.querySelectorAll('.mark')].map((b) => b.getBoundingClientRect());
    expect(bars).toHaveLength(200);
    // Columns: side by side left to right, all on one baseline, in a drawing no taller than a vertical chart.
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.left).toBeGreaterThan(bars[i - 1]!.left);
    expect(new Set(bars.map((b) => Math.round(b.bottom))).size).toBe(1);
    const box = root.querySelector('svg')!.getBoundingClientRect();
    expect(box.height).toBeLessThanOrEqual(421);
    expect(root.querySelectorAll('.value-label')).toHaveLength(0);
    const ticks = [...root.querySelectorAll('.tick-label')].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks).toContain('0');
    // Named columns do not overlap, and there are fewer names than columns.
    const names = [...root.querySelectorAll('.bar-label')].map((t) => t.getBoundingClientRect());
    expect(names.length).toBeGreaterThan(5);
    expect(names.length).toBeLessThan(200);
    for (let i = 1; i < names.length; i++) expect(names[i]!.left).toBeGreaterThanOrEqual(names[i - 1]!.right);
    // Every column still has its name and figure for screen readers.
    expect(root.querySelector('.mark')!.getAttribute('aria-label')).toBe('Xã Thử 1: 100 người');
    await shoot(many, 'bar-chart-dense-800');
    // The data table and the columns' names come with the chart up to 200 rows; for more, they follow once the
    // chart has painted: the first drawing paints the columns as one path, and the columns come as marks, named
    // and focusable, with the table.
    expect(root.querySelectorAll('table tbody tr')).toHaveLength(200);
    expect(root.querySelectorAll('.mark[aria-label][role="listitem"][data-index]')).toHaveLength(200);
    expect(root.querySelectorAll('path.bar')).toHaveLength(0);
    const big = await mount<DvBarChart>('<dv-bar-chart metric="beneficiaries" by="place" orientation="vertical"></dv-bar-chart>', 800);
    big.data = dataset(300);
    await big.updateComplete;
    expect(big.shadowRoot!.querySelector('table')).toBeNull();
    expect(big.shadowRoot!.querySelectorAll('.mark')).toHaveLength(0);
    const paths = [...big.shadowRoot!.querySelectorAll('path.bar')];
    expect(paths.map((p) => p.getAttribute('class'))).toEqual(['bar c-s0']);
    expect(paths[0]!.getAttribute('part')).toBe('mark');
    const outlines = paths[0]!.getAttribute('d')!.split('M').slice(1);
    expect(outlines).toHaveLength(300);
    const shape = paths[0]!.getBoundingClientRect();
    await settled(big.parentElement!);
    expect(big.shadowRoot!.querySelectorAll('table tbody tr')).toHaveLength(300);
    // Then 300 columns, each with its name, role, index and one tab stop among them, where the path's outlines were.
    expect(big.shadowRoot!.querySelectorAll('path.bar')).toHaveLength(0);
    const named = [...big.shadowRoot!.querySelectorAll('.mark')];
    expect(named).toHaveLength(300);
    expect(named.map((m) => ['x', 'y', 'width', 'height'].map((k) => Number(m.getAttribute(k))))).toEqual(
      outlines.map((o) => {
        const [x, y, w, h] = o.match(/-?[\d.]+(?:e[-+]?\d+)?/g)!.map(Number) as [number, number, number, number];
        // A rectangle keeps its lengths as 32-bit floats, written out to 6 significant digits.
        return [x, y, w, h].map((v) => Number(Math.fround(v).toPrecision(6)));
      }),
    );
    // …and on the page, the columns cover what the path covered.
    const boxes = named.map((m) => m.getBoundingClientRect());
    const covered = [Math.min(...boxes.map((b) => b.left)), Math.min(...boxes.map((b) => b.top)), Math.max(...boxes.map((b) => b.right)), Math.max(...boxes.map((b) => b.bottom))];
    expect(covered.map(Math.round)).toEqual([shape.left, shape.top, shape.right, shape.bottom].map(Math.round));
    expect(named[299]!.getAttribute('aria-label')).toBe('Xã Thử 300: 363 người');
    expect(named.filter((m) => m.getAttribute('role') === 'listitem' && m.getAttribute('data-index') !== null)).toHaveLength(300);
    expect(named.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    // New data while a column has the keyboard focus: drawn whole at once, so that the focus stays where it is.
    (named.find((m) => m.getAttribute('tabindex') === '0') as SVGElement).focus();
    expect(big.shadowRoot!.activeElement).toBe(named[0]);
    big.data = { ...dataset(300), title: { vi: 'Cột mới', en: 'New columns' } };
    await big.updateComplete;
    expect(big.shadowRoot!.activeElement).toBe(named[0]);
    expect(big.shadowRoot!.querySelectorAll('.mark[aria-label][tabindex]')).toHaveLength(300);
    expect(big.shadowRoot!.querySelectorAll('table tbody tr')).toHaveLength(300);
    // A few narrow columns read better as labelled rows.
    const few = await mount<DvBarChart>(`<dv-bar-chart metric="beneficiaries" by="place" orientation="vertical">${inline(12)}</dv-bar-chart>`, 320);
    const rows = [...few.shadowRoot!.querySelectorAll('.mark')].map((b) => b.getBoundingClientRect());
    expect(rows).toHaveLength(12);
    expect(rows[1]!.top).toBeGreaterThan(rows[0]!.bottom);
    expect(few.shadowRoot!.querySelectorAll('.value-label')).toHaveLength(12);
  });

  // 250 places with a figure for each field: stacked columns in four colours, three of them textured.
  const byField = (n: number) => {
    const one = dataset(n);
    const fields = ['economic', 'culture-society', 'defense-security', 'party-building'];
    return { ...one, statistics: one.statistics.flatMap((s, i) => fields.map((field, f) => ({ ...s, id: `${s.id}-${f}`, field, value: 50 + ((i * 13 + f * 71) % 300) }))) };
  };
  for (const { shot, series } of [
    { shot: { width: 800 }, series: false },
    { shot: { width: 800, dark: true }, series: false },
    { shot: { width: 800, forcedColors: true }, series: false },
    { shot: { width: 800 }, series: true },
    { shot: { width: 800, forcedColors: true }, series: true },
  ]) {
    const look = shot.dark ? 'dark theme' : shot.forcedColors ? 'forced colours' : 'light theme';
    const what = series ? 'stacked, textured columns' : 'columns';
    it(`paints the first drawing of a big result (paths) as its detailed drawing (a mark each): ${what}, ${look}`, async () => {
      await emulate(shot);
      try {
        const big = await mount<DvBarChart>(`<dv-bar-chart metric="beneficiaries" by="place" ${series ? 'series="field" ' : ''}orientation="vertical"></dv-bar-chart>`, 800);
        await settled(big.parentElement!);
        // Hold the frame the detailed drawing waits for, to see the first drawing on the screen.
        const held: FrameRequestCallback[] = [];
        const frame = window.requestAnimationFrame;
        let first: string;
        window.requestAnimationFrame = (callback) => held.push(callback);
        try {
          big.data = series ? byField(250) : dataset(300);
          await big.updateComplete;
          // One path for columns of one colour; stacked parts and their textures alternate, a path each.
          expect(big.shadowRoot!.querySelectorAll('path.bar')).toHaveLength(series ? 1000 : 1);
          expect(big.shadowRoot!.querySelectorAll('path.texture')).toHaveLength(series ? 750 : 0);
          expect(big.shadowRoot!.querySelectorAll('.mark')).toHaveLength(0);
          first = await page.screenshot({ element: big, save: false });
        } finally {
          window.requestAnimationFrame = frame;
        }
        expect(held.length).toBeGreaterThan(0);
        for (const callback of held) callback(performance.now());
        await settled(big.parentElement!);
        expect(big.shadowRoot!.querySelectorAll('path.bar, path.texture')).toHaveLength(0);
        expect(big.shadowRoot!.querySelectorAll('.mark')).toHaveLength(series ? 1000 : 300);
        expect(big.shadowRoot!.querySelectorAll('rect.texture')).toHaveLength(series ? 750 : 0);
        const detailed = await page.screenshot({ element: big, save: false });
        // The same picture, but for the smoothing of a pixel at the top of some columns (a path and a rectangle are
        // antialiased apart by a shade): under 0.1 % of the pixels. A column out of place by one pixel, or drawn
        // without its outline, would change thousands.
        const { size, ratio } = await pixelsApart([first, detailed]);
        const [width, height] = size.split(' vs ')[0]!.split('×').map(Number) as [number, number];
        expect(size).toBe(`${width}×${height} vs ${width}×${height}`);
        expect(ratio).toBeLessThan(0.001);
      } finally {
        await resetMedia();
      }
    });
  }

  it('matches its SVG snapshot drawn vertically', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field" orientation="vertical"></dv-bar-chart>`);
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    await expectSvgSnapshot(el, 'bar-chart-field-vertical-vi');
  });

  for (const shot of [
    { width: 320 },
    { width: 768 },
    { width: 1280 },
    { width: 320, dark: true },
    { width: 1280, dark: true },
    { width: 768, forcedColors: true },
  ]) {
    const name = `bar-chart-${shot.width}${shot.dark ? '-dark' : ''}${shot.forcedColors ? '-forced' : ''}`;
    it(`fits ${shot.width} px${shot.dark ? ' in the dark theme' : ''}${shot.forcedColors ? ' with forced colours' : ''} (${name}.png)`, async () => {
      await emulate(shot);
      try {
        const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`, 0);
        expect(horizontalOverflow()).toBe(0);
        const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
        expect(svg.right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
        // Every label lies inside the drawing: nothing clipped at the edges.
        for (const t of el.shadowRoot!.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          expect(r.left).toBeGreaterThanOrEqual(svg.left - 0.5);
          expect(r.right).toBeLessThanOrEqual(svg.right + 0.5);
        }
        await shoot(el, name);
      } finally {
        await resetMedia();
      }
    });
  }
});
