import { describe, expect, it } from 'vitest';
import { ticks as d3Ticks } from 'd3-array';
import { randomLcg } from 'd3-random';
import { scaleBand } from 'd3-scale';
import { bands } from '@danvan/widgets/bar-chart/bands.js';
import { linear } from '@danvan/widgets/internal/linear.js';
import { ticks } from '@danvan/widgets/internal/ticks.js';

// The widgets write out the little of d3 they use (internal/ticks.ts, bar-chart/bands.ts): these hold them
// to d3's own results, digit for digit, so that drawings stay as they were.


describe('scales written out instead of imported from d3', () => {
  it('ticks(start, stop, count) is d3-array’s ticks', () => {
    const values = [0, 1, 2, 3, 6, 7.5, 0.07, 0.3, 42, 999, 1000, 1001, 7900, 19300, 123456, -3, -0.02, 1e-7, 5.5e9];
    const rand = randomLcg(42);
    const cases: [number, number, number][] = [];
    for (const a of values) for (const b of values) for (const n of [0, 0.5, 1, 2, 3, 4, 5, 6, 10]) cases.push([a, b, n]);
    for (let i = 0; i < 5000; i++) {
      const scale = 10 ** Math.floor(rand() * 12 - 5);
      const a = (rand() - 0.3) * scale;
      cases.push([a, a + rand() * scale * (rand() < 0.1 ? -1 : 1), Math.floor(rand() * 10)]);
    }
    for (const [a, b, n] of cases) expect(ticks(a, b, n), `ticks(${a}, ${b}, ${n})`).toEqual(d3Ticks(a, b, n));
  });

  it('bands(count, width) places bands as d3-scale’s scaleBand().paddingInner(0.25).paddingOuter(0.1)', () => {
    for (const count of [1, 2, 4, 9, 13, 40]) {
      for (const width of [320, 333.3, 640, 1000]) {
        const keys = Array.from({ length: count }, (_, i) => `k${i}`);
        const d3 = scaleBand().domain(keys).range([0, width]).paddingInner(0.25).paddingOuter(0.1);
        const b = bands(count, width);
        expect(b.width).toBe(d3.bandwidth());
        keys.forEach((k, i) => expect(b.x(i)).toBe(d3(k)));
      }
    }
  });

  it('linear(domain, range) maps the domain onto the range, unrounded', () => {
    const x = linear([0, 7900], [0, 500]);
    expect(x(0)).toBe(0);
    expect(x(7900)).toBe(500);
    expect(x(3950)).toBe(250);
    const y = linear([0, 6], [334, 12]);
    expect(y(0)).toBe(334);
    expect(y(6)).toBe(12);
    // An empty domain maps everything to the start of the range rather than to NaN.
    expect(linear([0, 0], [10, 20])(0)).toBe(10);
  });
});
