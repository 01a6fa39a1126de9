import { upThePage } from './up-the-page.js';

/** The colour theme an element draws in. */
export type Theme = 'light' | 'dark';

/**
 * The theme a page asks for: the nearest `theme` / `data-theme` attribute ("dark" or "light") or `.dark` /
 * `.light` class on the element or up the page; else the reader's `prefers-color-scheme`. Deciding here rather
 * than in a media query keeps one copy of the dark palette in the styles.
 */
export function resolveTheme(el: Element): Theme {
  for (const node of upThePage(el)) {
    const attr = node.getAttribute('theme') ?? node.getAttribute('data-theme');
    if (attr === 'dark' || attr === 'light') return attr;
    // Classes read from the attribute: server rendering's DOM shim has no classList.
    const classes = ` ${node.getAttribute('class') ?? ''} `;
    if (classes.includes(' dark ')) return 'dark';
    if (classes.includes(' light ')) return 'light';
  }
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
