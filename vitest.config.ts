import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests run against the sources, not the builds (except e2e, which exists to test the builds).
const alias = [
  { find: /^@danvan\/core\/data\/(.*)$/, replacement: here('./packages/core/data/$1') },
  { find: /^@danvan\/core$/, replacement: here('./packages/core/src/index.ts') },
  { find: /^@danvan\/widgets$/, replacement: here('./packages/widgets/src/index.ts') },
  { find: /^@danvan\/widgets\/(.*)$/, replacement: here('./packages/widgets/src/$1') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    projects: [
      {
        resolve: { alias },
        test: { name: 'core', include: ['test/core/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'widgets',
          include: ['test/widgets/**/*.test.ts'],
          setupFiles: ['test/widgets/setup.ts'],
          globalSetup: ['test/widgets/global-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
