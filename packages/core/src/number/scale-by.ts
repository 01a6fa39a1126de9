/**
 * Multiplies a figure by a unit's scale ("triệu" is 1,000,000) without binary noise: 0.7 triệu is 700000, not
 * 700000.0000000001. Fifteen significant digits is all a double holds anyway.
 *
 * @example
 * scaleBy(0.7, 1e6); // 700000
 */
export function scaleBy(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}
