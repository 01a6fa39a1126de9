import type { Pipe } from './cdp-pipe.mjs';

/** See bench-browser.mjs: the benchmark's browser half. */
export declare const CSP: string;

/** What one timed load found: the visible mark's time, uncaught errors, and what is read once visible. */
export interface TimedLoad {
  time?: number;
  errors: string[];
  nodes?: number;
  heap?: number;
  task?: number;
}
export declare function pipeLoad(pipe: Pick<Pipe, 'send'>, url: string, timeout?: number): Promise<TimedLoad>;

export declare function measureBrowser(options: {
  dist: string;
  pages: Record<string, Record<string, { path: string; js: string }>>;
  runs: number;
  libs: readonly string[];
  cases: readonly string[];
  driver?: 'pipe' | 'playwright';
  log?: (...args: unknown[]) => void;
}): Promise<{ results: Record<string, Record<string, unknown>>; chromium: string }>;
