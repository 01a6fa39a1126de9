import { renderSources, renderTable } from '../internal/frame-parts.js';
import { registerDownloader } from '../internal/downloads-feature.js';
import { uiText } from '../internal/ui-text.js';
import '../bar-chart/bar-chart.define.js';
import '../line-chart/line-chart.define.js';
import '../stat/stat.define.js';
import '../waffle/waffle.define.js';
import '../table/table.define.js';
import '../map/map.define.js';
import type { Lang, QueryResult } from '@danvan/core';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

/** The tags `renderElement` can render. */
export const DV_TAGS = ['dv-bar-chart', 'dv-line-chart', 'dv-stat', 'dv-waffle', 'dv-table', 'dv-map'] as const;

/** A danvan element's tag. */
export type DvTag = (typeof DV_TAGS)[number];

/** An attribute value: a string, a number, `true` for a boolean attribute; `false`, `null` or `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** What to render an element with. */
export interface RenderElementOptions {
  /** The element's attributes as a page writes them (kebab-case): `{ by: 'field', cumulative: true }`. */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** The dataset to draw: a danvan dataset object, as `JSON.parse` gives it. Validated like the client does. */
  readonly data?: unknown;
  /**
   * The page's language, for an element without a `lang` attribute: written on the element, so that the client
   * speaks the language the server did.
   */
  readonly lang?: Lang;
  /**
   * Embed `data` in the element as an inline `<script type="application/json">` (default), so the client draws
   * at once from it. `false` for large data: the client then loads the element's `src` itself, and keeps the
   * server's drawing on screen meanwhile.
   */
  readonly embed?: boolean;
  /**
   * The width to draw at, in CSS px: the width the element will have on the page (its column), so that the
   * client, which redraws at the width it measures, draws the same. Default 640. The SVG scales to other widths.
   */
  readonly width?: number;
  /**
   * Send the shadow root as declarative shadow DOM (default). `false` sends only the light DOM (the inline data
   * and the fallback table and source line, shown until the script draws the chart): for pages whose
   * Content-Security-Policy forbids inline styles (`style-src 'self'`), which would block the `<style>` a
   * declarative shadow root carries, while the client's constructed stylesheets are allowed.
   */
  readonly shadow?: boolean;
}

// Tag names cannot be bound in a template: each tag is a static literal, never text from the caller.
const TAGS: Readonly<Record<DvTag, StaticValue>> = {
  'dv-bar-chart': literal`dv-bar-chart`,
  'dv-line-chart': literal`dv-line-chart`,
  'dv-stat': literal`dv-stat`,
  'dv-waffle': literal`dv-waffle`,
  'dv-table': literal`dv-table`,
  'dv-map': literal`dv-map`,
};

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/i;

/**
 * Before the element is defined (scripts still loading), the download menu cannot work: hidden, but keeping its
 * room so the upgrade moves nothing.
 */
const PRE_UPGRADE = '<style>:host(:not(:defined)) [part~="downloads"]{visibility:hidden}</style>';

/**
 * Parsed as markup only when scripting is off (with scripts on, `<noscript>` is inert text): no download menu, and
 * the data table, visually hidden for screen readers, shown to every reader under the chart (after a waffle's grid
 * and legend too, whose figure is a flex row ordering its parts).
 */
const NO_SCRIPT =
  '<noscript><style>[part~="downloads"]{display:none}' +
  '.visually-hidden:has(>[part~="table"]){position:static;width:auto;height:auto;margin:.75em 0 0;overflow:visible;clip-path:none;white-space:normal;flex:1 1 100%;order:2}' +
  '.visually-hidden>[part~="table"]{border-collapse:collapse;font-size:.875em}' +
  '.visually-hidden>[part~="table"] caption{text-align:start;font-weight:600;padding-bottom:.25em}' +
  '.visually-hidden>[part~="table"] :is(th,td){text-align:start;padding:.2em 1em .2em 0;border-bottom:1px solid var(--_grid)}' +
  '</style></noscript>';

/**
 * What the server reads back from an element it rendered, to write the light-DOM fallback from the element's own
 * parts (its data table, its notes and source line): protected members of `DvElement`, read on purpose.
 */
interface ServerView {
  readonly result: QueryResult | undefined;
  readonly language: Lang;
  readonly size: { width: number };
  readonly note?: string | undefined;
  readonly loader: { readonly state: string; readonly dataset?: { readonly synthetic?: boolean | undefined } | undefined };
  hasData(result: QueryResult): boolean;
  headingText(): string;
  groupHeader(): string;
  renderDataTable(result: QueryResult): TemplateResult;
}

// The download menu is part of the markup when the page loads '@danvan/widgets/downloads.js' (the CDN bundle
// does): the server draws it too, so the client's first render matches. It never runs here. Pages without
// downloads set `no-download` on the element.
registerDownloader(async () => {});

/** Lit's hydration markers: this package's client re-renders instead of hydrating, so they are only weight. */
function stripMarkers(markup: string): string {
  return markup.replace(/<!--\/?lit-(?:part|node)[^-]*-->|<\?>/g, '');
}

function toString(template: TemplateResult | typeof nothing): string {
  return stripMarkers(collectResultSync(render(template)));
}

/** JSON for an inline script: `<` escaped so no `</script>` or `<!--` in the data can end or bend the element. */
function inlineJson(data: unknown): string {
  return `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

interface Prepared {
  readonly template: TemplateResult;
  readonly renderer: typeof LitElementRenderer;
  readonly view: () => ServerView | undefined;
}

function prepare(tag: DvTag, options: RenderElementOptions): Prepared {
  if (!Object.hasOwn(TAGS, tag)) throw new TypeError(`Not a danvan element: ${String(tag)}`);
  const literalTag = TAGS[tag];
  const attributes: [string, string][] = [];
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`Not an attribute name: ${name}`);
    if (value === false || value === null || value === undefined) continue;
    attributes.push([name.toLowerCase(), value === true ? '' : String(value)]);
  }
  if (options.lang && !attributes.some(([name]) => name === 'lang')) attributes.push(['lang', options.lang]);
  let view: ServerView | undefined;
  // The renderer for this one element: sets its attributes and data before it renders, and keeps hold of it.
  class Renderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement, name?: string): boolean {
      return name === tag && LitElementRenderer.matchesClass(ctor);
    }
    constructor(name: string) {
      super(name);
      for (const [attribute, value] of attributes) this.setAttribute(attribute, value);
      if (options.data !== undefined) this.setProperty('data', options.data);
      view = this.element as unknown as ServerView;
      if (options.width) view.size.width = Math.floor(options.width);
    }
  }
  return { template: staticHtml`<${literalTag}></${literalTag}>`, renderer: Renderer, view: () => view };
}

/**
 * The light-DOM fallback, for readers that drop templates (feed readers) or know no declarative shadow DOM: the
 * element's data table as a real table (figures with their hedges), its notes and its source line.
 */
function fallback(view: ServerView | undefined): string {
  const result = view?.result;
  if (!view || !result || view.loader.state !== 'ready' || !view.hasData(result)) return '';
  const lang = view.language;
  // The element's own data table; a dv-table is its own table, so it gets the one the charts share.
  const table =
    toString(view.renderDataTable(result)).match(/<table[\s\S]*<\/table>/)?.[0] ??
    toString(renderTable(result, lang, view.headingText(), view.groupHeader())).match(/<table[\s\S]*<\/table>/)?.[0] ??
    '';
  const notes = toString(html`${view.note ? html`<p>${view.note}</p>` : nothing}${view.loader.dataset?.synthetic ? html`<p>${uiText(lang).synthetic}</p>` : nothing}`);
  return `${table}${notes}${toString(renderSources(result.sources, lang))}`;
}

function finish(tag: DvTag, markup: string, options: RenderElementOptions, view: ServerView | undefined): string {
  let out = stripMarkers(markup);
  if (options.shadow === false) out = out.replace(/<template shadowroot[\s\S]*<\/template>/, '');
  // The no-JavaScript styles go first in the shadow root, before the element's own.
  else out = out.replace(/(<template shadowroot(?:mode)?="open"[^>]*>)/, `$1${PRE_UPGRADE}${NO_SCRIPT}`);
  const data = options.data !== undefined && options.embed !== false ? inlineJson(options.data) : '';
  const close = out.lastIndexOf(`</${tag}>`);
  return `${out.slice(0, close)}${data}${fallback(view)}${out.slice(close)}`;
}

/**
 * Renders a danvan element with its data to HTML, for pages that must show charts without JavaScript: the
 * element's shadow root as declarative shadow DOM (the chart, its visible source line, its visually hidden data
 * table), the data as an inline JSON child, and a light-DOM fallback (a real table with the figures and their
 * hedges, the notes and the source line) for readers that drop templates (RSS) or predate declarative shadow DOM.
 * When the element's script loads, it upgrades from the inline data to the same markup in the same place.
 *
 * Drawn at `width` (default 640 CSS px): give the width of the page's column, and the client draws the same; in
 * narrower columns the SVG scales until the client redraws for the width it has.
 *
 * Node only. The `<style>` in declarative shadow DOM is an inline style, which a `style-src 'self'` policy blocks:
 * such pages should let the client draw (its styles are constructed stylesheets, which the policy allows) and
 * server-render only the fallback table, with `shadow: false`.
 *
 * @example
 * const data = JSON.parse(await readFile('ha-tinh.json', 'utf8'));
 * const markup = await renderElement('dv-bar-chart', { attributes: { by: 'field' }, data, lang: 'vi' });
 */
export async function renderElement(tag: DvTag, options: RenderElementOptions = {}): Promise<string> {
  const { template, renderer, view } = prepare(tag, options);
  const markup = await collectResult(render(template, { elementRenderers: [renderer] }));
  return finish(tag, markup, options, view());
}

/**
 * `renderElement`, synchronously: danvan elements render without waiting on anything once they have their data.
 *
 * @example
 * const markup = renderElementSync('dv-stat', { data, attributes: { heading: 'Mô hình từ năm 2013' } });
 */
export function renderElementSync(tag: DvTag, options: RenderElementOptions = {}): string {
  const { template, renderer, view } = prepare(tag, options);
  const markup = collectResultSync(render(template, { elementRenderers: [renderer] }));
  return finish(tag, markup, options, view());
}
