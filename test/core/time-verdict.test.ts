import { describe, expect, it } from 'vitest';
import { timeVerdict } from '../../scripts/time-verdict.mjs';

// 15 loads a side, as the smallest benchmark run makes: `fast` beats `slow` in every pair (p < 0.001), and
// `nudged` is `fast` one millisecond later, which no test can tell apart from it.
const fast = Array.from({ length: 15 }, (_, i) => 100 + i);
const slow = fast.map((t) => t + 15);
const nudged = fast.map((t) => t + 1);

describe('timeVerdict (the benchmark headline\'s "faster than every peer?")', () => {
  it('says yes only when the test tells danvan apart from every peer, naming the least clear win', () => {
    expect(timeVerdict(fast, [{ name: 'Chart.js', times: slow }, { name: 'Plot', times: slow.map((t) => t + 20) }])).toBe(
      'yes (the closest: Chart.js (p < 0.001))',
    );
  });

  it('calls a lower median the test cannot tell apart a tie, and a tie is not a yes', () => {
    expect(timeVerdict(fast, [{ name: 'Chart.js', times: slow }, { name: 'Plot', times: nudged }])).toBe('**no, a tie** with Plot (p = 0.561)');
    expect(timeVerdict(nudged, [{ name: 'Plot', times: fast }])).toBe('**no, a tie** with Plot (p = 0.561)');
  });

  it('names the peers danvan is behind, then those it is tied with', () => {
    expect(timeVerdict(slow, [{ name: 'Chart.js', times: fast }, { name: 'Plot', times: slow }])).toBe(
      '**no**: behind Chart.js (p < 0.001); tied with Plot (p = 1.000)',
    );
  });

  it('says so when danvan never drew', () => {
    expect(timeVerdict([], [{ name: 'Plot', times: fast }])).toBe('**no**: never visible');
  });
});
