import { DIMENSIONS, formatReported, labelsFor, partialDateRange, placeIndex, query, queryTitle, summarize, type Dataset, type Dimension, type Field, type Lang, type Query, type QueryResult, type Sort } from '@danvan/core';
import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from './data-controller.js';
import { emit } from './emit.js';
import { DOWNLOAD_KINDS, type DownloadKind } from './download-menu.js';
import { downloadMenu } from './downloads-feature.js';
import { formatShare, renderError, renderSources, renderState, renderTable } from './frame-parts.js';
import { renderLegend, type LegendItem } from './legend.js';
import type { Mark } from './mark.js';
import { MarkNavigation } from './mark-navigation.js';
import { ResizeController } from './resize-controller.js';
import { resolveLang } from './resolve-lang.js';
import { resolveTheme, type Theme } from './resolve-theme.js';
import { sharedStyles } from './shared.styles.js';
import { uiText } from './ui-text.js';

const PLACE_DIMS = new Set(['district', 'commune', 'place']);

// An attribute value the query cannot use counts as absent, as HTML treats an invalid enumerated attribute: a CMS
// template's `by="{{dim}}"` or `to="2023-13"` must not break the figure.
const dimension = (v: string | undefined): Dimension | undefined => (DIMENSIONS.includes(v as Dimension) ? (v as Dimension) : undefined);
const date = (v: string | undefined): string | undefined => (v && partialDateRange(v) ? v : undefined);
/** An attribute's value, or undefined for an empty one (`place=""`) or `false`: no filter. */
const some = <T,>(v: T): T | undefined => v || undefined;

// A result of more rows than this has its data table, and its marks their accessible names, drawn after the chart
// has painted, in a task of its own: two thousand hidden rows and names cost more than the drawing itself, and a
// reader waits for the chart, not for what nobody sees; a screen reader gets both a frame later.
const TABLE_AFTER_PAINT = 200;

// How long an element loading `src` waits for it before it shows its loading state (see `serverNodes`): below the
// tenth of a second or so that reads as at once, with room for a page's own work.
const QUIET_LOAD_MS = 150;
// What the loading state adds to the chart's reserved height at the default font size, in pixels: a heading line
// (1.125 em at 1.3 line height, 0.5 em below it) and the caption's top margin (0.5 em of 0.8125 em).
const FRAME_HEIGHT = 39;
/** The name of the update request that ends a load's first moments (not a property: its value is nothing). */
const QUIET_OVER = 'quiet-over';

/**
 * The base every danvan chart element shares: data loading, the query built from attributes, language, theme,
 * size, the figure frame (heading, legend, source line, notes, hidden table, downloads, states), keyboard access
 * over marks and tooltips. Subclasses draw: they implement `renderChart()` and describe their marks in `marks()`.
 *
 * The tags below are what every element inherits in `custom-elements.json`.
 *
 * @attr {'vi' | 'en'} lang - `vi` or `en`. Default: the nearest `lang` up the page (`<html lang="vi">`), else Vietnamese.
 *
 * @csspart note - Each note under the chart: the `note` attribute, and the illustrative-data note.
 * @csspart synthetic - The note saying the data are illustrative.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty [--dv-font-size=medium] - Base font size (the reader's default size; a page's root font size does not change it).
 * @cssproperty [--dv-heading-size=1.125em] - Size of the heading.
 * @cssproperty [--dv-padding=0] - Space inside the figure.
 * @cssproperty [--dv-text-muted=#57606a] - Secondary text: axis labels, notes, states (`--dv-text-muted-dark`).
 * @cssproperty [--dv-grid=#d0d7de] - Gridlines and rules (`--dv-grid-dark`).
 * @cssproperty [--dv-surface=#ffffff] - Background of tooltips and the download menu (`--dv-surface-dark`).
 * @cssproperty [--dv-focus=#0a58ca] - Focus outline (`--dv-focus-dark`).
 * @cssproperty [--dv-error=#b42318] - Error messages (`--dv-error-dark`).
 * @cssproperty [--dv-on-mark=#ffffff] - Text drawn on a mark (`--dv-on-mark-dark`).
 * @cssproperty [--dv-min-height=8em] - Least height of the loading, empty and error states.
 */
export abstract class DvElement extends LitElement {
  static override styles = [sharedStyles];

  // Declared in one object rather than with `@property` on each field: TypeScript's decorator calls and their
  // helper would cost about 0.2 KB brotli in every element. The fields below carry the types and the docs.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    metric: {},
    by: {},
    series: {},
    field: {},
    place: {},
    from: {},
    to: {},
    at: {},
    level: {},
    status: {},
    hostKind: { attribute: 'host' },
    cumulative: { type: Boolean },
    sort: {},
    order: {},
    limit: { type: Number },
    heading: {},
    note: {},
    noDownload: { type: Boolean, attribute: 'no-download' },
  };

  /** URL of a danvan dataset (JSON) or of a models spreadsheet (CSV). One fetch per URL per page. */
  declare src?: string;
  /** A dataset object given directly; validated like a fetched one. Takes precedence over `src`. */
  declare data?: unknown;
  /** Give up loading `src` after this many milliseconds (default 15000). */
  declare timeout?: number;
  /** Refuse a `src` body larger than this many bytes (default 20 MB). */
  declare maxBytes?: number;

  /** `models` (default) or an outcome metric id such as `households-donating-land`. */
  declare metric?: string;
  /** The dimension rows are grouped by: field, year, district, commune, place, status, host, level. */
  declare by?: Dimension;
  /** A second dimension that splits each row (stacked or grouped bars, one line per field). */
  declare series?: Dimension;
  /** One field, or several separated by commas. */
  declare field?: string;
  /** A place code (GSO), e.g. `443` for Can Lộc; covers the place and all within it. */
  declare place?: string;
  /** Start of the period: `2013`, `2023-01`, `2023-01-15`. */
  declare from?: string;
  /** End of the period. */
  declare to?: string;
  /** Group places as they stood on this date (maps pre-reform units to their successors). */
  declare at?: string;
  /** Only models recognised at this level. */
  declare level?: string;
  /** Only models with this status. */
  declare status?: string;
  /** Only models hosted by this kind of organisation (attribute `host`). */
  declare hostKind?: string;
  /** Running totals along the rows. */
  cumulative = false;
  /** `natural`, `value` or `label`. */
  declare sort?: Sort;
  /** `asc` or `desc`. */
  declare order?: 'asc' | 'desc';
  /** Show only the first rows after sorting. */
  declare limit?: number;

  /** The title above the chart; made from the query when absent. A `heading` slot overrides both. */
  declare heading?: string;
  /** A note printed under the chart. */
  declare note?: string;
  /** Hide the download menu. */
  noDownload = false;

  protected readonly loader = new DataController(this);
  protected readonly size = new ResizeController(this);
  protected readonly nav = new MarkNavigation(this);
  /** The language in use, resolved at each update from `lang` here or up the page. */
  protected language: Lang = 'vi';
  protected theme: Theme = 'light';
  protected result: QueryResult | undefined;
  /** The last question asked of core, kept so that an update which asks the same (hover, focus) does not ask again. */
  private asked: { dataset: Dataset; query: string; result: QueryResult } | undefined;
  /** The result whose big data table may now be drawn (see `tableDue`). */
  private tableFor: QueryResult | null | undefined;
  /**
   * Whether this drawing is complete: false in the first drawing of a big result, which leaves out what a reader
   * does not see (the data table, the marks' accessible names) until the frame after it is painted; never while
   * the focus is inside the element.
   */
  protected detailed = true;

  static override get observedAttributes(): string[] {
    // `lang` is a global attribute, not a reactive property: watch it to re-render in the new language.
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * What the element shows before its first render, until that render removes it and draws in its place within
   * one task (nothing paints in between, nothing moves):
   * - Server rendering (`@danvan/widgets/ssr`) sends the shadow root's content as declarative shadow DOM. Lit here
   *   does not hydrate (its hydration support would add about 1.9 KB brotli to the CDN bundle): it would render
   *   beside that content and show the figure twice. So the server's nodes stay on screen meanwhile.
   * - An element loading `src` shows no loading state in its first moments (`QUIET_LOAD_MS`), only a stand-in of
   *   its size: most loads end sooner, and then the chart is the first thing drawn. A loading state shown for a
   *   moment would flicker, and drawing and painting it would hold up reading the data that has come in.
   */
  private serverNodes: ChildNode[] | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const nodes = [...(this.shadowRoot?.childNodes ?? [])];
    // On first connection the data comes first: Lit creates the render root before it tells controllers the
    // element is connected, and what follows (styles, a layout read, the first render, the page's first frame)
    // takes milliseconds that the fetch can spend on the network instead. Syncing again later does nothing.
    this.loader.sync();
    const root = super.createRenderRoot();
    // The first drawing is at the width the element has, not at the 640 px default for a frame (the size
    // controller has not measured yet), which would draw it twice.
    const width = (this.size.width = Math.floor(this.getBoundingClientRect().width)) || 640;
    if (nodes.length) {
      this.serverNodes = nodes;
      // Lit renders before the root's first child, a server node about to go; render after them instead (before
      // any <style> Lit itself appended where adoptedStyleSheets are missing).
      this.renderOptions.renderBefore = nodes.at(-1)!.nextSibling;
    } else if (this.src) {
      // The stand-in: the loading state's box (the chart's reserved height in its frame), empty and
      // transparent (a dark theme's background comes with the loading state: a dark page is dark meanwhile).
      const box = root.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      box.setAttribute('viewBox', `0 0 ${width} ${this.reservedHeight(width) + FRAME_HEIGHT}`);
      this.serverNodes = [box];
      // Then the loading state, if nothing has been drawn by then.
      setTimeout(() => this.hasUpdated || this.requestUpdate(QUIET_OVER, 0), QUIET_LOAD_MS);
    }
    return root;
  }

  /**
   * A server-rendered element waiting for its `src` keeps the server's drawing rather than a loading state; one in
   * a load's first moments keeps its stand-in until they are over.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return super.shouldUpdate(changed) && !(this.serverNodes && this.loader.state === 'loading' && !(changed as Map<PropertyKey, unknown>).has(QUIET_OVER));
  }

  protected override update(changed: PropertyValues<this>): void {
    this.serverNodes?.forEach((node) => node.remove());
    this.serverNodes = undefined;
    super.update(changed);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  /** The query this element asks, from its attributes. Subclasses adjust it (a stat has no `by`). */
  protected buildQuery(): Query {
    const fields = this.field?.split(',').map((f) => f.trim()).filter(Boolean) as Field[] | undefined;
    return {
      metric: some(this.metric),
      by: dimension(this.by),
      series: dimension(this.series),
      // An empty `field=""` (a CMS template with the value left blank) means no filter, not "no field".
      field: fields?.length ? (fields.length === 1 ? fields[0] : fields) : undefined,
      place: some(this.place),
      from: date(this.from),
      to: date(this.to),
      at: date(this.at),
      level: some(this.level) as Query['level'],
      status: some(this.status) as Query['status'],
      host: some(this.hostKind) as Query['host'],
      cumulative: some(this.cumulative),
      sort: some(this.sort),
      order: some(this.order),
      limit: this.rowLimit(),
    };
  }

  /** `limit` when it is a number of rows (at least 1); a malformed one (`limit="abc"` is NaN) counts as absent. */
  protected rowLimit(): number | undefined {
    const n = this.limit;
    return n !== undefined && n >= 1 && n < Infinity ? Math.floor(n) : undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.language = resolveLang(this);
    this.theme = resolveTheme(this);
    this.loader.sync();
    const dataset = this.loader.dataset;
    this.result = dataset ? this.runQuery(dataset) : undefined;
    this.nav.clamp(this.result ? this.markCount(this.result) : 0);
  }

  /**
   * Asks core the element's query, once per dataset and query: hovering and keyboard moves re-render, and a result
   * of thousands of rows is costly to redo. Subclasses that need several core queries for one result override it.
   */
  protected runQuery(dataset: Dataset): QueryResult {
    const q = this.buildQuery();
    const key = JSON.stringify(q);
    if (this.asked?.dataset !== dataset || this.asked.query !== key) this.asked = { dataset, query: key, result: query(dataset, q) };
    return this.asked.result;
  }

  /** Whether a result has anything to draw; the empty state shows otherwise. A stat draws a total without rows. */
  protected hasData(result: QueryResult): boolean {
    return result.rows.length > 0;
  }

  /**
   * How many marks a result will be drawn with, known before layout: a row each, or a mark per part of a split
   * row. Used to forget a keyboard position that the new data no longer has.
   */
  protected markCount(result: QueryResult): number {
    return result.rows.reduce((n, row) => n + Math.max(1, row.parts?.length ?? 0), 0);
  }

  /** Draws the chart for the current result at `width` CSS pixels. */
  protected abstract renderChart(result: QueryResult, width: number): TemplateResult;

  /** The marks of the current drawing, in keyboard order. */
  abstract marks(): readonly Mark[];

  /** Legend entries, for charts whose colours stand for something the marks do not say. */
  protected legend(): readonly LegendItem[] {
    return [];
  }

  /** The height the chart is expected to take at `width`, reserved while loading. */
  protected reservedHeight(width: number): number {
    return Math.round(width * 0.45);
  }

  /** The one-sentence summary for screen readers. */
  protected summary(result: QueryResult): string {
    return summarize(result, this.language, this.metric || 'models');
  }

  /** The heading text in use. */
  protected headingText(): string {
    if (this.heading) return this.heading;
    const q = this.buildQuery();
    const place = this.result?.place ?? q.place ?? '42';
    return queryTitle(q, this.result, this.language, placeIndex.label(place, this.language, this.result?.period.to));
  }

  /** A figure with its hedge in the element's language; with the result's unit when asked. */
  protected fmt(value: Parameters<typeof formatReported>[0], withUnit = false): string {
    return formatReported(value, this.language, withUnit ? this.result?.unit : undefined);
  }

  /** A figure as a label prints it: no noun for counts ("gần 8.000"), the unit for measures ("hơn 7,1 km"). */
  protected labelFigure(value: Parameters<typeof formatReported>[0]): string {
    const unit = this.result?.unit;
    return this.fmt(value, unit !== 'model' && unit !== 'count');
  }

  /** A share as a percentage in the element's language. */
  protected share(share: number | undefined): string {
    return formatShare(share, this.language);
  }

  /** Chosen by click, tap, Enter or Space: says which mark through `dv-select`. */
  choose(index: number): void {
    const mark = this.marks()[index];
    if (!mark) return;
    this.nav.point(index);
    this.select(mark.key, mark.series);
  }

  /** Sends `dv-select` for a row (`key`) or one part of it (`series`): what `choose` says about a mark. */
  protected select(key: string, seriesKey?: string): void {
    // The query's dimensions, not the attributes: an element may default them (a line chart is by year).
    const { by, series } = this.buildQuery();
    emit(this, 'dv-select', {
      key,
      dimension: by,
      series: seriesKey,
      field: by === 'field' ? key : series === 'field' ? seriesKey : this.field,
      place: by && PLACE_DIMS.has(by) ? key : this.place,
      year: by === 'year' ? Number(key) : undefined,
    });
  }

  /** What the download menu offers; an element without a drawing leaves out SVG and PNG. */
  protected downloadKinds(): readonly DownloadKind[] {
    return DOWNLOAD_KINDS;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const width = this.size.width || 640;
    const state = this.loader.state;
    const ready = state === 'ready' && this.result && this.hasData(this.result) ? this.result : undefined;
    let body: TemplateResult;
    if (state === 'error') body = renderError(this.loader.error, lang, () => this.loader.retry());
    else if (ready) body = this.renderReady(ready, width);
    else body = renderState(state === 'ready' ? 'empty' : state === 'loading' ? 'loading' : 'idle', lang, width, this.reservedHeight(width));
    // Templates have no indentation between tags (line breaks are inside ${…}): it would ship in every bundle.
    return html`<div class="theme ${this.theme}" part="base" lang=${lang}><figure part="figure" aria-labelledby="heading"><figcaption class="heading" part="heading" id="heading"><slot name="heading">${
      this.headingText()
    }</slot></figcaption>${body}<div class="caption" part="caption"><div class="notes">${
      this.note ? html`<p part="note">${this.note}</p>` : nothing
    }${
      this.loader.dataset?.synthetic ? html`<p part="note synthetic">${uiText(lang).synthetic}</p>` : nothing
    }${
      renderSources(this.result?.sources ?? [], lang)
    }</div>${
      ready && !this.noDownload
        ? downloadMenu(lang, this.downloadKinds(), (kind) => ({ kind, result: ready, lang, title: this.headingText(), updated: this.loader.dataset?.updated, root: this.renderRoot }), this.renderRoot)
        : nothing
    }</div></figure></div>`;
  }

  /**
   * Pointing at a mark (anything with a `data-index`) shows its tooltip; clicking it chooses it. One listener on
   * the chart rather than two on each of thousands of marks.
   */
  private readonly pointer = (e: Event): void => {
    const index = (e.target as Element).closest?.('[data-index]')?.getAttribute('data-index');
    if (!index) return;
    const i = Number(index);
    if (e.type === 'click') this.choose(i);
    else if (i !== this.nav.active || !this.nav.open) this.nav.point(i);
  };

  private renderReady(result: QueryResult, width: number): TemplateResult {
    // With focus inside, the marks keep their names and tab stops: a mark that lost its tabindex would drop focus.
    const detailed = (this.detailed = this.tableDue(result) || this.matches(':focus-within'));
    // Only an open tooltip needs its mark: working out every mark of a big chart for nothing costs.
    const mark = this.nav.open ? this.marks()[this.nav.active] : undefined;
    const legend = this.legend();
    const { keydown, focusin, focusout, pointerleave } = this.nav;
    return html`${legend.length ? renderLegend(legend) : nothing}<div class="chart" part="chart" @keydown=${keydown} @focusin=${focusin} @focusout=${focusout} @pointerleave=${pointerleave} @pointerover=${this.pointer} @click=${this.pointer}>${
      this.renderChart(result, width)
    }<div class="tooltip" role="tooltip" part="tooltip" ?hidden=${!this.nav.open || !mark}>${
      mark ? html`<strong>${mark.title}</strong>${mark.lines.map((l) => html`<span>${l}</span>`)}` : nothing
    }</div></div><p class="visually-hidden" id="summary">${this.summary(result)}</p>${detailed ? this.renderDataTable(result) : nothing}`;
  }

  /**
   * Whether the data table (and the marks' names: see `detailed`) are drawn in this update. A big result's table
   * and names wait for the chart's first paint, then come in an update of their own (a frame later); the server
   * draws them at once, as it draws everything.
   */
  private tableDue(result: QueryResult): boolean {
    if (isServer || result.rows.length <= TABLE_AFTER_PAINT || this.tableFor === result) return true;
    // `null` while a wait is under way: one wait, whatever updates come meanwhile.
    if (this.tableFor !== null) {
      this.tableFor = null;
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.tableFor = this.result;
          this.requestUpdate();
        }),
      );
    }
    return false;
  }

  /** The visually hidden data table. Elements whose result is not a list of rows (a stat) give their own. */
  protected renderDataTable(result: QueryResult): TemplateResult {
    return renderTable(result, this.language, this.headingText(), this.groupHeader());
  }

  /** The header of the table's first column: the dimension's name ("Lĩnh vực", "Năm"). */
  protected groupHeader(): string {
    const by = this.buildQuery().by;
    const name = by ? labelsFor(this.language).dimension[by] : '';
    return name.charAt(0).toLocaleUpperCase(this.language) + name.slice(1);
  }
}
