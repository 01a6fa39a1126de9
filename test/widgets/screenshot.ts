import { cdp, page } from 'vitest/browser';

/** Page conditions a screenshot is taken in. */
export interface ShotOptions {
  readonly width: number;
  readonly dark?: boolean;
  readonly forcedColors?: boolean;
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
