// Which Chromium the tests, benchmarks and tools launch, and with which flags: one list for all of them.
import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named by CHROMIUM_PATH. Tests never download a browser. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install Debian's chromium or set CHROMIUM_PATH`);
  return path;
}

/**
 * Flags for headless Chromium on a machine with a closed network: no sandbox (root), no GPU, and none of the
 * background services that would try to reach the internet.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];
