import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import haTinh from '@danvan/core/data/ha-tinh.json';
import '@danvan/widgets/line-chart/line-chart.define.js';
import type { DvLineChart } from '@danvan/widgets/line-chart/line-chart.js';
import type { DvSelectDetail } from '@danvan/widgets';
import byYear from '../fixtures/models-by-year.json';
import { mountWithData, withYearlyTotals } from './data-fixtures.js';
import { axeViolations, mount, settled, texts } from './helpers.js';
import { emulate, horizontalOverflow, labelsOutside, resetMedia, shoot, shotName, SHOTS } from './screenshot.js';
import { expectSvgSnapshot } from './snapshot.js';

const SRC = '/packages/core/data/ha-tinh.json';

/** Hedged province totals for three years, as a yearly report would give them. */
const yearly = withYearlyTotals([
  ['2021', 15000, 'about'],
  ['2022', 17200, 'more-than'],
  ['2023', 19300, 'more-than'],
]);

/** Mounts a line chart with `.data` (the fixture of 40 models by default) and waits until it has drawn. */
function lineChart(attrs = '', data: unknown = byYear, width = 640): Promise<DvLineChart> {
  return mountWithData<DvLineChart>(`<dv-line-chart ${attrs}></dv-line-chart>`, data, width);
}

const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')];

describe('<dv-line-chart>', () => {
  it('has no axe violations', async () => {
    const el = await lineChart('series="field"');
    expect(await axeViolations(el)).toEqual([]);
    const single = await lineChart('cumulative lang="en"');
    expect(await axeViolations(single)).toEqual([]);
  });

  it('draws one line by year in Vietnamese by default', async () => {
    const el = await lineChart();
    expect(el.shadowRoot!.querySelectorAll('path.line')).toHaveLength(1);
    expect(marks(el)).toHaveLength(11);
    expect(marks(el)[0]!.getAttribute('aria-label')).toBe('2013: 1 mô hình');
    expect(marks(el)[10]!.getAttribute('aria-label')).toBe('2023: 6 mô hình');
    expect(marks(el).every((m) => m.getAttribute('role') === 'listitem')).toBe(true);
    expect(texts(el, '.end-label')).toEqual(['6']);
    const ticks = texts(el, '.tick-label');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks[0]).toBe('0');
    expect(texts(el, '.year-label')).toEqual(['2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(texts(el, '#heading')).toEqual(['Số mô hình theo năm, tỉnh Hà Tĩnh']);
    expect(texts(el, '#summary')).toEqual(['Từ 2013 đến 2023, số mô hình đi từ 1 lên 6.']);
    expect(el.shadowRoot!.querySelector('[part~="legend"]')).toBeNull();
    expect(texts(el, 'table thead th')[0]).toBe('Năm');
    expect(el.shadowRoot!.querySelectorAll('table tbody tr')).toHaveLength(11);
    // A blank attribute, as a CMS template leaves it, filters nothing.
    const blank = await lineChart('field="" series=""');
    expect(marks(blank)).toHaveLength(11);
  });

  it('labels hedged figures in Vietnamese and in English, with numbers in the reader’s locale', async () => {
    const vi = await lineChart('', yearly);
    expect(texts(vi, '.end-label')).toEqual(['hơn 19.300']);
    expect(texts(vi, '.tick-label')).toEqual(['0', '5.000', '10.000', '15.000']);
    expect(marks(vi).map((m) => m.getAttribute('aria-label'))).toEqual([
      '2021: khoảng 15.000 mô hình',
      '2022: hơn 17.200 mô hình',
      '2023: hơn 19.300 mô hình',
    ]);
    expect(texts(vi, '#summary')).toEqual(['Từ 2021 đến 2023, số mô hình đi từ khoảng 15.000 lên hơn 19.300.']);
    expect(texts(vi, '[part~="source"]')[0]).toMatch(/^Nguồn: Thu Hà/);
    const en = await lineChart('lang="en"', yearly);
    expect(texts(en, '.end-label')).toEqual(['more than 19,300']);
    expect(texts(en, '.tick-label')).toEqual(['0', '5,000', '10,000', '15,000']);
    expect(marks(en)[2]!.getAttribute('aria-label')).toBe('2023: more than 19,300 models');
    expect(texts(en, '#summary')).toEqual(['From 2021 to 2023, models went from about 15,000 to more than 19,300.']);
    expect(texts(en, '#heading')).toEqual(['Models by year, Hà Tĩnh province, 2021–2023']);
  });

  it('follows the page language and the src attribute', async () => {
    // Can Lộc's published 2023 figure: the province publishes no yearly figures, and a district's must not stand in for them.
    const box = await mount<HTMLElement>(`<section lang="en"><dv-line-chart src="${SRC}" place="443"></dv-line-chart></section>`);
    const el = box.querySelector('dv-line-chart')!;
    expect(texts(el, '#summary')[0]).toMatch(/^2023: 119 models\.$/);
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(marks(el)[0]!.getAttribute('aria-label')).toBe('2023: 119 mô hình');
  });

  it('draws running totals with `cumulative`', async () => {
    const el = await lineChart('cumulative');
    expect(marks(el).map((m) => m.getAttribute('aria-label')!.replace(/ mô hình$/, ''))).toEqual([
      '2013: 1', '2014: 3', '2015: 5', '2016: 8', '2017: 11', '2018: 15', '2019: 19', '2020: 24', '2021: 29', '2022: 34', '2023: 40',
    ]);
    expect(texts(el, '.end-label')).toEqual(['40']);
    expect(texts(el, '#heading')).toEqual(['Số mô hình theo năm, tỉnh Hà Tĩnh (cộng dồn)']);
  });

  it('draws one field in its colour and names it in the heading', async () => {
    const el = await lineChart('field="party-building" lang="en"');
    expect(el.shadowRoot!.querySelector('path.line')!.classList).toContain('c-party-building');
    expect(texts(el, '#heading')).toEqual(['Models by year, party building and political system field, Hà Tĩnh province']);
    expect(marks(el).map((m) => m.getAttribute('aria-label'))).toEqual([
      '2016: 1 model', '2017: 0 models', '2018: 1 model', '2019: 0 models', '2020: 1 model', '2021: 0 models', '2022: 1 model', '2023: 1 model',
    ]);
    expect(el.shadowRoot!.querySelectorAll('path.line')).toHaveLength(1);
  });

  it('draws one line per field, told apart by colour, dash and point shape, with a legend and named ends', async () => {
    const el = await lineChart('series="field"');
    const lines = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg[role="list"] path.line')];
    expect(lines.map((l) => l.classList[1])).toEqual(['c-economic', 'c-culture-society', 'c-defense-security', 'c-party-building']);
    // Party building has no model in some years between its first and last: at 0 there, not a gap.
    expect(new Set(lines.map((l) => l.getAttribute('stroke-dasharray'))).size).toBe(4);
    expect(marks(el)).toHaveLength(44);
    const shapes = new Set(marks(el).map((m) => m.querySelector('.marker')!.getAttribute('d')));
    expect(shapes.size).toBe(4);
    expect(texts(el, '[part~="legend"] li')).toEqual(['Kinh tế', 'Văn hóa - xã hội', 'Quốc phòng - an ninh', 'Xây dựng Đảng, hệ thống chính trị']);
    expect(el.shadowRoot!.querySelectorAll('[part~="legend"] .swatch path.line')).toHaveLength(4);
    // Top to bottom, as they are drawn.
    expect(texts(el, '.end-label .end-value')).toEqual(['3', '2', '1', '0']);
    // Names in full, on two lines where needed; on a phone, every field by its short name.
    expect(texts(el, '.end-label .end-name')).toEqual(['Kinh tế', 'Văn hóa - xã hội', 'Xây dựng Đảng,', 'hệ thống chính trị', 'Quốc phòng - an ninh']);
    const narrow = await lineChart('series="field"', byYear, 300);
    expect(texts(narrow, '.end-label .end-name')).toEqual(['KT', 'VH-XH', 'XDĐ', 'QP-AN']);
    expect(marks(el)[11]!.getAttribute('aria-label')).toBe('2013, Văn hóa - xã hội: 0 mô hình');
    expect(texts(el, '#summary')).toEqual(['Từ 2013 đến 2023, số mô hình đi từ 1 lên 6. Năm 2023, Kinh tế cao nhất: 3 mô hình.']);
    expect(texts(el, 'table thead th')).toEqual(['Năm', 'Kinh tế', 'Văn hóa - xã hội', 'Quốc phòng - an ninh', 'Xây dựng Đảng, hệ thống chính trị', 'Tổng số']);
  });

  it('adds up each field’s own running total with `cumulative series="field"`', async () => {
    const el = await lineChart('series="field" cumulative');
    expect(texts(el, '.end-label .end-value')).toEqual(['17', '11', '7', '5']);
    const economic = marks(el).slice(0, 11).map((m) => m.getAttribute('aria-label'));
    expect(economic.at(-1)).toBe('2023, Kinh tế: 17 mô hình');
    expect(economic[0]).toBe('2013, Kinh tế: 1 mô hình');
    // Defence-security's first model is from 2015: 0 before, and it keeps its total in years without a new one.
    const defence = marks(el).slice(22, 33).map((m) => m.getAttribute('aria-label')!.replace(/ mô hình$/, ''));
    expect(defence.slice(0, 4)).toEqual(['2013, Quốc phòng - an ninh: 0', '2014, Quốc phòng - an ninh: 0', '2015, Quốc phòng - an ninh: 1', '2016, Quốc phòng - an ninh: 1']);
    const table = [...el.shadowRoot!.querySelectorAll('table tbody tr')].at(-1)!;
    expect([...table.children].map((c) => c.textContent!.trim())).toEqual(['2023', '17 mô hình', '11 mô hình', '7 mô hình', '5 mô hình', '40 mô hình']);
  });

  it('offers one tab stop, reaches every point with the keyboard, selects with Enter and closes the tooltip with Escape', async () => {
    const before = await mount<HTMLButtonElement>(`<button>before</button><dv-line-chart series="field"></dv-line-chart>`);
    const chart = before.parentElement!.querySelector('dv-line-chart')!;
    chart.data = byYear;
    await settled(before.parentElement!);
    expect(marks(chart).filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    before.focus();
    await userEvent.tab();
    expect(chart.shadowRoot!.activeElement).toBe(marks(chart)[0]);
    const tooltip = chart.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    await chart.updateComplete;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('2013 · Kinh tế');
    expect(tooltip.textContent).toContain('1 mô hình');
    for (let i = 1; i < 44; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await chart.updateComplete;
      expect(chart.shadowRoot!.activeElement).toBe(marks(chart)[i]);
    }
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('2023 · Xây dựng Đảng, hệ thống chính trị');
    await userEvent.keyboard('{Home}');
    await chart.updateComplete;
    expect(chart.shadowRoot!.activeElement).toBe(marks(chart)[0]);
    await userEvent.keyboard('{End}');
    await chart.updateComplete;
    expect(chart.shadowRoot!.activeElement).toBe(marks(chart)[43]);
    const selected: DvSelectDetail[] = [];
    document.addEventListener('dv-select', (e) => selected.push(e.detail), { once: true });
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([
      expect.objectContaining({ key: '2023', dimension: 'year', year: 2023, series: 'party-building', field: 'party-building' }),
    ]);
    await userEvent.keyboard('{Escape}');
    await chart.updateComplete;
    expect(tooltip.hidden).toBe(true);
    expect(marks(chart).findIndex((m) => m.getAttribute('tabindex') === '0')).toBe(43);
  });

  it('draws a year without counted records at 0, and breaks the line where a published figure is missing', async () => {
    const gappy = { ...byYear, models: byYear.models.filter((m) => !m.started.startsWith('2017')) };
    const counted = await lineChart('', gappy);
    expect(marks(counted)).toHaveLength(11);
    expect(marks(counted)[4]!.getAttribute('aria-label')).toBe('2017: 0 mô hình');
    expect(counted.shadowRoot!.querySelectorAll('path.line')).toHaveLength(1);
    const running = await lineChart('cumulative', gappy);
    expect(marks(running)[4]!.getAttribute('aria-label')).toBe('2017: 8 mô hình');
    const published = await lineChart('', { ...yearly, statistics: yearly.statistics.filter((s) => s.period.from !== '2022') });
    expect(marks(published).map((m) => m.getAttribute('aria-label'))).toEqual(['2021: khoảng 15.000 mô hình', '2023: hơn 19.300 mô hình']);
    expect(published.shadowRoot!.querySelectorAll('path.line')).toHaveLength(0);
  });

  it('shows the empty state for a query without data', async () => {
    const el = await lineChart('field="economic" from="2030"');
    expect(marks(el)).toHaveLength(0);
    expect(texts(el, '[part~="empty"]')[0]).toBe('Không có dữ liệu để hiển thị.');
    // Models without a start year have no place on a time axis.
    const undated = await lineChart('field="economic"', haTinh);
    expect(texts(undated, '[part~="empty"]')[0]).toBe('Không có dữ liệu để hiển thị.');
  });
});

describe('<dv-line-chart> drawings', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`matches its SVG snapshot by year and field (${lang})`, async () => {
      const el = await lineChart(`lang="${lang}" series="field"`);
      await expectSvgSnapshot(el, `line-chart-field-${lang}`);
    });
    it(`matches its SVG snapshot of hedged yearly totals (${lang})`, async () => {
      const el = await lineChart(`lang="${lang}"`, yearly);
      await expectSvgSnapshot(el, `line-chart-year-${lang}`);
    });
  }

  for (const shot of SHOTS) {
    const { name, title } = shotName('line-chart', shot);
    it(title, async () => {
      await emulate(shot);
      try {
        const el = await lineChart('series="field"', byYear, 0);
        expect(horizontalOverflow()).toBe(0);
        const svg = el.shadowRoot!.querySelector('.chart svg')!.getBoundingClientRect();
        expect(svg.right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
        // Every label lies inside the drawing: nothing clipped at the edges.
        expect(labelsOutside(el)).toEqual([]);
        // Year labels thin out rather than overlap.
        const years = [...el.shadowRoot!.querySelectorAll('.year-label')].map((t) => t.getBoundingClientRect());
        years.slice(1).forEach((r, i) => expect(r.left).toBeGreaterThan(years[i]!.right));
        // End labels do not overlap one another.
        const ends = [...el.shadowRoot!.querySelectorAll('.end-label')].map((t) => t.getBoundingClientRect()).sort((a, b) => a.top - b.top);
        ends.slice(1).forEach((r, i) => expect(r.top).toBeGreaterThanOrEqual(ends[i]!.bottom - 0.5));
        await shoot(el, name);
      } finally {
        await resetMedia();
      }
    });
  }

  it('fits 320 px with one line of hedged figures (line-chart-320-year.png)', async () => {
    await emulate({ width: 320 });
    try {
      const el = await lineChart('lang="en"', yearly, 0);
      expect(horizontalOverflow()).toBe(0);
      expect(labelsOutside(el)).toEqual([]);
      // "more than 19,300" goes on two lines rather than squeeze the plot.
      expect(texts(el, '.end-label tspan')).toEqual(['more than', '19,300']);
      await shoot(el, 'line-chart-320-year');
    } finally {
      await resetMedia();
    }
  });
});
