import {
  formatReported,
  formatSource,
  gazetteer,
  pickText,
  query,
  queryTitle,
  summarize,
  type Dimension,
  type Field,
  type Lang,
  type Query,
  type QueryResult,
  type Sort,
} from '@danvan/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from './data-controller.js';
import { emit } from './emit.js';
import type { Mark } from './mark.js';
import { ResizeController } from './resize-controller.js';
import { resolveLang } from './resolve-lang.js';
import { resolveTheme, type Theme } from './resolve-theme.js';
import { sharedStyles } from './shared.styles.js';
import { uiText } from './ui-text.js';

/**
 * The base every danvan chart element shares: data loading, the query built from attributes, language, theme,
 * size, the figure frame (heading, source line, notes, hidden table, states), keyboard access over marks and
 * tooltips. Subclasses draw: they implement `renderChart()` and describe their marks in `marks()`.
 */
export abstract class DvElement extends LitElement {
  static override styles = [sharedStyles];

  /** URL of a danvan dataset JSON file. One fetch per URL per page, shared by all elements. */
  @property({ reflect: true }) src?: string;
  /** A dataset object given directly; validated like a fetched one. Takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** `models` (default) or an outcome metric id such as `households-donating-land`. */
  @property() metric?: string;
  /** The dimension rows are grouped by. */
  @property() by?: Dimension;
  /** A second dimension that splits rows (stacked or grouped bars, one line per field). */
  @property() series?: Dimension;
  /** One field, or several separated by commas. */
  @property() field?: string;
  /** A place code (GSO), e.g. `443` for Can Lộc. */
  @property() place?: string;
  /** Start of the period: `2013`, `2023-01`, `2023-01-15`. */
  @property() from?: string;
  /** End of the period. */
  @property() to?: string;
  /** Group places as they stood on this date (maps pre-reform units to their successors). */
  @property() at?: string;
  /** Only models recognised at this level. */
  @property() level?: string;
  /** Only models with this status. */
  @property() status?: string;
  /** Only models hosted by this kind of organisation. */
  @property({ attribute: 'host' }) hostKind?: string;
  /** Running totals along the rows. */
  @property({ type: Boolean }) cumulative = false;
  /** `natural`, `value` or `label`. */
  @property() sort?: Sort;
  /** `asc` or `desc`. */
  @property() order?: 'asc' | 'desc';
  /** Show only the first rows after sorting. */
  @property({ type: Number }) limit?: number;

  /** The title above the chart; a title is made from the query when absent. A `heading` slot overrides both. */
  @property() heading?: string;
  /** A note printed under the chart. */
  @property() note?: string;

  /** The language in use: `vi` or `en`. */
  @state() protected language: Lang = 'vi';
  @state() protected theme: Theme = 'light';
  /** Index of the mark that holds the one tab stop; -1 before any. */
  @state() protected active = -1;
  /** Whether the tooltip of the active mark is open. */
  @state() protected tooltipOpen = false;

  protected readonly loader = new DataController(this);
  protected readonly size = new ResizeController(this);
  protected result: QueryResult | undefined;
  protected summary = '';

  static override get observedAttributes(): string[] {
    // `lang` is a global attribute, not a reactive property: watch it to re-render in the new language.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  /** The query this element asks, from its attributes. Subclasses may adjust it. */
  protected buildQuery(): Query {
    const fields = this.field?.split(',').map((f) => f.trim()).filter(Boolean) as Field[] | undefined;
    return {
      metric: this.metric || undefined,
      by: this.by || undefined,
      series: this.series || undefined,
      field: fields && (fields.length === 1 ? fields[0] : fields),
      place: this.place || undefined,
      from: this.from || undefined,
      to: this.to || undefined,
      at: this.at || undefined,
      level: (this.level || undefined) as Query['level'],
      status: (this.status || undefined) as Query['status'],
      host: (this.hostKind || undefined) as Query['host'],
      cumulative: this.cumulative || undefined,
      sort: this.sort || undefined,
      order: this.order || undefined,
      limit: this.limit,
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.language = resolveLang(this);
    this.theme = resolveTheme(this);
    const dataset = this.loader.dataset;
    this.result = dataset ? query(dataset, this.buildQuery()) : undefined;
    this.summary = this.result ? summarize(this.result, this.language, this.metric || 'models') : '';
    if (this.active >= (this.result?.rows.length ?? 0)) this.active = -1;
    super.willUpdate(changed);
  }

  /** Draws the chart for the current result at `width` CSS pixels. */
  protected abstract renderChart(result: QueryResult, width: number): TemplateResult;

  /** The marks of the current drawing, in keyboard order. */
  protected abstract marks(): readonly Mark[];

  /** The heading text in use. */
  protected headingText(): string {
    if (this.heading) return this.heading;
    const q = this.buildQuery();
    const at = this.result?.period.to;
    const place = this.result?.place ?? q.place ?? '42';
    return queryTitle(q, this.result, this.language, gazetteer.label(place, this.language, at));
  }

  /** A figure formatted with its hedge, in the element's language. */
  protected fmt(value: Parameters<typeof formatReported>[0], withUnit = false): string {
    return formatReported(value, this.language, withUnit ? this.result?.unit : undefined);
  }

  override render(): TemplateResult {
    const t = uiText(this.language);
    const state = this.loader.state;
    let body: TemplateResult;
    if (state === 'loading') body = html`<div class="state" role="status" part="state">${t.loading}</div>`;
    else if (state === 'error') body = this.renderError();
    else if (state === 'idle') body = html`<div class="state" part="state">${t.idle}</div>`;
    else if (!this.result || this.result.rows.length === 0) body = html`<div class="state" part="state">${t.empty}</div>`;
    else body = this.renderReady(this.result);
    return html`<div class="theme ${this.theme}" part="base" lang=${this.language}>
      <figure part="figure" aria-labelledby="heading">
        <figcaption class="heading" part="heading" id="heading"><slot name="heading">${this.headingText()}</slot></figcaption>
        ${body} ${this.renderCaption()}
      </figure>
    </div>`;
  }

  private renderReady(result: QueryResult): TemplateResult {
    const width = this.size.width || 640;
    return html`<div class="chart" part="chart" @keydown=${this.onKeydown} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}
        @pointerleave=${this.onPointerLeave}>
        ${this.renderChart(result, width)}
        <div class="tooltip" role="tooltip" id="tooltip" part="tooltip" ?hidden=${!this.tooltipOpen || this.active < 0}>
          ${this.renderTooltip()}
        </div>
      </div>
      <p class="visually-hidden" id="summary">${this.summary}</p>
      ${this.renderTable(result)}`;
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const mark = this.marks()[this.active];
    if (!mark) return nothing;
    return html`<strong>${mark.title}</strong>${mark.lines.map((l) => html`<span>${l}</span><br />`)}`;
  }

  private renderError(): TemplateResult {
    const t = uiText(this.language);
    const error = this.loader.error;
    const issues = error?.issues.filter((i) => i.severity === 'error').slice(0, 3) ?? [];
    return html`<div class="state error" role="alert" part="state error">
      <span>${t.errors[error?.code ?? 'network']}</span>
      ${issues.length
        ? html`<span>${t.firstIssues}</span>
            <ul>
              ${issues.map((i) => html`<li>${i.message[this.language]}</li>`)}
            </ul>`
        : nothing}
      <button type="button" part="retry" @click=${() => this.loader.retry()}>${t.retry}</button>
    </div>`;
  }

  /** The visually hidden table: every row, its figure with hedge, and its share, for screen readers. */
  protected renderTable(result: QueryResult): TemplateResult {
    const t = uiText(this.language);
    const series = result.rows[0]?.parts?.map((p) => p.key) ?? [];
    const seriesLabels = result.rows[0]?.parts?.map((p) => p.label[this.language]) ?? [];
    // Tables ignore a 1px width, so the hidden box is a wrapper around the table.
    return html`<div class="visually-hidden"><table part="table">
      <caption>${this.headingText()}</caption>
      <thead>
        <tr>
          <th scope="col">${this.by ? this.headingText().split(',')[0] : ''}</th>
          ${seriesLabels.map((l) => html`<th scope="col">${l}</th>`)}
          <th scope="col">${series.length ? t.total : t.value}</th>
          ${result.total && !series.length ? html`<th scope="col">${t.share}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${result.rows.map(
          (row) => html`<tr>
            <th scope="row">${row.label[this.language]}</th>
            ${series.map((k) => {
              const part = row.parts?.find((p) => p.key === k);
              return html`<td>${part ? this.fmt(part.value, true) : '–'}</td>`;
            })}
            <td>${this.fmt(row.value, true)}</td>
            ${result.total && !series.length ? html`<td>${this.formatShare(row.share)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      ${result.total
        ? html`<tfoot>
            <tr>
              <th scope="row">${t.total}</th>
              ${series.map(() => html`<td></td>`)}
              <td>${this.fmt(result.total, true)}</td>
              ${!series.length ? html`<td></td>` : nothing}
            </tr>
          </tfoot>`
        : nothing}
    </table></div>`;
  }

  /** A share as a percentage in the element's language ("41,5 %"). */
  protected formatShare(share: number | undefined): string {
    if (share === undefined) return '–';
    return new Intl.NumberFormat(this.language === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(share);
  }

  private renderCaption(): TemplateResult {
    const t = uiText(this.language);
    const dataset = this.loader.dataset;
    const sources = this.result?.sources ?? [];
    return html`<div class="caption" part="caption">
      ${this.note ? html`<p part="note">${this.note}</p>` : nothing}
      ${dataset?.synthetic ? html`<p part="note synthetic">${t.synthetic}</p>` : nothing}
      ${sources.length ? html`<p part="source">${this.renderSources(sources)}</p>` : nothing}
    </div>`;
  }

  /** "Nguồn: author, “title”, date." with links where the source has a safe URL, then the sources' notes. */
  private renderSources(sources: QueryResult['sources']): TemplateResult {
    const t = uiText(this.language);
    const notes = sources.map((s) => pickText(s.note, this.language)).filter(Boolean);
    const cite = (s: QueryResult['sources'][number]) => {
      const text = formatSource(s, this.language);
      return s.url ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${text}</a>` : text;
    };
    // Notes follow as their own sentences: "Nguồn: Thu Hà, “…”, 2023. Bản được dùng không ghi ngày; …"
    const after = notes.map((n) => ` ${n.replace(/[.\s]+$/, '')}.`).join('');
    return html`${sources.length > 1 ? t.sources : t.source}: ${sources.map((s, i) => html`${i ? '; ' : ''}${cite(s)}`)}.${after}`;
  }

  /** Roving focus: one tab stop; arrows, Home and End move between marks; Enter selects; Escape closes the tooltip. */
  private onKeydown = (e: KeyboardEvent): void => {
    const count = this.marks().length;
    if (count === 0) return;
    const i = Math.max(this.active, 0);
    let next = i;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(i + 1, count - 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(i - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.select(i);
        return;
      case 'Escape':
        if (this.tooltipOpen) {
          this.tooltipOpen = false;
          e.stopPropagation();
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    this.focusMark(next);
  };

  private onFocusIn = (e: FocusEvent): void => {
    const index = Number((e.target as Element).getAttribute?.('data-index'));
    if (Number.isInteger(index) && index >= 0) {
      this.active = index;
      this.tooltipOpen = true;
    }
  };

  private onFocusOut = (): void => {
    this.tooltipOpen = false;
  };

  private onPointerLeave = (): void => {
    if (!this.shadowRoot?.activeElement) this.tooltipOpen = false;
  };

  /** For marks' pointer handlers: hovering or tapping a mark shows its tooltip. */
  protected pointAt(index: number): void {
    this.active = index;
    this.tooltipOpen = true;
  }

  /** For marks' click handlers. */
  protected select(index: number): void {
    const mark = this.marks()[index];
    if (!mark) return;
    this.pointAt(index);
    const dim = this.by;
    emit(this, 'dv-select', {
      key: mark.key,
      dimension: dim,
      series: mark.series,
      field: dim === 'field' ? mark.key : this.series === 'field' ? mark.series : this.field,
      place: dim === 'district' || dim === 'commune' || dim === 'place' ? mark.key : this.place,
      year: dim === 'year' ? Number(mark.key) : undefined,
    });
  }

  private focusMark(index: number): void {
    this.active = index;
    this.tooltipOpen = true;
    void this.updateComplete.then(() => {
      (this.renderRoot.querySelector(`[data-index="${index}"]`) as SVGElement | HTMLElement | null)?.focus();
    });
  }

  /** The tab index of mark `index`: 0 for the one tab stop, -1 for the rest. */
  protected tabIndexOf(index: number): number {
    return index === (this.active < 0 ? 0 : this.active) ? 0 : -1;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeTooltip();
  }

  /** Positions the tooltip beside the active mark, through the CSSOM (strict CSP forbids style attributes). */
  private placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const mark = this.marks()[this.active];
    if (!tip || !mark || tip.hidden) return;
    const svg = this.renderRoot.querySelector('svg');
    const scale = svg ? svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || 1) : 1;
    const box = tip.getBoundingClientRect();
    const chartWidth = (tip.parentElement?.getBoundingClientRect().width ?? 0) || box.width;
    const x = Math.max(0, Math.min(mark.x * scale - box.width / 2, chartWidth - box.width));
    const y = Math.max(0, mark.y * scale - box.height - 8);
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
