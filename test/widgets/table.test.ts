import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@danvan/widgets/downloads.js';
import '@danvan/widgets/table/table.define.js';
import type { DvSelectDetail } from '@danvan/widgets';
import type { DvTable } from '@danvan/widgets/table/table.js';
import { axeViolations, mount, texts } from './helpers.js';
import { emulate, horizontalOverflow, resetMedia, shoot, shotName, SHOTS } from './screenshot.js';
import { expectHtmlSnapshot } from './snapshot.js';

const SRC = '/packages/core/data/ha-tinh.json';
const SMALL = '/test/fixtures/models-small.json';

/** The table's body as text, cell by cell. */
function body(el: DvTable): string[][] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
}

function headers(el: DvTable): HTMLTableCellElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLTableCellElement>('thead th')];
}

function sorts(el: DvTable): (string | null)[] {
  return headers(el).map((th) => th.getAttribute('aria-sort'));
}

describe('<dv-table>', () => {
  it('has no axe violations', async () => {
    const el = await mount<DvTable>(`<dv-table src="${SRC}" by="field"></dv-table>`);
    expect(await axeViolations(el)).toEqual([]);
    const wide = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" series="field" selectable></dv-table>`, 320);
    expect(await axeViolations(wide)).toEqual([]);
  });

  it('shows the figures by field with their hedges, shares and the published total, in Vietnamese by default', async () => {
    const el = await mount<DvTable>(`<dv-table src="${SRC}" by="field"></dv-table>`);
    expect(headers(el).map((th) => th.textContent!.trim())).toEqual(['Lĩnh vực', 'Số liệu', 'Tỷ lệ']);
    expect(body(el)).toEqual([
      ['Kinh tế', 'gần 8.000 mô hình', '41,5%'],
      ['Văn hóa - xã hội', 'hơn 5.800 mô hình', '30,1%'],
      ['Quốc phòng - an ninh', 'hơn 3.300 mô hình', '17,1%'],
      ['Xây dựng Đảng, hệ thống chính trị', '2.200 mô hình', '11,4%'],
    ]);
    expect(texts(el, 'tfoot tr > *')).toEqual(['Tổng số', 'hơn 19.300 mô hình', '100%']);
    expect(texts(el, '#heading')).toEqual(['Số mô hình theo lĩnh vực, tỉnh Hà Tĩnh, 2013–2023']);
    // One table, visible: the hidden copy the charts carry would make screen readers hear the data twice.
    expect(el.shadowRoot!.querySelectorAll('table')).toHaveLength(1);
    expect(el.shadowRoot!.querySelector('table')!.closest('.visually-hidden')).toBeNull();
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-labelledby')).toBe('heading');
    // Every header sorts, none is sorted yet; figures are right-aligned in tabular numerals.
    expect(sorts(el)).toEqual(['none', 'none', 'none']);
    expect(headers(el).every((th) => th.querySelector('button[type="button"]'))).toBe(true);
    const figure = el.shadowRoot!.querySelector('tbody td')!;
    expect(getComputedStyle(figure).textAlign).toBe('end');
    expect(getComputedStyle(figure).fontVariantNumeric).toBe('tabular-nums');
    // A table has no drawing to save: CSV only.
    expect(texts(el, '.downloads button')).toEqual(['Dữ liệu (CSV)']);
    expect(el.marks()).toEqual([]);
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount<DvTable>(`<dv-table lang="en" src="${SRC}" by="field"></dv-table>`);
    expect(headers(el).map((th) => th.textContent!.trim())).toEqual(['Field', 'Figure', 'Share']);
    expect(body(el)[0]).toEqual(['Economic', 'nearly 8,000 models', '41.5%']);
    expect(body(el)[3]).toEqual(['Party building and political system', '2,200 models', '11.4%']);
    expect(texts(el, 'tfoot tr > *')).toEqual(['Total', 'more than 19,300 models', '100%']);
    expect(texts(el, '[part~="source"]')[0]).toMatch(/^Source: /);
  });

  it('sorts by the numbers, not their text, when a header is clicked, keeping the hedges', async () => {
    const el = await mount<DvTable>(`<dv-table src="${SRC}" by="field"></dv-table>`);
    const figure = () => headers(el)[1]!.querySelector('button')!;
    await userEvent.click(figure());
    await el.updateComplete;
    expect(sorts(el)).toEqual(['none', 'ascending', 'none']);
    expect(body(el).map((r) => r[1])).toEqual(['2.200 mô hình', 'hơn 3.300 mô hình', 'hơn 5.800 mô hình', 'gần 8.000 mô hình']);
    await userEvent.click(figure());
    await el.updateComplete;
    expect(sorts(el)).toEqual(['none', 'descending', 'none']);
    expect(body(el).map((r) => r[1])).toEqual(['gần 8.000 mô hình', 'hơn 5.800 mô hình', 'hơn 3.300 mô hình', '2.200 mô hình']);
    // The totals row stays at the foot.
    expect(texts(el, 'tfoot td')[0]).toBe('hơn 19.300 mô hình');
  });

  it('sorts with the keyboard (Enter and Space on the header buttons)', async () => {
    const before = await mount<HTMLButtonElement>(`<button>before</button><dv-table src="${SMALL}" by="district"></dv-table>`);
    const el = before.parentElement!.querySelector('dv-table')!;
    before.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(headers(el)[0]!.querySelector('button'));
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(headers(el)[1]!.querySelector('button'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(sorts(el)).toEqual(['none', 'ascending', 'none']);
    // 1, 1, 2, 2, 3, 3, 4, 4, 10: as text, "10" would come first; equal figures keep the query's order.
    expect(body(el).map((r) => r[1])).toEqual(['1 mô hình', '1 mô hình', '2 mô hình', '2 mô hình', '3 mô hình', '3 mô hình', '4 mô hình', '4 mô hình', '10 mô hình']);
    expect(body(el).map((r) => r[0]).slice(0, 2)).toEqual(['huyện Kỳ Anh', 'thị xã Kỳ Anh']);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(sorts(el)).toEqual(['none', 'descending', 'none']);
    expect(body(el)[0]).toEqual(['huyện Can Lộc', '10 mô hình', '33,3%']);
    expect(body(el).map((r) => r[0]).slice(1, 3)).toEqual(['huyện Lộc Hà', 'huyện Nghi Xuân']);
    // Focus stays on the button that sorted.
    expect(el.shadowRoot!.activeElement).toBe(headers(el)[1]!.querySelector('button'));
  });

  it('sorts labels in Vietnamese order', async () => {
    const el = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" sort="value"></dv-table>`);
    // The query's own order shows as the sorted column.
    expect(sorts(el)).toEqual(['none', 'descending', 'none']);
    await userEvent.click(headers(el)[0]!.querySelector('button')!);
    await el.updateComplete;
    expect(sorts(el)).toEqual(['ascending', 'none', 'none']);
    expect(body(el).map((r) => r[0])).toEqual([
      'huyện Can Lộc',
      'huyện Cẩm Xuyên',
      'huyện Đức Thọ',
      'huyện Kỳ Anh',
      'huyện Lộc Hà',
      'huyện Nghi Xuân',
      'huyện Thạch Hà',
      'thành phố Hà Tĩnh',
      'thị xã Kỳ Anh',
    ]);
  });

  it('gives each series part a column (figures without the noun, which the total carries), and core’s totals of each part in the foot', async () => {
    const el = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" series="field"></dv-table>`, 1000);
    expect(headers(el).map((th) => th.textContent!.trim())).toEqual([
      'Huyện',
      'Kinh tế',
      'Văn hóa - xã hội',
      'Quốc phòng - an ninh',
      'Xây dựng Đảng, hệ thống chính trị',
      'Tổng số',
      'Tỷ lệ',
    ]);
    expect(body(el)[0]).toEqual(['huyện Can Lộc', '3', '3', '2', '2', '10 mô hình', '33,3%']);
    // Counted records: a district with no economic model has 0 of them, not an unknown.
    expect(body(el)[1]).toEqual(['huyện Cẩm Xuyên', '0', '1', '1', '1', '3 mô hình', '10%']);
    expect(texts(el, 'tfoot tr > *')).toEqual(['Tổng số', '8', '8', '7', '7', '30 mô hình', '100%']);
    // Sorting by a part, largest first.
    const economic = headers(el)[1]!.querySelector('button')!;
    await userEvent.click(economic);
    await userEvent.click(economic);
    await el.updateComplete;
    expect(sorts(el)[1]).toBe('descending');
    expect(body(el).map((r) => r[1])).toEqual(['3', '1', '1', '1', '1', '1', '0', '0', '0']);
  });

  it('sends dv-select from a row with `selectable`, and has no row buttons without it', async () => {
    const plain = await mount<DvTable>(`<dv-table src="${SRC}" by="field"></dv-table>`);
    expect(plain.shadowRoot!.querySelectorAll('tbody button')).toHaveLength(0);
    const el = await mount<DvTable>(`<dv-table src="${SRC}" by="field" selectable></dv-table>`);
    const selected: DvSelectDetail[] = [];
    el.addEventListener('dv-select', (e) => selected.push(e.detail));
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody th button');
    expect(buttons).toHaveLength(4);
    buttons[1]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([expect.objectContaining({ key: 'culture-society', dimension: 'field', field: 'culture-society' })]);
    const places: DvSelectDetail[] = [];
    const districts = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" selectable></dv-table>`);
    districts.addEventListener('dv-select', (e) => places.push(e.detail));
    await userEvent.click(districts.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!);
    expect(places).toEqual([expect.objectContaining({ key: '443', dimension: 'district', place: '443' })]);
  });

  it('scrolls inside a focusable, labelled region only when wider than its box', async () => {
    const narrow = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" series="field"></dv-table>`, 320);
    const box = narrow.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    expect(narrow.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('role')).toBe('region');
    expect(box.getAttribute('aria-labelledby')).toBe('heading');
    const roomy = await mount<DvTable>(`<dv-table src="${SRC}" by="field"></dv-table>`, 640);
    const fits = roomy.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(fits.hasAttribute('tabindex')).toBe(false);
    expect(fits.hasAttribute('role')).toBe(false);
  });

  it('shades the side where columns are out of sight, and follows the reader scrolling', async () => {
    const narrow = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" series="field"></dv-table>`, 320);
    const box = narrow.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    // The shades' widths, left and right: 0 where nothing is hidden.
    const shade = () => getComputedStyle(box).backgroundSize.split(',').map((size) => parseFloat(size));
    const scrollTo = async (left: number) => {
      const moved = new Promise((resolve) => box.addEventListener('scroll', resolve, { once: true }));
      box.scrollLeft = left;
      await moved;
      return box.getAttribute('data-more');
    };
    expect(box.getAttribute('data-more')).toBe('end');
    expect(shade()).toEqual([0, 12]);
    expect(await scrollTo(40)).toBe('start end');
    expect(shade()).toEqual([12, 12]);
    expect(await scrollTo(box.scrollWidth)).toBe('start');
    expect(shade()).toEqual([12, 0]);
    expect(await scrollTo(0)).toBe('end');
    const roomy = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" series="field"></dv-table>`, 1000);
    const all = roomy.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(all.scrollWidth).toBeLessThanOrEqual(all.clientWidth + 1);
    expect(all.hasAttribute('data-more')).toBe(false);
    expect(getComputedStyle(all).backgroundImage).toBe('none');
    expect(getComputedStyle(box).backgroundImage).toMatch(/^linear-gradient\(to right, .*\), linear-gradient\(to left, /);
  });

  it('says it with a rule in the system text colour under forced colours, where gradients are dropped', async () => {
    await emulate({ width: 1280, forcedColors: true });
    try {
      const narrow = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" series="field"></dv-table>`, 320);
      const box = narrow.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(box.getAttribute('data-more')).toBe('end');
      const style = getComputedStyle(box);
      expect(style.borderRightWidth).toBe('2px');
      expect(style.borderRightStyle).toBe('solid');
      expect(style.borderLeftStyle).toBe('none');
    } finally {
      await resetMedia();
    }
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`keeps every column of a table by field in sight in an article on a 320 px phone (${lang})`, async () => {
      // 288 px: a 320 px screen less the article's margins. The figures' nouns (and in English, "more than") go
      // to a second or third line; no figure, hedge or noun is broken, and nothing scrolls.
      const el = await mount<DvTable>(`<dv-table lang="${lang}" src="${SRC}" by="field"></dv-table>`, 288);
      const box = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
      expect(box.hasAttribute('data-more')).toBe(false);
      const words = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td.num > span')];
      expect(words.map((w) => w.textContent).slice(-3)).toEqual(lang === 'vi' ? ['hơn', '19.300', 'mô hình'] : ['more than', '19,300', 'models']);
      for (const w of words) expect(w.getClientRects().length, w.textContent!).toBe(1);
      // In Vietnamese the hedges are short: each stays on its number's line ("hơn 19.300" over "mô hình").
      if (lang === 'vi') {
        for (const td of el.shadowRoot!.querySelectorAll<HTMLElement>('td.num')) {
          const [first, second] = [...td.querySelectorAll('span')].map((w) => Math.round(w.getBoundingClientRect().top));
          if (td.querySelectorAll('span').length === 3) expect(first, td.textContent!).toBe(second);
        }
      }
      // Each figure's words are laid out on one line when the column allows it: at 640 px, every cell is one line.
      const wide = await mount<DvTable>(`<dv-table lang="${lang}" src="${SRC}" by="field"></dv-table>`, 640);
      const figures = [...wide.shadowRoot!.querySelectorAll<HTMLElement>('td.num')].filter((td) => td.querySelector('span'));
      expect(figures).toHaveLength(5); // four fields and the total
      for (const td of figures) {
        const tops = new Set([...td.querySelectorAll('span')].map((w) => Math.round(w.getBoundingClientRect().top)));
        expect(tops.size, td.textContent!).toBe(1);
      }
    });
  }

  it('shows the empty state for a filter that matches nothing', async () => {
    const el = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" status="registered" from="2030"></dv-table>`);
    expect(el.shadowRoot!.querySelector('table')).toBeNull();
    expect(texts(el, '.state-text')).toEqual(['Không có dữ liệu để hiển thị.']);
  });
});

describe('<dv-table> markup and layout', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`matches its HTML snapshot by field (${lang})`, async () => {
      const el = await mount<DvTable>(`<dv-table lang="${lang}" src="${SRC}" by="field"></dv-table>`);
      await expectHtmlSnapshot(el, `table-field-${lang}`);
    });
  }

  it('matches its HTML snapshot by district and field, sorted by value', async () => {
    const el = await mount<DvTable>(`<dv-table src="${SMALL}" by="district" series="field" sort="value"></dv-table>`);
    await expectHtmlSnapshot(el, 'table-district-field-vi');
  });

  for (const shot of SHOTS) {
    for (const data of ['field', 'district-field'] as const) {
      const { name, title } = shotName(`table-${data}`, shot);
      const markup =
        data === 'field' ? `<dv-table src="${SRC}" by="field"></dv-table>` : `<dv-table src="${SMALL}" by="district" series="field" selectable></dv-table>`;
      it(title, async () => {
        await emulate(shot);
        try {
          const el = await mount<DvTable>(markup, 0);
          expect(horizontalOverflow()).toBe(0);
          const host = el.getBoundingClientRect();
          const box = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
          expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(host.right + 0.5);
          // Nothing clipped: a cell's text fits its cell (the box scrolls instead of cutting).
          for (const cell of el.shadowRoot!.querySelectorAll<HTMLElement>('th, td')) {
            expect(cell.scrollWidth).toBeLessThanOrEqual(cell.clientWidth + 1);
          }
          // Without series the table fits a phone without scrolling.
          if (data === 'field') expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
          await shoot(el, name);
        } finally {
          await resetMedia();
        }
      });
    }
  }
});
