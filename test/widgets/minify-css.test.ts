// The build minifies the CSS of every *.styles.ts (scripts/minify-css.mjs): whitespace, comments, the space after
// ":" and leading zeros go. Here Chromium's own CSS parser reads each stylesheet as written and as minified: the
// rules it makes of them must be the same, rule for rule.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../scripts/minify-css.mjs';

// Every stylesheet module's source, as written.
const sources = import.meta.glob<string>('../../packages/widgets/src/**/*.styles.ts', { query: '?raw', import: 'default', eager: true });

/** The css`…` templates of a module that the build minifies (those without ${…}; not the empty css`` of a comment). */
const templates = (source: string) => [...source.matchAll(/css`([^`$]*)`/g)].map((m) => m[1]!).filter((css) => css.trim());

/**
 * The rules Chromium makes of a stylesheet, as CSS text. A `var(--x, fallback)` keeps the space after its comma
 * in that text as it was written, though the value it gives is the same without it: spaces after commas are left
 * out of the comparison.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) => r.cssText.replace(/, /g, ','));
}

describe('the CSS minifier (scripts/minify-css.mjs) in Chromium', () => {
  const all = Object.entries(sources).flatMap(([file, source]) => templates(source).map((css, i) => ({ name: `${file.split('/src/')[1]} #${i + 1}`, css })));

  it('finds the stylesheets it minifies', () => {
    // Shared frame, five charts, the map, the table, the download menu: a glob that matched nothing would pass below.
    expect(all.length).toBeGreaterThanOrEqual(8);
  });

  it('keeps every rule of every stylesheet as Chromium reads it, and makes each smaller', () => {
    for (const { name, css } of all) {
      const minified = minifyCss(css);
      expect(minified.length, name).toBeLessThan(css.length);
      const original = rules(css);
      expect(original.length, name).toBeGreaterThan(0);
      expect(rules(minified), name).toEqual(original);
    }
  });

  it('drops what CSS does not need, and nothing that changes a selector or a value', () => {
    expect(minifyCss('.a:hover .b,\n .c > d {\n  margin: 0 0 0.5em;\n  color: #0072B2;\n  box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);\n}\n@media (forced-colors: active) { .e { opacity: 0.55; } }')).toBe(
      '.a:hover .b,.c > d{margin:0 0 .5em;color:#0072B2;box-shadow:0 2px 8px rgb(0 0 0 / .15)}@media (forced-colors:active){.e{opacity:.55}}',
    );
  });
});
