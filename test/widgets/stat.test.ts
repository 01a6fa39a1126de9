import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@danvan/widgets/downloads.js';
import '@danvan/widgets/stat/stat.define.js';
import type { DvStat } from '@danvan/widgets/stat/stat.js';
import type { DvSelectDetail } from '@danvan/widgets';
import byYear from '../fixtures/models-by-year.json';
import { mountWithData, withYearlyTotals } from './data-fixtures.js';
import { axeViolations, mount, texts } from './helpers.js';
import { emulate, horizontalOverflow, resetMedia, shoot, shotName, SHOTS } from './screenshot.js';
import { expectHtmlSnapshot, expectSvgSnapshot } from './snapshot.js';

const SRC = '/packages/core/data/ha-tinh.json';

/** Hedged province totals for 2022 and 2023, as a yearly report would give them. */
const yearly = withYearlyTotals([
  ['2022', 17200, 'more-than'],
  ['2023', 19300, 'more-than'],
]);

/** Mounts a stat with `.data` (the fixture of 40 models by default) and waits until it has drawn. */
function stat(attrs = '', data: unknown = byYear, width = 640): Promise<DvStat> {
  return mountWithData<DvStat>(`<dv-stat ${attrs}></dv-stat>`, data, width);
}

const figure = (el: Element) => texts(el, '[part~="value"]')[0]!.replace(/\s+/g, ' ');
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('<dv-stat>', () => {
  it('has no axe violations', async () => {
    const el = await mount<DvStat>(`<dv-stat src="${SRC}" field="economic" compare="share"></dv-stat>`);
    expect(await axeViolations(el)).toEqual([]);
    const trend = await stat('sparkline from="2023" to="2023" compare="period" lang="en"');
    expect(await axeViolations(trend)).toEqual([]);
  });

  it('shows the province total with its hedge and unit in Vietnamese by default', async () => {
    const el = await mount<DvStat>(`<dv-stat src="${SRC}"></dv-stat>`);
    expect(figure(el)).toBe('hơn 19.300 mô hình');
    expect(texts(el, '.hedge')).toEqual(['hơn']);
    expect(texts(el, '.number')).toEqual(['19.300']);
    expect(texts(el, '.unit')).toEqual(['mô hình']);
    expect(texts(el, '#heading')).toEqual(['Số mô hình, tỉnh Hà Tĩnh, 2013–2023']);
    expect(texts(el, '#summary')).toEqual(['Số mô hình, tỉnh Hà Tĩnh, 2013–2023: hơn 19.300 mô hình.']);
    expect(texts(el, '[part~="source"]')[0]).toMatch(/^Nguồn: Thu Hà, “Actively building/);
    expect(rows(el)).toEqual([['2013–2023', 'hơn 19.300 mô hình']]);
    expect(texts(el, 'table caption')).toEqual(['Số mô hình, tỉnh Hà Tĩnh, 2013–2023']);
    // No comparison, no sparkline unless asked; the data can be saved, there is no drawing to save.
    expect(el.shadowRoot!.querySelector('[part~="compare"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('[part~="sparkline"]')).toBeNull();
    expect(texts(el, '[part~="downloads"] button')).toEqual(['Dữ liệu (CSV)']);
    expect(el.marks()).toEqual([]);
  });

  it('speaks English with lang="en", and follows the page language', async () => {
    const el = await mount<DvStat>(`<dv-stat lang="en" src="${SRC}"></dv-stat>`);
    expect(figure(el)).toBe('more than 19,300 models');
    expect(texts(el, '#summary')).toEqual(['Models, Hà Tĩnh province, 2013–2023: more than 19,300 models.']);
    expect(texts(el, '[part~="source"]')[0]).toMatch(/^Source: /);
    const box = await mount<HTMLElement>(`<section lang="en"><dv-stat src="${SRC}" field="economic"></dv-stat></section>`);
    const inner = box.querySelector('dv-stat')!;
    expect(figure(inner)).toBe('nearly 8,000 models');
    inner.setAttribute('lang', 'vi');
    await inner.updateComplete;
    expect(figure(inner)).toBe('gần 8.000 mô hình');
  });

  it('shows a measure in its unit', async () => {
    const el = await mount<DvStat>(`<dv-stat src="${SRC}" metric="canal-built" place="443"></dv-stat>`);
    expect(figure(el)).toBe('hơn 7,1 km');
  });

  it('compares a field with the whole with compare="share"', async () => {
    const vi = await mount<DvStat>(`<dv-stat src="${SRC}" field="economic" compare="share"></dv-stat>`);
    expect(figure(vi)).toBe('gần 8.000 mô hình');
    expect(texts(vi, '[part~="compare"]')).toEqual(['khoảng 41,5% trong tổng số hơn 19.300 mô hình']);
    expect(rows(vi)).toEqual([
      ['2013–2023', 'gần 8.000 mô hình'],
      ['Tỷ lệ', 'khoảng 41,5%'],
    ]);
    expect(texts(vi, '#summary')[0]).toBe(
      'Số mô hình, lĩnh vực kinh tế, tỉnh Hà Tĩnh, 2013–2023: gần 8.000 mô hình. Khoảng 41,5% trong tổng số hơn 19.300 mô hình.',
    );
    const en = await mount<DvStat>(`<dv-stat lang="en" src="${SRC}" field="economic" compare="share"></dv-stat>`);
    expect(texts(en, '[part~="compare"]')).toEqual(['about 41.5% of more than 19,300 models']);
    // The default heading names the field: the figure is not the province's total.
    expect(texts(en, '#heading')).toEqual(['Models, economic field, Hà Tĩnh province, 2013–2023']);
    // Counted records are exact, so their share is too.
    const counted = await stat('field="economic" compare="share"');
    expect(texts(counted, '[part~="compare"]')).toEqual(['42,5% trong tổng số 40 mô hình']);
  });

  it('compares with another period, and says up or down only when the hedges allow it', async () => {
    const up = await stat('from="2023" to="2023" compare="period"');
    expect(figure(up)).toBe('6 mô hình');
    expect(texts(up, '[part~="compare"]')[0]).toBe('↑ tăng từ 5 mô hình năm 2022');
    expect(up.shadowRoot!.querySelector('.direction')!.getAttribute('aria-hidden')).toBe('true');
    expect(rows(up)).toEqual([
      ['2023', '6 mô hình'],
      ['2022', '5 mô hình'],
    ]);
    expect(texts(up, '#summary')[0]).toBe('Số mô hình, tỉnh Hà Tĩnh, 2023: 6 mô hình. Tăng từ 5 mô hình năm 2022.');
    const down = await stat('from="2013" to="2013" compare-from="2018" compare-to="2023" lang="en"');
    expect(texts(down, '[part~="compare"]')[0]).toBe('↓ down from 29 models in 2018–2023');
    const hedged = await stat('from="2023" to="2023" compare="period"', yearly);
    expect(figure(hedged)).toBe('hơn 19.300 mô hình');
    // "More than 19,300" against "more than 17,200": the first may be the smaller.
    expect(texts(hedged, '[part~="compare"]')[0]).toBe('so với hơn 17.200 mô hình năm 2022');
  });

  it('draws a decorative sparkline of the yearly figures, whose trend the summary says', async () => {
    const el = await stat('sparkline');
    const spark = el.shadowRoot!.querySelector('[part~="sparkline"]')!;
    expect(spark.getAttribute('aria-hidden')).toBe('true');
    expect(spark.querySelector('path')!.getAttribute('d')).toMatch(/^M/);
    expect(texts(el, '.sparkline-years span')).toEqual(['2013', '2023']);
    expect(texts(el, '#summary')[0]).toBe('Số mô hình, tỉnh Hà Tĩnh: 40 mô hình. Từ 2013 đến 2023, số mô hình đi từ 1 lên 6.');
    // Counted records beside a published total they do not add up to would contradict it: no sparkline.
    const published = await mount<DvStat>(`<dv-stat src="${SRC}" sparkline></dv-stat>`);
    expect(published.shadowRoot!.querySelector('[part~="sparkline"]')).toBeNull();
  });

  it('sizes the number through --dv-stat-size', async () => {
    const el = await mount<DvStat>(`<dv-stat src="${SRC}"></dv-stat>`);
    el.style.setProperty('--dv-stat-size', '72px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.number')!).fontSize).toBe('72px');
  });

  it('is no tab stop of its own: Tab goes from the page to the download menu, and nothing is selected', async () => {
    const before = await mount<HTMLButtonElement>(`<button>before</button><dv-stat src="${SRC}" field="economic" compare="share"></dv-stat>`);
    const el = before.parentElement!.querySelector('dv-stat')!;
    expect(el.shadowRoot!.querySelectorAll('[tabindex]')).toHaveLength(0);
    const selected: DvSelectDetail[] = [];
    const listen = (e: Event) => selected.push((e as CustomEvent<DvSelectDetail>).detail);
    document.addEventListener('dv-select', listen);
    before.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('[part~="downloads"] summary'));
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    document.removeEventListener('dv-select', listen);
    expect(selected).toEqual([]);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.hidden).toBe(true);
  });

  it('shows the empty state for a query without data', async () => {
    const el = await stat('field="economic" from="2030"');
    expect(el.shadowRoot!.querySelector('[part~="value"]')).toBeNull();
    expect(texts(el, '[part~="empty"]')[0]).toBe('Không có dữ liệu để hiển thị.');
  });
});

describe('<dv-stat> drawings', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`matches its snapshot with a share (${lang})`, async () => {
      const el = await mount<DvStat>(`<dv-stat lang="${lang}" src="${SRC}" field="economic" compare="share"></dv-stat>`);
      await expectHtmlSnapshot(el, `stat-share-${lang}`, '.stat');
    });
    it(`matches its snapshot with a sparkline and a period (${lang})`, async () => {
      const el = await stat(`lang="${lang}" sparkline from="2023" to="2023" compare="period"`);
      // The sparkline of a one-year stat has one point: none is drawn. The whole period is in the second.
      expect(el.shadowRoot!.querySelector('[part~="sparkline"]')).toBeNull();
      const trend = await stat(`lang="${lang}" sparkline field="economic" compare="share"`);
      // The sparkline's drawing, and the figure around it.
      await expectSvgSnapshot(trend, `stat-sparkline-${lang}`);
      await expectHtmlSnapshot(trend, `stat-sparkline-${lang}`, '.stat');
    });
  }

  for (const shot of SHOTS) {
    const { name, title } = shotName('stat', shot);
    it(title, async () => {
      await emulate(shot);
      try {
        const el = await stat('lang="en" sparkline field="economic" compare="share"', byYear, 0);
        expect(horizontalOverflow()).toBe(0);
        const box = el.getBoundingClientRect();
        // The number, its words, the comparison and the sparkline all lie inside the element.
        for (const part of el.shadowRoot!.querySelectorAll('.number, .hedge, .unit, [part~="compare"], [part~="sparkline"]')) {
          const r = part.getBoundingClientRect();
          expect(r.left).toBeGreaterThanOrEqual(box.left - 0.5);
          expect(r.right).toBeLessThanOrEqual(box.right + 0.5);
        }
        await shoot(el, name);
      } finally {
        await resetMedia();
      }
    });
  }

  it('fits 320 px with a long hedged figure in Vietnamese (stat-320-hedged.png)', async () => {
    await emulate({ width: 320 });
    try {
      const el = await mount<DvStat>(`<dv-stat src="${SRC}" field="economic" compare="share"></dv-stat>`, 0);
      expect(horizontalOverflow()).toBe(0);
      const box = el.getBoundingClientRect();
      for (const part of el.shadowRoot!.querySelectorAll('.number, .hedge, .unit, [part~="compare"]')) {
        expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 0.5);
      }
      await shoot(el, 'stat-320-hedged');
    } finally {
      await resetMedia();
    }
  });
});
