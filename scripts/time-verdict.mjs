import { rankSum } from './rank-sum.mjs';

/** A gap between two libraries' load times counts when the rank-sum test's two-sided p is below this. */
export const ALPHA = 0.05;

/** "p = 0.012", or "p < 0.001". */
export const pValue = (p) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/**
 * The benchmark headline's "faster than every peer?" cell for one case. danvan is faster only when the rank-sum test
 * tells its load times apart from every peer's (p < ALPHA), danvan's being the lower (z < 0); a peer the test cannot
 * tell apart is a tie, which is not faster. Peers that never drew are left out by the caller.
 *
 * @param {readonly number[]} danvan danvan's load times (ms)
 * @param {readonly { name: string, times: readonly number[] }[]} peers
 * @returns {string} Markdown: `yes (the closest: …)`, `**no, a tie** with …` or `**no**: behind …`.
 * @example
 * timeVerdict([100, 104, 98], [{ name: 'Chart.js', times: [101, 99, 103] }]); // '**no, a tie** with Chart.js (p = 1.000)'
 */
export function timeVerdict(danvan, peers) {
  if (!danvan.length) return '**no**: never visible';
  const tests = peers.map(({ name, times }) => ({ name, ...rankSum(danvan, times) }));
  const named = ({ name, p }) => `${name} (${pValue(p)})`;
  const tied = tests.filter((t) => !(t.p < ALPHA));
  const behind = tests.filter((t) => t.p < ALPHA && t.z > 0);
  if (behind.length) return `**no**: behind ${behind.map(named).join(', ')}${tied.length ? `; tied with ${tied.map(named).join(', ')}` : ''}`;
  if (tied.length) return `**no, a tie** with ${tied.map(named).join(', ')}`;
  return `yes (the closest: ${named(tests.reduce((a, b) => (b.p > a.p ? b : a)))})`;
}
