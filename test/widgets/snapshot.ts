import { expect, inject } from 'vitest';
import { commands } from 'vitest/browser';

/**
 * Snapshot tests in the manner of Observable Plot: the chart's SVG, serialised with the numbers in attribute
 * values rounded to 3 decimals (text is left alone: "gần 8.000" is a label, not 8.0), Lit's markers removed and
 * one element per line, compared with `test/output/<name>.svg`. On a
 * mismatch, `<name>-changed.svg` is written beside it for review and the test fails. A missing snapshot is
 * written only when `DV_UPDATE_SNAPSHOTS=1`; otherwise (and so always in CI) it fails.
 */
export async function expectSvgSnapshot(el: Element, name: string, selector = '.chart svg'): Promise<void> {
  const node = el.shadowRoot?.querySelector(selector);
  expect(node, `${name}: no ${selector === '.chart svg' ? 'chart SVG' : selector}`).toBeTruthy();
  await compareSnapshot(normalize(new XMLSerializer().serializeToString(node!)), `${name}.${node instanceof SVGSVGElement ? 'svg' : 'html'}`);
}

/**
 * The same for markup that is not a drawing (`<dv-table>`'s table): serialised and normalised like an SVG
 * snapshot, compared with `test/output/<name>.html`, with the indentation between tags dropped.
 */
export async function expectHtmlSnapshot(el: Element, name: string, selector = '.chart table'): Promise<void> {
  const node = el.shadowRoot?.querySelector(selector);
  expect(node, `${name}: no ${selector}`).toBeTruthy();
  const markup = new XMLSerializer().serializeToString(node!).replace(/>\s+</g, '><');
  await compareSnapshot(normalize(markup), `${name}.html`);
}

async function compareSnapshot(actual: string, file: string): Promise<void> {
  const path = `test/output/${file}`;
  let expected: string | undefined;
  try {
    expected = await commands.readFile(path);
  } catch {
    expected = undefined;
  }
  if (expected === undefined) {
    if (!inject('updateSnapshots')) throw new Error(`Missing snapshot ${path} (run with DV_UPDATE_SNAPSHOTS=1 to create it)`);
    await commands.writeFile(path, actual);
    return;
  }
  if (expected !== actual) {
    const changed = file.replace(/\.(\w+)$/, '-changed.$1');
    await commands.writeFile(`test/output/${changed}`, actual);
    expect(actual, `snapshot ${path} changed (see ${changed})`).toBe(expected);
  }
}

const round = (n: string) => String(Math.round(Number(n) * 1000) / 1000);

function normalize(markup: string): string {
  return (
    markup
      .replace(/<!--[^>]*-->/g, '')
      .replace(/\s(tabindex|data-index)="[^"]*"/g, ' $1=""')
      .replace(/\s+class="([^"]*)"/g, (_, c: string) => ` class="${c.trim().replace(/\s+/g, ' ')}"`)
      // Only coordinates and sizes (attribute values) are rounded; text keeps its figures as written.
      .replace(/="([^"]*)"/g, (_, v: string) => `="${v.replace(/-?\d+\.\d+(e-?\d+)?/g, round)}"`)
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}
