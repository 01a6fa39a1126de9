import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import '@danvan/widgets/bar-chart/bar-chart.define.js';
import type { DvBarChart } from '@danvan/widgets';
import { axeViolations, mount, settled, texts } from './helpers.js';

const server = inject('faultServer');
let rejections: unknown[] = [];
const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);

beforeEach(() => {
  rejections = [];
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(async () => {
  // Let any stray promise settle before counting.
  await new Promise((r) => setTimeout(r, 50));
  window.removeEventListener('unhandledrejection', onRejection);
  expect(rejections).toEqual([]);
});

async function stats(): Promise<Record<string, { requests: number; aborted: number; cookies: number }>> {
  return (await fetch(`${server}/stats`)).json();
}

/** Waits until an element loading hanging data shows its loading state (it first waits for the data a moment). */
async function loadingState(el: Element): Promise<void> {
  const start = performance.now();
  while (!el.shadowRoot?.querySelector('[role="status"]')) {
    if (performance.now() - start > 2000) throw new Error('no loading state');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function chart(path: string, attrs = ''): string {
  return `<dv-bar-chart src="${server}${path}" by="field" ${attrs}></dv-bar-chart>`;
}

const CASES = [
  { path: '/missing.json', vi: 'Không tìm thấy tệp dữ liệu (lỗi 404)', en: 'The data file was not found (error 404)' },
  { path: '/broken.json', vi: 'Máy chủ dữ liệu đang gặp lỗi', en: 'The data server has a problem' },
  { path: '/login.json', vi: 'trả về một trang web chứ không phải dữ liệu', en: 'returned a web page, not JSON or CSV data' },
  { path: '/truncated.json', vi: 'Tệp dữ liệu JSON bị lỗi cú pháp', en: 'The JSON data file is malformed' },
  { path: '/invalid.json', vi: 'Dữ liệu không hợp lệ', en: 'The data is not valid' },
  { path: '/hang.json', attrs: 'timeout="700"', vi: 'Máy chủ dữ liệu phản hồi quá lâu', en: 'The data server took too long to answer' },
  { path: '/huge.json', attrs: 'max-bytes="2000000"', vi: 'Tệp dữ liệu quá lớn', en: 'The data file is too large' },
  { path: '/huge-declared.json', vi: 'Tệp dữ liệu quá lớn', en: 'The data file is too large' },
  { path: '/no-cors.json', vi: 'Không kết nối được tới máy chủ dữ liệu', en: 'Could not reach the data server' },
];

describe('<dv-bar-chart> states, against a real HTTP server on 127.0.0.1', () => {
  for (const c of CASES) {
    it(`shows its own message for ${c.path}, in Vietnamese and English, with a retry`, async () => {
      const query = `?case=${Math.random().toString(36).slice(2)}`;
      const el = await mount<DvBarChart>(chart(`${c.path}${query}`, c.attrs ?? ''));
      expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeTruthy();
      expect(texts(el, '.state .message')[0]).toContain(c.vi);
      expect(el.shadowRoot!.querySelector('button[part="retry"]')!.textContent).toBe('Thử lại');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(texts(el, '.state .message')[0]).toContain(c.en);
      expect(await axeViolations(el)).toEqual([]);
    });
  }

  it('lists the first problems found in invalid data, in the reader’s language', async () => {
    const el = await mount<DvBarChart>(chart('/invalid.json?list'));
    const items = texts(el, '.state li');
    expect(items.length).toBeGreaterThan(0);
    expect(items.join(' ')).toMatch(/nhiều/);
  });

  it('loads again when the reader presses retry', async () => {
    const el = await mount<DvBarChart>(chart('/flaky.json?retry'));
    expect(texts(el, '.state .message')[0]).toContain('Máy chủ dữ liệu đang gặp lỗi');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    await settled(el.parentElement!);
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    expect((await stats())['/flaky.json?retry']!.requests).toBe(2);
  });

  it('shows a visible, announced loading state while the data is on its way', async () => {
    const el = document.createElement('dv-bar-chart');
    el.src = `${server}/hang.json?loading`;
    el.by = 'field';
    document.body.append(el);
    await loadingState(el);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Đang tải dữ liệu…');
    expect(status.querySelector('svg.placeholder')!.getBoundingClientRect().height).toBeGreaterThan(100);
    el.remove();
  });

  for (const width of [800, 320]) {
    it(`keeps the loading state's place, empty, for a load's first moments (${width} px)`, async () => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      const el = document.createElement('dv-bar-chart');
      el.src = `${server}/hang.json?quiet-${width}`;
      el.by = 'field';
      // A heading that fits one line at any width, as the stand-in reserves; the default heading wraps at 320 px.
      el.heading = 'Mô hình';
      const after = document.createElement('p');
      after.textContent = 'after';
      box.append(el, after);
      document.body.append(box);
      const started = performance.now();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      // No loading state yet, nothing to read: an empty box of its size.
      expect(el.shadowRoot!.querySelector('[role="status"]')).toBeNull();
      expect(texts(el, '*').join('')).toBe('');
      const quiet = { host: el.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
      expect(quiet.host).toBeGreaterThan(200);
      await loadingState(el);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      // The loading state takes the stand-in's place: the text after the chart has not moved.
      expect(el.getBoundingClientRect().height).toBeCloseTo(quiet.host, 0);
      expect(after.getBoundingClientRect().top).toBeCloseTo(quiet.after, 0);
      box.remove();
    });
  }

  it("draws data that comes within a load's first moments without a loading state before it", async () => {
    const box = document.createElement('div');
    const el = document.createElement('dv-bar-chart');
    el.src = `${server}/ok.json?quiet`;
    el.by = 'field';
    box.append(el);
    document.body.append(box);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(el.shadowRoot!.querySelector('[role="status"]') ? 'loading' : el.shadowRoot!.querySelector('.mark') ? 'chart' : 'other'));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await settled(box);
    observer.disconnect();
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    expect(seen).not.toContain('loading');
    box.remove();
  });

  it('shows an empty state when the query matches nothing', async () => {
    const el = await mount<DvBarChart>(chart('/ok.json?empty', 'field="economic" place="18415"'));
    expect(texts(el, '.state-text')).toEqual(['Không có dữ liệu để hiển thị.']);
  });

  it('fetches a URL once for every element of the page, without cookies', async () => {
    document.cookie = 'session=secret; path=/';
    const box = await mount<HTMLElement>(`<div>${chart('/ok.json?shared')}${chart('/ok.json?shared', 'lang="en"')}${chart('/ok.json?shared', 'orientation="vertical"')}</div>`);
    expect(box.querySelectorAll('dv-bar-chart')).toHaveLength(3);
    for (const el of box.querySelectorAll('dv-bar-chart')) expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    const s = (await stats())['/ok.json?shared']!;
    expect(s.requests).toBe(1);
    expect(s.cookies).toBe(0);
  });

  it('aborts the fetch when the element leaves the page', async () => {
    const el = document.createElement('dv-bar-chart');
    el.src = `${server}/hang.json?abort`;
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 200));
    expect((await stats())['/hang.json?abort']!.requests).toBe(1);
    el.remove();
    await new Promise((r) => setTimeout(r, 200));
    expect((await stats())['/hang.json?abort']!.aborted).toBe(1);
  });

  it('aborts the old fetch and loads the new one when src changes', async () => {
    const el = document.createElement('dv-bar-chart');
    el.by = 'field';
    el.src = `${server}/hang.json?switch`;
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 200));
    el.src = `${server}/ok.json?switch`;
    await settled(document.body);
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    await new Promise((r) => setTimeout(r, 100));
    expect((await stats())['/hang.json?switch']!.aborted).toBe(1);
  });
});

describe('<dv-bar-chart> without the CSV reader', () => {
  it('says the page has not loaded it, instead of failing silently', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="/test/fixtures/csv/excel-vi.csv" by="field"></dv-bar-chart>`);
    expect(texts(el, '.state .message')[0]).toContain('@danvan/widgets/csv.js');
  });
});
