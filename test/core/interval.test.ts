import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HEDGE_TOLERANCE,
  QUALIFIERS,
  createIntervalSum,
  exactInterval,
  reconcile,
  scaleInterval,
  sumIntervals,
  toInterval,
  type Interval,
  type Qualifier,
  type ReportedNumber,
} from '@danvan/core';

const RUNS = { numRuns: 1000 };
const t = (value: number, qualifier: Qualifier = 'exact') => toInterval({ value, qualifier });
/** An interval without its stated figure: what it allows. */
const bounds = (i: Interval) => [i.low, i.high, i.lowOpen, i.highOpen];
const sum = (...parts: Interval[]) => sumIntervals(parts);
const isEmpty = (i: Interval) => i.low > i.high || (i.low === i.high && (i.lowOpen || i.highOpen));
/** Whether x lies in the interval, each end open or closed. */
const contains = (i: Interval, x: number) =>
  (i.lowOpen ? x > i.low : x >= i.low) && (i.highOpen ? x < i.high : x <= i.high);
/** Equal up to floating-point noise; infinities must match exactly. */
const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('toInterval(reported)', () => {
  it('toInterval(n) reads each hedge as documented: bounds and open ends', () => {
    const read = Object.fromEntries(QUALIFIERS.map((q) => [q, bounds(t(100, q))]));
    expect(read).toEqual({
      exact: [100, 100, false, false],
      about: [90, 110, false, false],
      'more-than': [100, Infinity, true, true],
      'at-least': [100, Infinity, false, true],
      nearly: [90, 100, false, true],
      'at-most': [0, 100, false, false],
      'less-than': [0, 100, false, true],
    });
  });

  it('toInterval(n) keeps the stated figure and hedge beside the bounds', () => {
    expect(toInterval({ value: 19300, qualifier: 'more-than' })).toEqual({
      value: 19300,
      qualifier: 'more-than',
      low: 19300,
      high: Infinity,
      lowOpen: true,
      highOpen: true,
    });
    expect(toInterval({ value: 8000, qualifier: 'nearly' })).toMatchObject({ low: 7200, high: 8000 });
    expect(HEDGE_TOLERANCE).toBe(0.1);
  });

  it('toInterval(number) and toInterval({ value }) are exact, like exactInterval(number)', () => {
    expect(toInterval(2200)).toEqual(exactInterval(2200));
    expect(toInterval({ value: 2200 })).toEqual(exactInterval(2200));
    expect(toInterval({ value: 2200, qualifier: undefined })).toEqual(exactInterval(2200));
    expect(exactInterval(12)).toEqual({ value: 12, qualifier: 'exact', low: 12, high: 12, lowOpen: false, highOpen: false });
  });

  it('toInterval(negative) reaches down to -∞ for "at most" and "less than", and spreads hedges by |value|', () => {
    expect(bounds(t(-100, 'at-most'))).toEqual([-Infinity, -100, false, false]);
    expect(bounds(t(-100, 'less-than'))).toEqual([-Infinity, -100, false, true]);
    expect(bounds(t(-100, 'about'))).toEqual([-110, -90, false, false]);
    expect(bounds(t(-100, 'nearly'))).toEqual([-110, -100, false, true]);
  });

  it('toInterval(0) is a point for closed hedges, and empty for "nearly 0" and "less than 0" (documented exceptions)', () => {
    expect(bounds(t(0, 'about'))).toEqual([0, 0, false, false]);
    expect(bounds(t(0, 'at-most'))).toEqual([0, 0, false, false]);
    expect(isEmpty(t(0, 'nearly'))).toBe(true);
    expect(isEmpty(t(0, 'less-than'))).toBe(true);
    expect(isEmpty(t(0, 'more-than'))).toBe(false);
  });

  it('property: toInterval(x).low ≤ x.value ≤ toInterval(x).high for every finite x; the value itself is excluded only by "more than", "nearly" and "less than"', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constantFrom(...QUALIFIERS), (value, qualifier) => {
        const i = toInterval({ value, qualifier });
        expect(i.value).toBe(value);
        expect(i.qualifier).toBe(qualifier);
        expect(i.low <= value && value <= i.high).toBe(true);
        const excluded = qualifier === 'more-than' || qualifier === 'nearly' || qualifier === 'less-than';
        expect(contains(i, value)).toBe(!excluded);
        // A hedge never allows values on the wrong side: "more than" nothing below, "nearly" nothing above.
        if (qualifier === 'more-than' || qualifier === 'at-least') expect(i.high).toBe(Infinity);
        if (qualifier === 'nearly' || qualifier === 'at-most' || qualifier === 'less-than') expect(i.high).toBe(value);
        if (qualifier === 'about' || qualifier === 'nearly') expect(close(value - i.low, Math.abs(value) * HEDGE_TOLERANCE)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('sumIntervals(parts)', () => {
  it('sumIntervals(parts) follows the hedge rules', () => {
    const q = (...parts: Interval[]) => sum(...parts).qualifier;
    expect(q(t(5), t(3))).toBe('exact');
    expect(q(t(5, 'more-than'), t(3))).toBe('more-than');
    expect(q(t(5, 'at-least'), t(3))).toBe('at-least');
    expect(q(t(5, 'at-least'), t(3, 'more-than'))).toBe('more-than');
    expect(q(t(5, 'nearly'), t(3))).toBe('nearly');
    expect(q(t(5, 'nearly'), t(3, 'nearly'))).toBe('nearly');
    expect(q(t(5, 'at-most'), t(3))).toBe('at-most');
    expect(q(t(5, 'less-than'), t(3))).toBe('less-than');
    expect(q(t(5, 'nearly'), t(3, 'at-most'))).toBe('less-than');
    expect(q(t(5, 'nearly'), t(3, 'less-than'))).toBe('less-than');
    expect(q(t(5, 'at-most'), t(3, 'less-than'))).toBe('less-than');
    expect(q(t(5, 'nearly'), t(3, 'more-than'))).toBe('about');
    expect(q(t(5, 'at-most'), t(3, 'at-least'))).toBe('about');
    expect(q(t(5, 'about'), t(3))).toBe('about');
    expect(q(t(5, 'about'), t(3, 'more-than'))).toBe('about');
  });

  it('sumIntervals(parts) adds stated figures and bounds; one open end opens the sum’s end', () => {
    expect(sum(t(5), t(3))).toEqual(exactInterval(8));
    expect(sum(t(5, 'more-than'), t(3))).toEqual({ value: 8, qualifier: 'more-than', low: 8, high: Infinity, lowOpen: true, highOpen: true });
    expect(sum(t(5, 'nearly'), t(3))).toEqual({ value: 8, qualifier: 'nearly', low: 7.5, high: 8, lowOpen: false, highOpen: true });
    expect(sum(t(5, 'nearly'), t(3, 'more-than'))).toEqual({ value: 8, qualifier: 'about', low: 7.5, high: Infinity, lowOpen: true, highOpen: true });
    expect(sum(t(5, 'at-most'), t(3))).toEqual({ value: 8, qualifier: 'at-most', low: 3, high: 8, lowOpen: false, highOpen: false });
  });

  it('sumIntervals([]) is exactly 0, and sumIntervals([x]) is x', () => {
    expect(sumIntervals([])).toEqual(exactInterval(0));
    for (const q of QUALIFIERS) expect(sumIntervals([t(7, q)])).toEqual(t(7, q));
  });

  it('sumIntervals(Hà Tĩnh’s four fields) is "about 19,300": nearly 8,000 + more than 5,800 + more than 3,300 + 2,200', () => {
    const s = sum(t(8000, 'nearly'), t(5800, 'more-than'), t(3300, 'more-than'), t(2200));
    expect(s).toEqual({ value: 19300, qualifier: 'about', low: 18500, high: Infinity, lowOpen: true, highOpen: true });
  });

  it('createIntervalSum().add(part, factor) adds a part in another unit: 7.1 km and 916 m', () => {
    const s = createIntervalSum();
    s.add(t(7.1, 'more-than'));
    s.add(t(916), 0.001);
    expect(s.count).toBe(2);
    const r = s.result();
    expect(r.qualifier).toBe('more-than');
    expect(r.value).toBeCloseTo(8.016, 12);
    expect(r.low).toBeCloseTo(8.016, 12);
    expect(r.high).toBe(Infinity);
  });

  /** A hedged figure: integers and hundredths, positive and negative, never empty as an interval. */
  const part = fc
    .tuple(fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -100_000, max: 100_000 }).map((c) => c / 100)), fc.constantFrom(...QUALIFIERS))
    .map(([value, qualifier]) => toInterval({ value, qualifier }))
    .filter((i) => !isEmpty(i));
  /** A value inside an interval, strictly inside at an open end: steps of 1/100 of the width (or of 1,000 when unbounded). */
  const inside = (i: Interval, step: number): number => {
    const k = i.lowOpen || i.highOpen ? Math.min(Math.max(step, 1), 99) : step;
    if (i.high === Infinity) return i.low + (k + (i.lowOpen ? 1 : 0)) * 1000;
    if (i.low === -Infinity) return i.high - (k + (i.highOpen ? 1 : 0)) * 1000;
    return i.low + ((i.high - i.low) * k) / 100;
  };

  it('property: the sum’s bounds hold the sum of any values drawn inside the parts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(part, fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 12 }), (drawn) => {
        const parts = drawn.map(([p]) => p);
        const xs = drawn.map(([p, step]) => inside(p, step));
        xs.forEach((x, k) => expect(contains(parts[k]!, x), `part ${k}`).toBe(true));
        const s = sumIntervals(parts);
        const total = xs.reduce((a, b) => a + b, 0);
        expect(contains(s, total), `${total} in ${JSON.stringify(s)}`).toBe(true);
        // And the sum is no wider than it must be: its ends are the sums of the parts' ends.
        expect(close(s.low, parts.reduce((a, p) => a + p.low, 0))).toBe(true);
        expect(close(s.high, parts.reduce((a, p) => a + p.high, 0))).toBe(true);
      }),
      RUNS,
    );
  });

  it('property: sumIntervals is order-independent for value, low, high, ends and qualifier', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }).chain((parts) => fc.tuple(fc.constant(parts), fc.shuffledSubarray(parts, { minLength: parts.length }))), ([parts, shuffled]) => {
        const a = sumIntervals(parts);
        const b = sumIntervals(shuffled);
        expect(b.qualifier).toBe(a.qualifier);
        expect([b.lowOpen, b.highOpen]).toEqual([a.lowOpen, a.highOpen]);
        for (const k of ['value', 'low', 'high'] as const) expect(close(a[k], b[k]), `${k}: ${a[k]} vs ${b[k]}`).toBe(true);
      }),
      RUNS,
    );
  });

  it('property: a sum hedged one way states its figure at the matching end, open as its hedge says', () => {
    const up = fc.constantFrom<Qualifier>('exact', 'more-than', 'at-least');
    const down = fc.constantFrom<Qualifier>('exact', 'nearly', 'at-most', 'less-than');
    const parts = (qs: fc.Arbitrary<Qualifier>) =>
      fc.array(fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), qs), { minLength: 1, maxLength: 10 }).map((ps) => ps.map(([v, q]) => t(v, q)));
    fc.assert(
      fc.property(parts(up), (ps) => {
        const s = sumIntervals(ps);
        const stated = toInterval({ value: s.value, qualifier: s.qualifier });
        expect([s.low, s.lowOpen, s.high, s.highOpen]).toEqual([stated.low, stated.lowOpen, stated.high, stated.highOpen]);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(parts(down), (ps) => {
        const s = sumIntervals(ps);
        expect(s.high).toBe(s.value);
        expect(s.highOpen).toBe(s.qualifier === 'nearly' || s.qualifier === 'less-than');
      }),
      RUNS,
    );
  });
});

describe('reconcile(total, parts)', () => {
  it('reconcile(Hà Tĩnh’s total, its four fields) is consistent', () => {
    const r = reconcile(t(19300, 'more-than'), [t(8000, 'nearly'), t(5800, 'more-than'), t(3300, 'more-than'), t(2200)]);
    expect(r.consistent).toBe(true);
    expect(r.difference).toBe(0);
    expect(r.sum.qualifier).toBe('about');
  });

  it('reconcile("more than 100", [40, 50]) is not: the parts add up to 90', () => {
    const r = reconcile(t(100, 'more-than'), [t(40), t(50)]);
    expect(r.consistent).toBe(false);
    expect(r.sum).toEqual(exactInterval(90));
    expect(r.difference).toBe(10);
  });

  it('reconcile(total, [40, 50]) at the boundary: closed ends may touch, open ones may not', () => {
    const with90 = (q: Qualifier) => reconcile(t(90, q), [t(40), t(50)]).consistent;
    expect(with90('exact')).toBe(true);
    expect(with90('at-least')).toBe(true);
    expect(with90('at-most')).toBe(true);
    expect(with90('about')).toBe(true);
    expect(with90('more-than')).toBe(false);
    expect(with90('less-than')).toBe(false);
    expect(with90('nearly')).toBe(false);
    expect(reconcile(t(89, 'more-than'), [t(40), t(50)]).consistent).toBe(true);
    expect(reconcile(t(91, 'less-than'), [t(40), t(50)]).consistent).toBe(true);
    // Both sides hedged: [100, ∞) meets [0, 100] at 100; (100, ∞) misses [0, 100).
    expect(reconcile(t(100, 'at-most'), [t(40, 'at-least'), t(60)]).consistent).toBe(true);
    expect(reconcile(t(100, 'less-than'), [t(40, 'more-than'), t(60)]).consistent).toBe(false);
  });

  it('reconcile(total, parts) finds no overlap when hedged parts fall short of a hedged total', () => {
    // "about 100" is [90, 110]. "nearly 30" + 50 is [77, 80): far short. "nearly 40" + 50 is [86, 90): it stops
    // just before 90. "nearly 45" + 50 is [90.5, 95): inside.
    expect(reconcile(t(100, 'about'), [t(30, 'nearly'), t(50)]).consistent).toBe(false);
    expect(reconcile(t(100, 'about'), [t(40, 'nearly'), t(50)]).consistent).toBe(false);
    expect(reconcile(t(100, 'about'), [t(45, 'nearly'), t(50)]).consistent).toBe(true);
  });

  it('reconcile(total, parts) ignores floating-point noise: 0.1 + 0.2 is 0.3, 7.1 km + 0.916 km is 8.016 km', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(reconcile(t(0.3), [t(0.1), t(0.2)]).consistent).toBe(true);
    expect(reconcile(t(8.016), [t(7.1), t(0.916)]).consistent).toBe(true);
    expect(reconcile(t(0.3, 'more-than'), [t(0.1), t(0.2)]).consistent).toBe(false);
    expect(reconcile(t(0.3, 'less-than'), [t(0.1), t(0.2)]).consistent).toBe(false);
    expect(reconcile(t(0.31), [t(0.1), t(0.2)]).consistent).toBe(false);
  });

  /** Thousandths as integers, so the exact decimal sum is known without floating point. */
  const thousandths = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 });

  it('property: reconcile(total, parts) is consistent when the total is the exact sum of exact parts', () => {
    fc.assert(
      fc.property(thousandths, (ks) => {
        const parts = ks.map((k) => t(k / 1000));
        const total = t(ks.reduce((a, b) => a + b, 0) / 1000); // as a report would print it
        expect(reconcile(total, parts).consistent).toBe(true);
        expect(reconcile(t(total.value + 1), parts).consistent).toBe(false);
        expect(reconcile(t(total.value, 'more-than'), parts).consistent).toBe(false);
        expect(reconcile(t(total.value, 'at-least'), parts).consistent).toBe(true);
      }),
      RUNS,
    );
  });

  it('property: reconcile(total, parts) is consistent when the total is a sum of values drawn inside hedged parts', () => {
    const hedged = fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...QUALIFIERS), fc.integer({ min: 1, max: 99 }));
    fc.assert(
      fc.property(fc.array(hedged, { minLength: 1, maxLength: 12 }), (drawn) => {
        const parts = drawn.map(([v, q]) => t(v, q));
        const total = drawn.reduce((a, [v, q, k], i) => {
          const p = parts[i]!;
          const x = p.high === Infinity ? v + k : p.low + ((p.high - p.low) * k) / 100;
          expect(contains(p, x), `${q} ${v}: ${x}`).toBe(true);
          return a + x;
        }, 0);
        expect(reconcile(t(total), parts).consistent).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('scaleInterval(interval, factor)', () => {
  it('scaleInterval(interval, factor) converts units and keeps the hedge and open ends', () => {
    expect(scaleInterval(t(916), 0.001)).toEqual(exactInterval(0.916));
    expect(scaleInterval(t(7.1, 'more-than'), 1000)).toEqual({ value: 7100, qualifier: 'more-than', low: 7100, high: Infinity, lowOpen: true, highOpen: true });
    expect(scaleInterval(t(10, 'at-most'), 0.5)).toEqual({ value: 5, qualifier: 'at-most', low: 0, high: 5, lowOpen: false, highOpen: false });
    expect(scaleInterval(t(1.2, 'nearly'), 1000)).toMatchObject({ value: 1200, low: 1080, high: 1200, highOpen: true });
  });

  it('scaleInterval(interval, 1) returns the interval itself', () => {
    const i = t(5, 'about');
    expect(scaleInterval(i, 1)).toBe(i);
  });

  it('property: scaling then summing equals summing then scaling', () => {
    const reported = fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...QUALIFIERS)).map(([v, q]): ReportedNumber => ({ value: v, qualifier: q }));
    fc.assert(
      fc.property(fc.array(reported, { minLength: 1, maxLength: 10 }), fc.constantFrom(0.001, 1000, 10_000, 0.0001), (ns, k) => {
        const parts = ns.map(toInterval).filter((i) => !isEmpty(i));
        fc.pre(parts.length > 0);
        const a = scaleInterval(sumIntervals(parts), k);
        const s = createIntervalSum();
        for (const p of parts) s.add(p, k);
        const b = s.result();
        expect(b.qualifier).toBe(a.qualifier);
        for (const key of ['value', 'low', 'high'] as const) expect(close(a[key], b[key]), key).toBe(true);
      }),
      RUNS,
    );
  });
});
