/**
 * Shares `seats` whole units out among `weights` by the largest-remainder (Hamilton) method: each gets the whole
 * part of its quota, and the units left over go to the largest fractional parts, so the counts always add up to
 * `seats`. Ties go to the larger quota, then to the earlier weight. Negative weights count as 0; when every weight
 * is 0 nothing is handed out.
 *
 * @example
 * largestRemainder([8000, 5800, 3300, 2200]); // [42, 30, 17, 11]
 */
export function largestRemainder(weights: readonly number[], seats = 100): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, w) => a + w, 0);
  if (sum <= 0) return clean.map(() => 0);
  // Quotas are rounded to 1e-9 first, so 30.000000000004 counts as 30 and not as a remainder.
  const quotas = clean.map((w) => Math.round((w / sum) * seats * 1e9) / 1e9);
  const counts = quotas.map((q) => Math.floor(q));
  let left = seats - counts.reduce((a, c) => a + c, 0);
  const rest = quotas.map((q, i) => Math.round((q - counts[i]!) * 1e9) / 1e9);
  const order = quotas.map((_, i) => i).sort((a, b) => rest[b]! - rest[a]! || quotas[b]! - quotas[a]! || a - b);
  for (const i of order) {
    if (left <= 0) break;
    counts[i]!++;
    left--;
  }
  return counts;
}
