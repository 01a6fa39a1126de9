import axe from 'axe-core';
import type { DvElement } from '@danvan/widgets';

let counter = 0;

/**
 * Puts markup in the page (in a box `width` px wide, or as wide as the page when 0) and waits until every danvan element in it has settled: data loaded (or failed) and
 * rendered. Returns the first element. Each call gets a fresh container, so tests do not see each other.
 */
export async function mount<T extends HTMLElement = DvElement>(markup: string, width = 640): Promise<T> {
  const box = document.createElement('div');
  box.id = `mount-${++counter}`;
  box.className = 'test-box';
  // Width 0 means "as wide as the page", for layout checks at a viewport width.
  if (width > 0) box.style.width = `${width}px`;
  const template = document.createElement('template');
  // Test fixtures are our own static strings; the production code never parses HTML.
  template.setHTMLUnsafe(markup);
  box.append(template.content);
  document.body.append(box);
  const el = box.firstElementChild as T;
  await settled(box);
  return el;
}

/** Waits until every danvan element under `root` has left the loading state and finished rendering. */
export async function settled(root: ParentNode, timeout = 5000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const els = [...root.querySelectorAll<DvElement>('*')].filter((e) => e.tagName.startsWith('DV-'));
    await Promise.all(els.map((e) => e.updateComplete));
    const loading = els.some((e) => (e as unknown as { loader: { state: string } }).loader.state === 'loading');
    if (!loading) {
      // Three frames: a ResizeObserver reports after a frame's animation callbacks, and the element asks to
      // re-render at the measured width in the next frame's (ResizeController), after ours.
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        await Promise.all(els.map((e) => e.updateComplete));
      }
      return;
    }
    if (performance.now() - start > timeout) throw new Error('danvan elements did not settle');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The text of every match in an element's shadow root. */
export function texts(el: Element, selector: string): string[] {
  return [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((n) => (n.textContent ?? '').trim());
}

/** Runs axe-core on an element (its shadow DOM included) and returns the violations, summarised. */
export async function axeViolations(el: Element): Promise<string[]> {
  const results = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
