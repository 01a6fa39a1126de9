/**
 * The Wilcoxon rank-sum (Mann–Whitney U) test, two-sided, for the benchmark's verdicts: are two libraries' load
 * times really apart, or is the gap between their medians within the noise of fresh page loads? It asks nothing
 * of the times' distribution (they are skewed, with a long tail of busy spells). Normal approximation with the
 * correction for ties and for continuity, as R's `wilcox.test(exact = FALSE)` and SciPy's
 * `mannwhitneyu(method='asymptotic')` compute it: good from about 8 loads a side, and the benchmark makes 15 or more.
 *
 * @param {readonly number[]} a
 * @param {readonly number[]} b
 * @returns {{ u: number, z: number, p: number }} U of `a` (how many of the pairs `a` wins by being larger, a tie
 *   counting half), its z score and the two-sided p-value.
 * @example
 * rankSum([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]); // { u: 0, z: -2.51, p: 0.012 }
 */
export function rankSum(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return { u: NaN, z: NaN, p: NaN };
  const all = [...a.map((v) => ({ v, first: true })), ...b.map((v) => ({ v, first: false }))].sort((x, y) => x.v - y.v);
  const n = all.length;
  let rankSumA = 0;
  let ties = 0; // Σ (t³ − t) over the groups of equal values
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && all[j].v === all[i].v) j++;
    const rank = (i + 1 + j) / 2; // the mean of ranks i+1 … j
    for (let k = i; k < j; k++) if (all[k].first) rankSumA += rank;
    const t = j - i;
    ties += t ** 3 - t;
    i = j;
  }
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1))));
  if (sd === 0) return { u, z: 0, p: 1 };
  const gap = u - mean;
  const z = (gap - Math.sign(gap) * Math.min(0.5, Math.abs(gap))) / sd;
  return { u, z, p: Math.min(1, 2 * normalTail(Math.abs(z))) };
}

/**
 * P(Z > z) for a standard normal Z, z ≥ 0: the complementary error function by the Chebyshev fit in Numerical
 * Recipes (`erfcc`), whose relative error is below 1.2e-7 everywhere.
 */
function normalTail(z) {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const c = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
  let poly = 0;
  for (let i = c.length - 1; i >= 0; i--) poly = c[i] + t * poly;
  poly -= x * x;
  return (t * Math.exp(poly)) / 2;
}
