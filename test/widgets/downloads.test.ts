import { afterEach, describe, expect, it, vi } from 'vitest';
import '@danvan/widgets/downloads.js';
import '@danvan/widgets/bar-chart/bar-chart.define.js';
import type { DvBarChart } from '@danvan/widgets';
import { mount, texts } from './helpers.js';

const SRC = '/packages/core/data/ha-tinh.json';

/** Clicks a download button and returns the file the page handed to the browser. */
async function download(el: DvBarChart, label: string): Promise<{ name: string; blob: Blob }> {
  const saved: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    saved.push(b as Blob);
    return 'blob:test';
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.downloads button')].find((b) => b.textContent === label)!;
  button.click();
  await vi.waitFor(() => expect(saved).toHaveLength(1));
  click.mockRestore();
  return { name: names[0]!, blob: saved[0]! };
}

afterEach(() => vi.restoreAllMocks());

describe("downloads, with '@danvan/widgets/downloads.js'", () => {
  it('offers CSV, SVG and PNG in the reader’s language', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    expect(texts(el, '.downloads summary')).toEqual(['Tải xuống']);
    expect(texts(el, '.downloads button')).toEqual(['Dữ liệu (CSV)', 'Hình vẽ (SVG)', 'Ảnh (PNG)']);
  });

  it('saves the figures as CSV with their qualifiers, the source and a byte order mark', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    const { name, blob } = await download(el, 'Dữ liệu (CSV)');
    expect(name).toBe('so-mo-hinh-theo-linh-vuc-tinh-ha-tinh-2013-2023.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Kinh tế,,8000,gần,mô hình,');
    expect(text).toContain('Tổng số,,19300,hơn,mô hình');
    expect(text).toMatch(/Nguồn: Thu Hà, “Actively building/);
  });

  it('saves a standalone SVG: colours written out, title and source included, no interactive attributes', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field" lang="en"></dv-bar-chart>`);
    const { name, blob } = await download(el, 'Chart (SVG)');
    expect(name).toMatch(/\.svg$/);
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml').documentElement;
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const fills = [...svg.querySelectorAll('rect')].map((r) => r.getAttribute('fill')).filter(Boolean);
    expect(fills).toContain('rgb(0, 114, 178)');
    expect(svg.textContent).toContain('Models by field');
    expect(svg.textContent).toContain('Source: Thu Hà');
    expect(svg.querySelectorAll('[tabindex], [role], [aria-label]')).toHaveLength(0);
  });

  it('saves a PNG picture of the chart', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    const { name, blob } = await download(el, 'Ảnh (PNG)');
    expect(name).toMatch(/\.png$/);
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBeGreaterThan(600);
  });
});
