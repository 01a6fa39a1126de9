import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@danvan/widgets/waffle/waffle.define.js';
import type { DvSelectDetail } from '@danvan/widgets';
import type { DvWaffle } from '@danvan/widgets/waffle/waffle.js';
import { largestRemainder } from '@danvan/widgets/waffle/largest-remainder.js';
import { axeViolations, mount, texts } from './helpers.js';
import { emulate, horizontalOverflow, resetMedia, shoot, shotName, SHOTS } from './screenshot.js';
import { expectSvgSnapshot } from './snapshot.js';

const SRC = '/packages/core/data/ha-tinh.json';
const EDGE = '/test/fixtures/shares-edge.json';
const SMALL = '/test/fixtures/models-small.json';

/** Cells per group, in group order, read from the drawing. */
function cellCounts(el: DvWaffle): number[] {
  return [...el.shadowRoot!.querySelectorAll('.mark')].map((g) => g.querySelectorAll('.cell').length);
}

describe('<dv-waffle>', () => {
  it('has no axe violations', async () => {
    const el = await mount<DvWaffle>(`<dv-waffle src="${SRC}"></dv-waffle>`);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('groups by field by default: four groups, 100 cells, a legend with figures, hedges and shares', async () => {
    const el = await mount<DvWaffle>(`<dv-waffle src="${SRC}"></dv-waffle>`);
    expect(el.by).toBe('field');
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    expect(el.shadowRoot!.querySelectorAll('.cell')).toHaveLength(100);
    expect(texts(el, '.legend li')).toEqual([
      'Kinh tế — gần 8.000 (41%)',
      'Văn hóa - xã hội — hơn 5.800 (30%)',
      'Quốc phòng - an ninh — hơn 3.300 (17%)',
      'Xây dựng Đảng, hệ thống chính trị — 2.200 (11%)',
    ]);
    expect(texts(el, '#heading')).toEqual(['Số mô hình theo lĩnh vực, tỉnh Hà Tĩnh, 2013–2023']);
    expect(texts(el, '.waffle-note')[0]).toBe('Mỗi ô là 1% của tổng số (hơn 19.300 mô hình); số ô được làm tròn để cộng lại đủ 100.');
    expect(texts(el, '[part~="source"]')[0]).toMatch(/^Nguồn: Thu Hà/);
    // Colour is never the only code: every field but the first also has a texture, named in the legend too.
    expect([...el.shadowRoot!.querySelectorAll('.texture')].map((t) => t.getAttribute('fill'))).toEqual([
      'url(#dv-p-stripes)',
      'url(#dv-p-dots)',
      'url(#dv-p-cross)',
    ]);
    expect(el.shadowRoot!.querySelectorAll('.legend .swatch rect[fill^="url"]')).toHaveLength(3);
  });

  it('shares the cells out by largest remainder, summing to 100', async () => {
    const el = await mount<DvWaffle>(`<dv-waffle src="${SRC}"></dv-waffle>`);
    // 8,000 / 5,800 / 3,300 / 2,200 of 19,300: quotas 41.45, 30.05, 17.10, 11.40; the one cell left goes to 41.45.
    expect(largestRemainder([8000, 5800, 3300, 2200])).toEqual([42, 30, 17, 11]);
    expect(cellCounts(el)).toEqual([42, 30, 17, 11]);
    expect(cellCounts(el).reduce((a, b) => a + b, 0)).toBe(100);
    // Cells are filled in reading order, one group after another.
    const keys = [...el.shadowRoot!.querySelectorAll('.mark')].flatMap((g) => [...g.querySelectorAll('.cell')].map(() => g.getAttribute('data-key')));
    expect(keys.slice(40, 44)).toEqual(['economic', 'economic', 'culture-society', 'culture-society']);
  });

  it('largestRemainder(weights, seats) always hands out every seat', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder([700, 296, 4])).toEqual([70, 30, 0]);
    expect(largestRemainder([0, 0])).toEqual([0, 0]);
    for (const weights of [[3, 7, 11, 13, 17], [1, 2], [99, 1, 1, 1], [0.1, 0.2, 0.3]]) {
      expect(largestRemainder(weights).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('names each group with its hedge and share, in Vietnamese and in English', async () => {
    const vi = await mount<DvWaffle>(`<dv-waffle src="${SRC}"></dv-waffle>`);
    const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.mark')].map((m) => m.getAttribute('aria-label'));
    expect(names(vi)).toEqual([
      'Kinh tế: gần 8.000 mô hình, 41%',
      'Văn hóa - xã hội: hơn 5.800 mô hình, 30%',
      'Quốc phòng - an ninh: hơn 3.300 mô hình, 17%',
      'Xây dựng Đảng, hệ thống chính trị: 2.200 mô hình, 11%',
    ]);
    const en = await mount<DvWaffle>(`<dv-waffle lang="en" src="${SRC}"></dv-waffle>`);
    expect(names(en)[0]).toBe('Economic: nearly 8,000 models, 41%');
    expect(texts(en, '.legend li')[1]).toBe('Culture-society — more than 5,800 (30%)');
    expect(texts(en, '.waffle-note')[0]).toBe(
      'Each square is 1% of the total (more than 19,300 models); squares are rounded so that they add up to 100.',
    );
    expect(texts(en, '#summary')).toEqual(['Economic has the most models: nearly 8,000 of more than 19,300.']);
  });

  it('keeps a group under half a cell in the legend and the table, with no cell', async () => {
    const el = await mount<DvWaffle>(`<dv-waffle src="${EDGE}" place="443"></dv-waffle>`);
    expect(cellCounts(el)).toEqual([70, 30]);
    expect(texts(el, '.legend li')[2]).toBe('Quốc phòng - an ninh — 4 (0,4%, chưa tới nửa ô nên không có ô)');
    expect(texts(el, 'table tbody th')).toContain('Quốc phòng - an ninh');
    expect(texts(el, '.waffle-note')[0]).toContain('Nhóm nhỏ hơn nửa ô không có ô nào');
  });

  it('shares the cells among hedged parts that fall short of a published total, and says so', async () => {
    const el = await mount<DvWaffle>(`<dv-waffle src="${EDGE}" place="446"></dv-waffle>`);
    // Nearly 600 and more than 300 of more than 1,000: the hedges may cover the gap, so no "other" group.
    expect(cellCounts(el)).toEqual([67, 33]);
    expect(el.shadowRoot!.querySelectorAll('.cell')).toHaveLength(100);
    expect(el.shadowRoot!.querySelectorAll('.rest')).toHaveLength(0);
    expect(texts(el, '.legend li')).toEqual(['Kinh tế — gần 600 (60%)', 'Văn hóa - xã hội — hơn 300 (30%)']);
    expect(texts(el, '.waffle-note')[0]).toContain('Các phần cộng lại khoảng 900, ít hơn tổng số công bố.');
  });

  it('draws the rest of an exact total that exact parts do not fill as empty cells', async () => {
    const el = await mount<DvWaffle>(`<dv-waffle lang="en" src="${EDGE}" place="447"></dv-waffle>`);
    expect(cellCounts(el)).toEqual([40, 30]);
    expect(el.shadowRoot!.querySelectorAll('.cell.rest')).toHaveLength(30);
    expect(texts(el, '.legend li')).toEqual(['Economic — 200 (40%)', 'Party building and political system — 150 (30%)', 'Rest of the total — 150 (30%)']);
    expect(texts(el, '.waffle-note')[0]).toContain('the rest is the empty squares');
  });

  it('draws the rest of the whole when `limit` leaves groups out', async () => {
    const el = await mount<DvWaffle>(`<dv-waffle src="${SMALL}" by="district" sort="value" limit="2"></dv-waffle>`);
    // 10 and 4 of 30 models: 33 and 13 cells, the rest 54.
    expect(cellCounts(el)).toEqual([33, 13]);
    expect(el.shadowRoot!.querySelectorAll('.cell.rest')).toHaveLength(54);
    expect(texts(el, '.legend li').at(-1)).toBe('Phần còn lại — 16 (53%)');
  });

  it('offers one tab stop per chart, moves between groups with arrow keys, closes the tooltip with Escape and selects with Enter', async () => {
    const before = await mount<HTMLButtonElement>(`<button>before</button><dv-waffle src="${SRC}"></dv-waffle>`);
    const chart = before.parentElement!.querySelector('dv-waffle')!;
    const marks = () => [...chart.shadowRoot!.querySelectorAll<SVGGElement>('.mark')];
    expect(marks().map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    before.focus();
    await userEvent.tab();
    expect(chart.shadowRoot!.activeElement).toBe(marks()[0]);
    await chart.updateComplete;
    const tooltip = chart.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('Kinh tế');
    expect(tooltip.textContent).toContain('gần 8.000 mô hình');
    expect(tooltip.textContent).toContain('41%');
    await userEvent.keyboard('{ArrowRight}');
    await chart.updateComplete;
    expect(chart.shadowRoot!.activeElement).toBe(marks()[1]);
    expect(tooltip.textContent).toContain('hơn 5.800');
    await userEvent.keyboard('{End}');
    await chart.updateComplete;
    expect(chart.shadowRoot!.activeElement).toBe(marks()[3]);
    await userEvent.keyboard('{Escape}');
    await chart.updateComplete;
    expect(tooltip.hidden).toBe(true);
    const selected: DvSelectDetail[] = [];
    document.addEventListener('dv-select', (e) => selected.push(e.detail), { once: true });
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([expect.objectContaining({ key: 'party-building', dimension: 'field', field: 'party-building' })]);
    expect(marks().map((m) => m.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '0']);
    await userEvent.tab();
    expect(chart.shadowRoot!.activeElement).not.toBe(marks()[3]);
  });

  it('selects a group when clicked', async () => {
    const before = await mount<HTMLElement>(`<p>before</p><dv-waffle src="${SRC}"></dv-waffle>`);
    const el = before.parentElement!.querySelector('dv-waffle')!;
    const selected: DvSelectDetail[] = [];
    el.addEventListener('dv-select', (e) => selected.push(e.detail));
    await userEvent.click(el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')[1]!.querySelector('.cell')!);
    expect(selected).toEqual([expect.objectContaining({ key: 'culture-society', field: 'culture-society' })]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.mark.active')?.getAttribute('data-key')).toBe('culture-society');
    // Move the pointer off the chart, so that the next test's chart does not open under it.
    await userEvent.hover(before);
  });
});

describe('<dv-waffle> drawings', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`matches its SVG snapshot by field (${lang})`, async () => {
      const el = await mount<DvWaffle>(`<dv-waffle lang="${lang}" src="${SRC}"></dv-waffle>`);
      await expectSvgSnapshot(el, `waffle-field-${lang}`);
    });
  }

  for (const shot of SHOTS) {
    const { name, title } = shotName('waffle', shot);
    it(title, async () => {
      await emulate(shot);
      try {
        const el = await mount<DvWaffle>(`<dv-waffle src="${SRC}"></dv-waffle>`, 0);
        expect(horizontalOverflow()).toBe(0);
        const host = el.getBoundingClientRect();
        const svg = el.shadowRoot!.querySelector('.chart svg')!.getBoundingClientRect();
        const legend = el.shadowRoot!.querySelector('.legend')!.getBoundingClientRect();
        // The grid is square, at most 360 px, inside the element; the legend too.
        expect(Math.abs(svg.width - svg.height)).toBeLessThan(1);
        expect(svg.width).toBeLessThanOrEqual(360.5);
        expect(svg.right).toBeLessThanOrEqual(host.right + 0.5);
        expect(legend.right).toBeLessThanOrEqual(host.right + 0.5);
        // Beside the grid when there is room, below it when there is not.
        if (shot.width >= 768) expect(legend.left).toBeGreaterThanOrEqual(svg.right);
        else expect(legend.top).toBeGreaterThanOrEqual(svg.bottom);
        for (const li of el.shadowRoot!.querySelectorAll('.legend li, .waffle-note')) {
          expect(li.scrollWidth).toBeLessThanOrEqual(li.clientWidth + 1);
        }
        await shoot(el, name);
      } finally {
        await resetMedia();
      }
    });
  }
});
