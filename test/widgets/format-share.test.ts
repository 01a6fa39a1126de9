// formatShare writes percentages with core's formatNumber rather than Intl's percent style (whose locale data
// costs a page's first chart 10-20 ms), and formatNumber skips Intl too. Here, in Chromium, both are held to what
// Intl writes, digit for digit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '@danvan/core';
import { formatShare } from '../../packages/widgets/src/internal/frame-parts.js';

describe('formatShare(share, lang, digits) and formatNumber in Chromium', () => {
  it('property: writes what Intl.NumberFormat writes in the percent style, in vi-VN and en-GB', () => {
    // Ties in the percentage (0.145 is 14.5%), tiny and large shares, and any share of a whole.
    const tie = fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 4 })).map(([k, d]) => (k + 0.5) / 10 ** (d + 2));
    const share = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), tie, fc.double({ min: 0, max: 1e-6, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }));
    fc.assert(
      fc.property(share, fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>, fc.integer({ min: 0, max: 3 }), (x, lang, digits) => {
        const intl = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: digits }).format(x);
        expect(formatShare(x, lang, digits), String(x)).toBe(intl);
      }),
      // The seed of the core property tests (fc-runs.ts, which reads process.env: not in a browser).
      { seed: 20_260_101, numRuns: 3000 },
    );
  });

  it("property: core's formatNumber writes what this browser's Intl.NumberFormat writes (core's own test runs in Node's ICU)", () => {
    const tie = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 })).map(([k, d]) => (k + 0.5) / 10 ** d);
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), tie, fc.integer({ min: -1e7, max: 1e7 }));
    fc.assert(
      fc.property(value, fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>, fc.integer({ min: 0, max: 4 }), (x, lang, digits) => {
        const intl = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits }).format(x === 0 ? 0 : x);
        expect(formatNumber(x, lang, { maximumFractionDigits: digits }), String(x)).toBe(intl);
      }),
      { seed: 20_260_101, numRuns: 3000 },
    );
  });

  it('writes 33,3% and 33.3%, and a dash for no share', () => {
    expect(formatShare(1 / 3, 'vi')).toBe('33,3%');
    expect(formatShare(1 / 3, 'en')).toBe('33.3%');
    expect(formatShare(undefined, 'vi')).toBe('–');
  });
});
