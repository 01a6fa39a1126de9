/**
 * Makes a picker of indexes in proportion to weights: give it a uniform number in [0, 1), get back an index. The
 * cumulative weights are worked out once, so picking among a few dozen entries costs a short scan.
 *
 * @example
 * const pick = weightedIndex([3, 1]);
 * pick(0.5); // 0
 * pick(0.8); // 1
 */
export function weightedIndex(weights: readonly number[]): (u: number) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += Math.max(0, w)));
  const last = cumulative.length - 1;
  return (u) => {
    const target = u * sum;
    let i = 0;
    while (i < last && cumulative[i]! <= target) i++;
    return i;
  };
}
