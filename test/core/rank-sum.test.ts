import { describe, expect, it } from 'vitest';
import { rankSum } from '../../scripts/rank-sum.mjs';

// Reference values from an independent computation (U by counting every pair, the tie-corrected variance, the
// normal tail by the standard library's erfc); the first is also R's `wilcox.test(exact = FALSE)`: p = 0.01219.
describe('rankSum (the benchmark verdicts\' test)', () => {
  it('gives U, z and the two-sided p of the normal approximation', () => {
    const r = rankSum([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(r.u).toBe(0);
    expect(r.z).toBeCloseTo(-2.5067182, 6);
    expect(r.p).toBeCloseTo(0.0121858, 6);
  });

  it('keeps its precision far out in the tail (15 loads a side, all of one library faster)', () => {
    const fast = Array.from({ length: 15 }, (_, i) => 100 + i);
    const r = rankSum(fast, fast.map((t) => t + 15));
    expect(r.z).toBeCloseTo(-4.6455436, 6);
    expect(r.p / 3.3918214e-6).toBeCloseTo(1, 5);
  });

  it('corrects for ties', () => {
    const r = rankSum([1, 1, 2, 3, 5, 5], [1, 2, 2, 4, 6, 6, 7]);
    expect(r.u).toBe(14);
    expect(r.z).toBeCloseTo(-0.9415955, 6);
    expect(r.p).toBeCloseTo(0.3463998, 6);
  });

  it('calls two close sets of load times a tie, whichever comes first', () => {
    const a = [164, 157, 180, 139, 206, 170, 161, 158, 175, 166, 172, 149, 168, 163, 177];
    const b = [162, 144, 171, 138, 213, 150, 165, 159, 169, 147, 173, 152, 160, 166, 158];
    const r = rankSum(a, b);
    expect(r.u).toBe(143);
    expect(r.p).toBeCloseTo(0.2132718, 6);
    const back = rankSum(b, a);
    expect(back.u).toBe(225 - 143);
    expect(back.z).toBeCloseTo(-r.z, 12);
    expect(back.p).toBeCloseTo(r.p, 12);
  });

  it('finds nothing between equal samples, and cannot test an empty one', () => {
    expect(rankSum([10, 20, 30], [10, 20, 30])).toEqual({ u: 4.5, z: 0, p: 1 });
    expect(rankSum([7, 7], [7, 7, 7]).p).toBe(1);
    expect(rankSum([], [1, 2]).p).toBeNaN();
  });
});
