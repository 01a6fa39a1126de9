// Network faults against real HTTP servers on 127.0.0.1 (test/fault-server.ts; a second one on another port is
// another origin): a body that trickles in past the timeout, bodies too large with and without Content-Length,
// JSON under the wrong content type, image bytes, redirects to another origin with and without CORS, a server
// error, a CORS refusal, truncated JSON. Each failure must be its own state with its own message in both
// languages, nothing may reject unhandled, and no request may carry the page's cookies.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import '@danvan/widgets/bar-chart/bar-chart.define.js';
import type { DvBarChart } from '@danvan/widgets';
import { mount, texts } from './helpers.js';

const server = inject('faultServer');
const elsewhere = inject('faultServerElsewhere');

let rejections: unknown[] = [];
let errors: unknown[] = [];
const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);

beforeEach(() => {
  rejections = [];
  errors = [];
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
});

afterEach(async () => {
  // Let aborted fetches and stray promises settle before counting.
  await new Promise((r) => setTimeout(r, 100));
  window.removeEventListener('unhandledrejection', onRejection);
  window.removeEventListener('error', onError);
  expect(rejections).toEqual([]);
  expect(errors).toEqual([]);
});

type Stats = Record<string, { requests: number; aborted: number; cookies: number }>;
async function stats(base = server): Promise<Stats> {
  return (await fetch(`${base}/stats`)).json();
}

/** A query string no other test uses: the page shares one fetch per URL, and the servers count per URL. */
const fresh = (what: string) => `?${what}-${Math.random().toString(36).slice(2, 8)}`;

/** The load error an element shows, by code (the element's own state, not its words). */
const errorCode = (el: DvBarChart) => (el as unknown as { loader: { error?: { code: string } } }).loader.error?.code;

// Each failure kind's words, as a reader sees them. Failures of one kind share words; kinds never do.
const WORDS: Record<string, { vi: string; en: string }> = {
  timeout: { vi: 'Máy chủ dữ liệu phản hồi quá lâu', en: 'The data server took too long to answer' },
  too_large: { vi: 'Tệp dữ liệu quá lớn', en: 'The data file is too large' },
  binary_data: { vi: 'tệp nhị phân', en: 'a binary file' },
  network: { vi: 'Không kết nối được tới máy chủ dữ liệu', en: 'Could not reach the data server' },
  http_error: { vi: 'Máy chủ dữ liệu đang gặp lỗi', en: 'The data server has a problem' },
  invalid_json: { vi: 'Tệp dữ liệu JSON bị lỗi cú pháp', en: 'The JSON data file is malformed' },
};

const FAULTS: { what: string; path: string; attrs?: string; code: keyof typeof WORDS }[] = [
  { what: 'a body that trickles in past the timeout', path: '/trickle.json', attrs: 'timeout="800"', code: 'timeout' },
  { what: 'a body past the byte limit, without Content-Length', path: '/huge.json', attrs: 'max-bytes="2000000"', code: 'too_large' },
  { what: 'a declared Content-Length past the limit', path: '/huge-declared.json', code: 'too_large' },
  { what: 'PNG bytes served as image/png', path: '/image.png', code: 'binary_data' },
  { what: 'PNG bytes served as application/octet-stream at a .json URL', path: '/png-as-json.json', code: 'binary_data' },
  { what: 'a 301 to another origin that does not allow CORS', path: '/redirect-away-no-cors.json', code: 'network' },
  { what: 'a 500', path: '/broken.json', code: 'http_error' },
  { what: 'a response without CORS headers', path: '/no-cors.json', code: 'network' },
  { what: 'truncated JSON', path: '/truncated.json', code: 'invalid_json' },
];

describe('<dv-bar-chart> against network faults', () => {
  const seen = new Map<string, { code: string; vi: string; en: string }>();

  for (const f of FAULTS) {
    it(`shows a ${f.code} state, in Vietnamese and English, for ${f.what}`, { timeout: 15_000 }, async () => {
      const el = await mount<DvBarChart>(`<dv-bar-chart src="${server}${f.path}${fresh('fault')}" by="field" ${f.attrs ?? ''}></dv-bar-chart>`);
      expect(errorCode(el)).toBe(f.code);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeTruthy();
      expect(el.shadowRoot!.querySelector('button[part="retry"]')).toBeTruthy();
      expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(0);
      const vi = texts(el, '.state .message')[0]!;
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      const en = texts(el, '.state .message')[0]!;
      expect(vi).toContain(WORDS[f.code]!.vi);
      expect(en).toContain(WORDS[f.code]!.en);
      expect(vi).not.toBe(en);
      seen.set(f.path, { code: f.code, vi, en });
    });
  }

  it('gives each kind of failure its own words, and the same words to failures of one kind', () => {
    expect(seen.size).toBe(FAULTS.length);
    const byCode = new Map<string, Set<string>>();
    for (const { code, vi, en } of seen.values()) {
      if (!byCode.has(code)) byCode.set(code, new Set());
      byCode.get(code)!.add(`${vi}|${en}`);
    }
    for (const words of byCode.values()) expect(words.size).toBe(1);
    const all = [...byCode.values()].map((s) => [...s][0]!);
    expect(new Set(all).size).toBe(byCode.size);
    expect(byCode.size).toBe(6);
  });

  it('stops reading a trickling body at the timeout, and the server sees the request abandoned', { timeout: 15_000 }, async () => {
    const query = fresh('trickle');
    const started = performance.now();
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${server}/trickle.json${query}" by="field" timeout="600"></dv-bar-chart>`);
    expect(errorCode(el)).toBe('timeout');
    // The whole body would take half a minute to arrive.
    expect(performance.now() - started).toBeLessThan(5000);
    await new Promise((r) => setTimeout(r, 200));
    expect((await stats())[`/trickle.json${query}`]).toMatchObject({ requests: 1, aborted: 1 });
  });

  it('draws JSON served as text/plain: the content, not the type, decides', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${server}/text-plain.json${fresh('plain')}" by="field"></dv-bar-chart>`);
    expect(errorCode(el)).toBeUndefined();
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
  });

  it('follows a 301 to another origin that allows CORS, and draws what it finds there', async () => {
    const query = fresh('away');
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${server}/redirect-away.json${query}" by="field"></dv-bar-chart>`);
    expect(errorCode(el)).toBeUndefined();
    expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    // The second server, on its own port, answered the redirected request.
    expect(new URL(elsewhere).port).not.toBe(new URL(server).port);
    const s = await stats(elsewhere);
    expect(s[`/redirect-away.json${query}`]?.requests).toBe(1);
    expect(s[`/ok.json${query}`]?.requests).toBe(1);
  });

  it('sends no cookie with any request, though the page has one its servers would otherwise receive', async () => {
    // The cookie belongs to the page's host; the fault server answers on that host too (ports do not scope cookies).
    document.cookie = 'dv_session=secret; path=/';
    const sameHost = server.replace('127.0.0.1', location.hostname);
    // Control: a request that asks for credentials does carry the cookie, so the server would see one.
    const control = fresh('control');
    await fetch(`${sameHost}/ok.json${control}`, { credentials: 'include' }).catch(() => undefined);
    expect((await stats())[`/ok.json${control}`]?.cookies).toBe(1);
    const paths = ['/ok.json', '/redirect-away.json', '/broken.json', '/truncated.json', '/image.png'];
    const query = fresh('cookies');
    await mount<HTMLElement>(`<div>${paths.map((p) => `<dv-bar-chart src="${sameHost}${p}${query}" by="field"></dv-bar-chart>`).join('')}</div>`);
    const s = { ...(await stats()), ...(await stats(elsewhere)) };
    const requests = Object.entries(s).filter(([key]) => key.endsWith(query));
    expect(requests.length).toBeGreaterThanOrEqual(paths.length);
    for (const [key, entry] of requests) expect(entry.cookies, key).toBe(0);
    document.cookie = 'dv_session=; path=/; max-age=0';
  });
});

describe('<dv-bar-chart> loading', () => {
  it('asks for its data before it builds its shadow root, so that the request overlaps the first render', async () => {
    // Spies that call through: the real fetch reaches the real server, the real shadow root is attached.
    const order: string[] = [];
    const realFetch = window.fetch;
    const realAttach = Element.prototype.attachShadow;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      order.push('fetch');
      return realFetch(...args);
    };
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      if (this.localName === 'dv-bar-chart') order.push('shadow root');
      return realAttach.call(this, init);
    };
    try {
      const el = await mount<DvBarChart>(`<dv-bar-chart src="${server}/ok.json${fresh('first')}" by="field"></dv-bar-chart>`);
      expect(el.shadowRoot!.querySelectorAll('.mark')).toHaveLength(4);
    } finally {
      window.fetch = realFetch;
      Element.prototype.attachShadow = realAttach;
    }
    expect(order).toEqual(['fetch', 'shadow root']);
  });
});
