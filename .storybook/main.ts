import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';
import { ensureManifest } from './ensure-manifest.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The element Docs pages read custom-elements.json: have one before Vite starts.
ensureManifest();

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs: MDX guides and a Docs page per element (autodocs). A11y: axe runs on every story, in the browser.
  // The guides' tables are GitHub-flavoured Markdown, which MDX leaves out.
  addons: [
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The guides' examples load real files from the site itself, as a page would: `data/ha-tinh.json`,
  // `files/mo-hinh-mau.csv`. Nothing is fetched from elsewhere.
  staticDirs: [
    { from: '../packages/core/data', to: '/data' },
    { from: '../stories/docs/files', to: '/files' },
  ],
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
