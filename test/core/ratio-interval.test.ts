import { describe, expect, it } from 'vitest';
import { ratioInterval } from '../../scripts/ratio-interval.mjs';

// 60 loads a side, as a benchmark run makes, spread about as this machine's loads are (uniformly, sd 12 %), from a
// fixed generator.
const loads = (median: number, seed: number): number[] => {
  let x = seed;
  return Array.from({ length: 60 }, () => {
    x = (x * 48271) % 2147483647;
    return median * (1 + 0.12 * Math.sqrt(12) * (x / 2147483647 - 0.5));
  });
};
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[29]! + s[30]!) / 2;
};

describe('ratioInterval (the benchmark headline\'s interval for a time ratio)', () => {
  it('holds the run\'s own ratio of medians, and leaves out 1 when one library is well ahead', () => {
    const danvan = loads(100, 7);
    const peer = loads(130, 11);
    const [lo, hi] = ratioInterval(danvan, peer);
    const ratio = median(danvan) / median(peer);
    expect(lo).toBeLessThan(ratio);
    expect(hi).toBeGreaterThan(ratio);
    expect(hi).toBeLessThan(1);
    expect(hi - lo).toBeLessThan(0.15);
  });

  it('holds 1 when the two come from the same loads\' spread', () => {
    const [lo, hi] = ratioInterval(loads(150, 3), loads(150, 5));
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(1);
  });

  it('narrows with more loads, and is the same for the same loads', () => {
    const few = ratioInterval(loads(100, 7).slice(0, 15), loads(110, 11).slice(0, 15));
    const many = ratioInterval(loads(100, 7), loads(110, 11));
    expect(many[1] - many[0]).toBeLessThan(few[1] - few[0]);
    expect(ratioInterval(loads(100, 7), loads(110, 11))).toEqual(many);
  });

  it('has no interval without loads', () => {
    expect(ratioInterval([], [1, 2, 3])).toEqual([NaN, NaN]);
  });
});
