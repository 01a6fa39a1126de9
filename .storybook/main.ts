import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories run against the sources, like the tests.
  viteFinal: (config) =>
    mergeConfig(config, {
      resolve: {
        alias: [
          { find: /^@danvan\/core\/data\/(.*)$/, replacement: here('../packages/core/data/$1') },
          { find: /^@danvan\/core$/, replacement: here('../packages/core/src/index.ts') },
          { find: /^@danvan\/widgets\/(.*)$/, replacement: here('../packages/widgets/src/$1') },
          { find: /^@danvan\/widgets$/, replacement: here('../packages/widgets/src/index.ts') },
        ],
      },
    }),
};

export default config;
