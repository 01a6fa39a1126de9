/**
 * How precisely one benchmark run knows the ratio of two libraries' median load times. A run's ratio moves from run
 * to run on a shared machine (danvan's 2,000 bars against Plot: 0.92× in one run, 0.99× in the next), and a reader
 * of BENCHMARKS.md should see how far it could move without running it again: the percentile bootstrap gives an
 * interval for it. The rank-sum test (scripts/rank-sum.mjs) still decides "faster"; this says by how much, give or
 * take.
 */
import { quantile } from 'd3-array';
import { randomInt, randomLcg } from 'd3-random';

/**
 * A percentile-bootstrap interval for median(a) ÷ median(b): both sets of loads resampled with replacement,
 * `resamples` times, the ratio of the resamples' medians each time, and the middle `level` of those ratios. The
 * random numbers come from a fixed seed, so the same loads always give the same interval.
 *
 * @param {readonly number[]} a e.g. danvan's load times
 * @param {readonly number[]} b e.g. the fastest peer's
 * @param {{ resamples?: number, level?: number, seed?: number }} [options]
 * @returns {[number, number]} the interval's ends; NaN for an empty set
 * @example
 * ratioInterval([90, 95, 100, 105, 110], [100, 105, 110, 115, 120]); // about [0.79, 1.05], around 100 ÷ 110
 */
export function ratioInterval(a, b, { resamples = 2000, level = 0.95, seed = 0.5 } = {}) {
  if (!a.length || !b.length) return [NaN, NaN];
  const source = randomLcg(seed);
  const median = (xs) => {
    const pick = randomInt.source(source)(xs.length);
    return quantile(Array.from(xs, () => xs[pick()]), 0.5);
  };
  const ratios = Array.from({ length: resamples }, () => median(a) / median(b));
  const tail = (1 - level) / 2;
  return [quantile(ratios, tail), quantile(ratios, 1 - tail)];
}
