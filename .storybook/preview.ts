/// <reference types="vite/client" />
import { Controls, Description, Heading, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { createElement as h, Fragment } from 'react';
import { forStorybook, summaryOf, tagsFromDefineSources, type Manifest } from './element-docs.js';

// Globbed rather than imported: the typecheck runs before the build that writes the manifest (main.ts makes
// sure one exists before Vite starts).
const [manifestFile] = Object.values(
  import.meta.glob<Manifest>('../packages/widgets/custom-elements.json', { eager: true, import: 'default' }),
);
const defineSources = import.meta.glob<string>('../packages/widgets/src/*/*.define.ts', { eager: true, query: '?raw', import: 'default' });
const manifest = forStorybook(manifestFile!, tagsFromDefineSources(defineSources));
setCustomElementsManifest(manifest);

/**
 * The Docs page of an element: its summary and description from the manifest, how to load it, the first story
 * with its controls, every attribute, property, event, slot, CSS part and custom property, then the other stories.
 */
function ElementDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const tag = typeof preparedMeta.component === 'string' ? preparedMeta.component : '';
  const name = tag.replace(/^dv-/, '');
  const cdn = [
    `<!-- In a page: the CDN bundle registers every element (see "Embed in an article") -->`,
    `<script`,
    `  type="module"`,
    `  src="https://your-cdn.example/danvan/0.1.0/danvan.min.js"`,
    `  integrity="sha384-…from integrity.json…"`,
    `  crossorigin="anonymous"`,
    `></script>`,
    `<${tag} src="/data/your-dataset.json"></${tag}>`,
  ].join('\n');
  const npm = `// From npm, with a bundler: this element alone (see "Use from npm")\nimport '@danvan/widgets/${name}.js';`;
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle, null, summaryOf(manifest, tag)),
    h(Description),
    h(Source, { language: 'html', code: cdn }),
    h(Source, { language: 'js', code: npm }),
    h(Primary),
    h(Heading, null, 'Attributes, properties, events, slots, parts and CSS properties'),
    h(Controls),
    h(Stories),
  );
}

/**
 * The manifest describes every attribute and property, but each story draws from a few args of its own: only those
 * get a live control (the rest stay in the table, read-only), and those typed loosely in the manifest
 * (`string | undefined`) get the control their value calls for, not a JSON editor.
 */
const controlsForStoryArgs = Object.assign(
  (context: { argTypes: Record<string, Record<string, unknown>>; initialArgs: Record<string, unknown> }) => {
    const argTypes: Record<string, Record<string, unknown>> = {};
    for (const [name, argType] of Object.entries(context.argTypes)) {
      const value = context.initialArgs[name];
      const control = argType['control'] as { type?: string } | false | undefined;
      if (!(name in context.initialArgs)) argTypes[name] = { ...argType, control: false };
      else if ((!control || control.type === 'object') && ['string', 'number', 'boolean'].includes(typeof value) && !argType['options'])
        argTypes[name] = { ...argType, control: { type: typeof value === 'string' ? 'text' : typeof value } };
      else argTypes[name] = argType;
    }
    return argTypes;
  },
  { secondPass: true },
);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsForStoryArgs],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: { page: ElementDocsPage, toc: { headingSelector: 'h2, h3', ignoreSelector: '.sbdocs-subtitle' } },
    // axe runs on every story in the browser; a violation is an error, not a to-do.
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Guides', ['Introduction', 'Embed in an article', 'Use on a government portal', 'Use from npm', 'Bring your own boundaries', 'Theme it'], 'Elements'] },
    },
  },
};

export default preview;
