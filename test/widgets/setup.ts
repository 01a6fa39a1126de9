// Every widget test is quiet: an unexpected console warning or error (a Lit dev-mode warning, a failed fetch
// logged by the page) fails the test that caused it.
import { afterEach, beforeEach, vi } from 'vitest';

const noise: string[] = [];

beforeEach(() => {
  // The pages danvan is written for are Vietnamese; tests that want English say so.
  document.documentElement.lang = 'vi';
  noise.length = 0;
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      noise.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  if (noise.length) throw new Error(`Unexpected console output:\n${noise.join('\n')}`);
});
