import { cdp, page } from 'vitest/browser';

/** Page conditions a screenshot is taken in. */
export interface ShotOptions {
  readonly width: number;
  readonly dark?: boolean;
  readonly forcedColors?: boolean;
}

/** The page conditions every element is shot in: phone, tablet and desktop widths, light, dark and forced colours. */
export const SHOTS: readonly ShotOptions[] = [
  { width: 320 },
  { width: 768 },
  { width: 1280 },
  { width: 320, dark: true },
  { width: 1280, dark: true },
  { width: 768, forcedColors: true },
];

/** A screenshot's file name and a test title for it: `waffle-320-dark` and "fits 320 px in the dark theme (waffle-320-dark.png)". */
export function shotName(prefix: string, { width, dark, forcedColors }: ShotOptions): { name: string; title: string } {
  const name = `${prefix}-${width}${dark ? '-dark' : ''}${forcedColors ? '-forced' : ''}`;
  return { name, title: `fits ${width} px${dark ? ' in the dark theme' : ''}${forcedColors ? ' with forced colours' : ''} (${name}.png)` };
}

/**
 * Sets the viewport and emulated media (dark scheme, forced colours) in real Chromium, for layout checks and
 * screenshots. Call `resetMedia()` after.
 */
export async function emulate({ width, dark = false, forcedColors = false }: ShotOptions): Promise<void> {
  await page.viewport(width, 900);
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
      { name: 'forced-colors', value: forcedColors ? 'active' : 'none' },
    ],
  });
}

/** Back to a light, unforced 1280 px page. */
export async function resetMedia(): Promise<void> {
  await emulate({ width: 1280 });
}

/** Saves a screenshot of an element under test/widgets/screenshots/ (ignored by git; look at them). */
export async function shoot(el: Element, name: string): Promise<void> {
  await page.screenshot({ element: el as HTMLElement, path: `./screenshots/${name}.png` });
}

/** How far the page scrolls sideways: 0 when nothing is wider than the viewport. */
export function horizontalOverflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/** The labels (`text`) of an element's chart that reach outside its SVG box: clipped at an edge. */
export function labelsOutside(el: Element, selector = '.chart svg'): string[] {
  const svg = el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll(`${selector} text`)]
    .filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < svg.left - 0.5 || r.right > svg.right + 0.5 || r.top < svg.top - 0.5 || r.bottom > svg.bottom + 0.5;
    })
    .map((t) => t.textContent ?? '');
}
