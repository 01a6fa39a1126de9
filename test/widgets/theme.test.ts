import { afterEach, describe, expect, it } from 'vitest';
import '@danvan/widgets/bar-chart/bar-chart.define.js';
import type { DvBarChart } from '@danvan/widgets';
import { mount } from './helpers.js';
import { emulate, resetMedia } from './screenshot.js';

const SRC = '/packages/core/data/ha-tinh.json';

/** The theme an element draws in: the class on its themed wrapper. */
const theme = (el: Element) => (el.shadowRoot!.querySelector('[part="base"]')!.classList.contains('dark') ? 'dark' : 'light');

/** Waits for the updates a theme change asks for (a mutation observer's or a media query's callback, then a render). */
async function redrawn(el: DvBarChart): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

afterEach(async () => {
  delete document.documentElement.dataset.theme;
  document.body.classList.remove('dark', 'light');
  await resetMedia();
});

describe('the theme of danvan elements', () => {
  it('follows a later data-theme on <html> and .dark on <body>, and changes back', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    expect(theme(el)).toBe('light');
    document.documentElement.dataset.theme = 'dark';
    await redrawn(el);
    expect(theme(el)).toBe('dark');
    delete document.documentElement.dataset.theme;
    await redrawn(el);
    expect(theme(el)).toBe('light');
    document.body.classList.add('dark');
    await redrawn(el);
    expect(theme(el)).toBe('dark');
  });

  it('follows a later change of the reader’s prefers-color-scheme', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    expect(theme(el)).toBe('light');
    await emulate({ width: 1280, dark: true });
    await redrawn(el);
    expect(theme(el)).toBe('dark');
  });

  it('stops watching when the last element leaves the page, and watches again when one comes back', async () => {
    const el = await mount<DvBarChart>(`<dv-bar-chart src="${SRC}" by="field"></dv-bar-chart>`);
    const box = el.parentElement!;
    el.remove();
    document.documentElement.dataset.theme = 'dark';
    await redrawn(el);
    expect(theme(el)).toBe('light');
    box.append(el);
    await el.updateComplete;
    expect(theme(el)).toBe('dark');
    delete document.documentElement.dataset.theme;
    await redrawn(el);
    expect(theme(el)).toBe('light');
  });
});
