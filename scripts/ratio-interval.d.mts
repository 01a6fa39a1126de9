/** See ratio-interval.mjs: a percentile-bootstrap interval for median(a) ÷ median(b), from a fixed seed. */
export declare function ratioInterval(
  a: readonly number[],
  b: readonly number[],
  options?: { resamples?: number; level?: number; seed?: number },
): [number, number];
