/**
 * Splits a whole number into whole parts in proportion to weights, by largest remainder (Hamilton's method): each
 * part gets the floor of its exact share, and the units left over go to the largest fractions, earlier parts first
 * on ties. The parts always add up to `total`, and only arithmetic is used, so every machine gets the same split.
 *
 * @example
 * apportion(10, [1, 1, 1]); // [4, 3, 3]
 * apportion(19382, [7961, 5874, 3347, 2200]); // [7961, 5874, 3347, 2200]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = weights
    .map((w, i) => ({ i, rest: (total * w) % sum }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]!++;
  return parts;
}
