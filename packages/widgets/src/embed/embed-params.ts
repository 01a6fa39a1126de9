import { stripUrlControls, toLang, type Lang } from '@danvan/core';

/** The elements an embed page may show (`el=`). */
export const EMBED_ELEMENTS = ['dv-bar-chart', 'dv-line-chart', 'dv-stat', 'dv-waffle', 'dv-table', 'dv-map'] as const;

/**
 * The query parameters an embed page copies onto its element, when the element has that attribute: the elements'
 * documented data, query and presentation attributes. `theme` (`dark` | `light`) is read by every element; `lang`
 * goes on the page's `<html>`. Anything else in the URL (`el` and `id` aside) is ignored.
 */
export const EMBED_ATTRIBUTES = [
  // data
  'src',
  'metric',
  // query
  'by',
  'series',
  'field',
  'place',
  'from',
  'to',
  'at',
  'level',
  'status',
  'host',
  'cumulative',
  'sort',
  'order',
  'limit',
  // frame
  'heading',
  'note',
  'no-download',
  'theme',
  // dv-bar-chart
  'orientation',
  'arrangement',
  // dv-map
  'mode',
  'classes',
  'thresholds',
  'geo',
  'geo-key',
  // dv-stat
  'compare',
  'compare-from',
  'compare-to',
  'sparkline',
  // dv-table
  'selectable',
] as const;

/** Attributes holding a URL the element will fetch. */
const URL_ATTRIBUTES = new Set<string>(['src', 'geo']);
/** Boolean attributes: `cumulative`, `cumulative=` and `cumulative=true` turn it on; `false` and `0` leave it off. */
const BOOLEAN_ATTRIBUTES = new Set<string>(['cumulative', 'no-download', 'sparkline', 'selectable']);

/** What an embed page shows, read from its URL. */
export interface EmbedPlan {
  /** The page's language, from `lang` (`vi` unless English is asked for). */
  readonly lang: Lang;
  /** The `id` parameter, echoed in height messages; at most 64 characters. */
  readonly id: string | undefined;
  /** The element to create; `undefined` when `el` names no embeddable, registered element. */
  readonly tag: string | undefined;
  /** `el` names an embeddable element that is not registered: the CDN bundle beside the page did not load. */
  readonly unregistered: boolean;
  /** Attributes to set on the element, in allow-list order; URLs resolved against the page. */
  readonly attributes: ReadonlyArray<readonly [name: string, value: string]>;
  /** URL parameters refused because they are not http(s) or relative (`javascript:`, `data:`, …). */
  readonly refused: readonly string[];
}

/**
 * Resolves a URL parameter against the embed page after removing control characters, whitespace and invisible
 * marks; keeps it only if it is then an `http:` or `https:` URL (a relative path always is).
 *
 * @example
 * embedUrl('../data/ha-tinh.json', 'https://cdn.example/w/dist/embed.html'); // 'https://cdn.example/w/data/ha-tinh.json'
 * embedUrl(' JaVa\tScRiPt:alert(1)', 'https://cdn.example/'); // undefined
 */
export function embedUrl(raw: string, base: string): string | undefined {
  try {
    const url = new URL(stripUrlControls(raw), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads an embed page's query string: which element, which of its attributes, which language. Only elements of
 * `EMBED_ELEMENTS` that `attributesOf` knows (the registered element's observed attributes) are created, and only
 * attributes of `EMBED_ATTRIBUTES` that the element has. Pure: the page applies the plan with `setAttribute`.
 *
 * @example
 * planEmbed('?el=dv-bar-chart&src=data.json&by=field&onclick=x', 'https://a.example/embed.html', (tag) => customElements.get(tag)?.observedAttributes);
 * // { tag: 'dv-bar-chart', attributes: [['src', 'https://a.example/data.json'], ['by', 'field']], refused: [], … }
 */
export function planEmbed(search: string, base: string, attributesOf: (tag: string) => readonly string[] | undefined): EmbedPlan {
  const params = new URLSearchParams(search);
  const lang = toLang(params.get('lang'));
  const id = params.get('id')?.slice(0, 64) || undefined;
  const el = params.get('el')?.trim().toLowerCase() ?? '';
  const embeddable = (EMBED_ELEMENTS as readonly string[]).includes(el);
  const known = embeddable ? attributesOf(el) : undefined;
  if (!known) return { lang, id, tag: undefined, unregistered: embeddable, attributes: [], refused: [] };
  const attributes: [string, string][] = [];
  const refused: string[] = [];
  for (const name of EMBED_ATTRIBUTES) {
    let value = params.get(name);
    if (value === null || (name !== 'theme' && !known.includes(name))) continue;
    if (URL_ATTRIBUTES.has(name)) {
      // A blank URL is no URL (the element shows its idle state), not the embed page's own address.
      if (!stripUrlControls(value)) continue;
      const url = embedUrl(value, base);
      if (url === undefined) {
        refused.push(name);
        continue;
      }
      value = url;
    } else if (BOOLEAN_ATTRIBUTES.has(name)) {
      if (value === 'false' || value === '0') continue;
      value = '';
    } else if (name === 'theme' && value !== 'dark' && value !== 'light') continue;
    attributes.push([name, value]);
  }
  return { lang, id, tag: el, unregistered: false, attributes: refused.length ? [] : attributes, refused };
}
