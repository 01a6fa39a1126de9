import { expect, inject } from 'vitest';
import { commands } from 'vitest/browser';

/**
 * Snapshot tests in the manner of Observable Plot: the chart's SVG, serialised with numbers rounded to 3
 * decimals, Lit's markers removed and one element per line, compared with `test/output/<name>.svg`. On a
 * mismatch, `<name>-changed.svg` is written beside it for review and the test fails. A missing snapshot is
 * written only when `DV_UPDATE_SNAPSHOTS=1`; otherwise (and so always in CI) it fails.
 */
export async function expectSvgSnapshot(el: Element, name: string): Promise<void> {
  const svg = el.shadowRoot?.querySelector('.chart svg');
  expect(svg, `${name}: no chart SVG`).toBeTruthy();
  const actual = normalize(new XMLSerializer().serializeToString(svg!));
  const path = `test/output/${name}.svg`;
  let expected: string | undefined;
  try {
    expected = await commands.readFile(path);
  } catch {
    expected = undefined;
  }
  if (expected === undefined) {
    if (!inject('updateSnapshots')) throw new Error(`Missing snapshot test/output/${name}.svg (run with DV_UPDATE_SNAPSHOTS=1 to create it)`);
    await commands.writeFile(path, actual);
    return;
  }
  if (expected !== actual) {
    await commands.writeFile(`test/output/${name}-changed.svg`, actual);
    expect(actual, `snapshot test/output/${name}.svg changed (see ${name}-changed.svg)`).toBe(expected);
  }
}

function normalize(svg: string): string {
  return (
    svg
      .replace(/<!--[^>]*-->/g, '')
      .replace(/\s(tabindex|data-index)="[^"]*"/g, ' $1=""')
      .replace(/\s+class="([^"]*)"/g, (_, c: string) => ` class="${c.trim().replace(/\s+/g, ' ')}"`)
      .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}
