// Turns packages/widgets/custom-elements.json into what Storybook's web-components docs read: each element's
// attributes, properties, events, slots, CSS parts and CSS custom properties, found by tag name.

interface Item {
  name: string;
  description?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  [key: string]: unknown;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  events?: Item[];
  [key: string]: unknown;
}

/** The part of a custom elements manifest (schema 2.x) that the docs use. */
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[]; exports?: unknown[] }[];
}

/**
 * Tag names from the elements' registration modules (`define('dv-bar-chart', DvBarChart)` in
 * `bar-chart.define.ts`), for a manifest written without the widgets' analyzer plugin
 * (packages/widgets/custom-elements-manifest.config.mjs): on its own, the analyzer only sees direct
 * `customElements.define` calls, and danvan registers through a guard that tolerates a second copy of the script.
 */
export function tagsFromDefineSources(sources: Record<string, string>): Map<string, string> {
  const tags = new Map<string, string>();
  for (const text of Object.values(sources)) {
    for (const [, tag, className] of text.matchAll(/\bdefine\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*,\s*(\w+)\s*\)/g)) {
      tags.set(className!, tag!);
    }
  }
  return tags;
}

/**
 * The manifest with a `tagName` on each registered element class and only what a page author can use: public,
 * non-static fields. Storybook keys the docs table by name, so slots and parts get the names one writes in a page
 * (`slot="heading"`, `::part(heading)`) and no longer hide the `heading` attribute.
 */
export function forStorybook(manifest: Manifest, tags: ReadonlyMap<string, string>): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => {
        const tagName = d.tagName ?? tags.get(d.name);
        if (d.kind !== 'class' || !tagName) return d;
        return {
          ...d,
          tagName,
          members: d.members?.filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public'),
          slots: d.slots?.map((s) => ({ ...s, name: s.name ? `slot="${s.name}"` : '(default)' })),
          cssParts: d.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` })),
        };
      }),
    })),
  };
}

/** The summary (`@summary`) of the element registered as `tag`. */
export function summaryOf(manifest: Manifest, tag: string): string | undefined {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d.summary;
  return undefined;
}
