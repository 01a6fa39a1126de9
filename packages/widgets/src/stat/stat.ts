import {
  formatNumber,
  formatPeriod,
  labelsFor,
  query,
  reconcile,
  summarize,
  type Interval,
  type Lang,
  type Query,
  type QueryResult,
} from '@danvan/core';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { colorClass } from '../internal/color-class.js';
import { DvElement } from '../internal/dv-element.js';
import { withFieldTitle } from '../internal/field-title.js';
import type { DownloadKind } from '../internal/download-menu.js';
import { renderTable } from '../internal/frame-parts.js';
import { linear } from '../internal/linear.js';
import type { Mark } from '../internal/mark.js';
import { polyline } from '../internal/polyline.js';
import { uiText } from '../internal/ui-text.js';
import { statStyles } from './stat.styles.js';

/**
 * What a stat compares its figure with: `share` — its share of the whole it was filtered from ("41,5 % of all
 * models": the figure for one field among all fields); `period` — the same figure for another period
 * (`compare-from`/`compare-to`; by default the year before a single-year figure).
 */
export const COMPARISONS = ['share', 'period'] as const;
/** A comparison. */
export type Comparison = (typeof COMPARISONS)[number];

const YEAR = /^\d{4}$/;
/** The filters a share can be taken over, in the order they are tried. */
const SHARE_DIMENSIONS = ['field', 'status', 'host', 'level'] as const;
const SPARK_W = 120;
const SPARK_H = 36;

/** The stat's own words (the shared ones are in `uiText`). */
const WORDS = {
  vi: {
    period: 'Thời gian',
    all: 'Toàn bộ',
    shareOf: (share: string, whole: string) => `${share} trong tổng số ${whole}`,
    up: 'tăng từ',
    down: 'giảm từ',
    same: 'không đổi so với',
    versus: 'so với',
    inPeriod: (text: string) => (YEAR.test(text) ? `năm ${text}` : /^\d{4}–\d{4}$/.test(text) ? `giai đoạn ${text}` : text),
  },
  en: {
    period: 'Period',
    all: 'All',
    shareOf: (share: string, whole: string) => `${share} of ${whole}`,
    up: 'up from',
    down: 'down from',
    same: 'unchanged from',
    versus: 'compared with',
    inPeriod: (text: string) => (/^(since|to) /.test(text) ? text : `in ${text}`),
  },
} as const;

/** A comparison worked out from core's answers, ready to print. */
interface Compared {
  /** The line under the number: "khoảng 41,5 % trong tổng số hơn 19.300 mô hình", "tăng từ 87 năm 2022". */
  readonly text: string;
  readonly direction: 'up' | 'down' | 'same' | undefined;
  /** A row for the data table: its header and figure. */
  readonly row: readonly [string, string];
}

/**
 * One headline figure with its hedge and unit — "hơn 19.300 mô hình" / "more than 19,300 models" — the total of
 * the query its attributes make (no `by`). Optionally compared with its share of the whole (`compare="share"`,
 * e.g. one field among all fields) or with another period (`compare="period"`), and drawn beside a small line of
 * its yearly figures (`sparkline`).
 *
 * The number is text, read in place by screen readers; it is not a focusable mark, since there is nothing to
 * reveal on focus that is not on screen, and it sends no `dv-select` (a page that wants a clickable stat wraps
 * it in its own link). The sparkline is decorative (hidden from screen readers): the summary sentence says the
 * trend. It is drawn only when the yearly figures add up to the headline figure, so a line of counted records
 * never sits beside a published total they do not match. The download menu offers the data (CSV) only.
 *
 * @summary A big number for "Skilled Mass Mobilization" figures, with its hedge, unit, a comparison and a trend.
 *
 * @slot heading - Replaces the heading text.
 *
 * @csspart base - The themed wrapper.
 * @csspart figure - The figure element.
 * @csspart heading - The heading.
 * @csspart chart - The area holding the number.
 * @csspart value - The number with its hedge and unit.
 * @csspart compare - The comparison line.
 * @csspart sparkline - The small line of yearly figures.
 * @csspart caption - Notes, source line and downloads.
 * @csspart source - The source line.
 * @csspart downloads - The download menu (data only).
 * @csspart table - The visually hidden data table.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty [--dv-stat-size=clamp(2.25em, 12cqi, 3.5em)] - Size of the number.
 * @cssproperty [--dv-stat-weight=700] - Weight of the number.
 * @cssproperty [--dv-stat-words-size=1.25em] - Size of the hedge and unit words beside it.
 * @cssproperty [--dv-stat-color=var(--dv-text)] - Colour of the number and its words.
 * @cssproperty [--dv-sparkline-width=clamp(5em, 30cqi, 8em)] - Width of the sparkline.
 * @cssproperty [--dv-font=inherit] - Font family.
 * @cssproperty [--dv-text=#1b1f24] - Text colour (`--dv-text-dark` in the dark theme).
 * @cssproperty [--dv-text-muted=#57606a] - The comparison line and the sparkline's years.
 * @cssproperty [--dv-color-economic=#0072B2] - Sparkline colour for a one-field stat; also the other fields. Otherwise `--dv-color-0`.
 *
 * @example
 * <dv-stat src="/data/ha-tinh.json" lang="vi"></dv-stat>
 * <dv-stat src="/data/ha-tinh.json" field="economic" compare="share"></dv-stat>
 * <dv-stat src="/data/ha-tinh-synthetic.json" from="2023" to="2023" compare="period" sparkline></dv-stat>
 */
export class DvStat extends DvElement {
  static override styles = [...DvElement.styles, statStyles];

  // In one object, not `@property` on each field: see DvElement.properties.
  static override properties: PropertyDeclarations = {
    sparkline: { type: Boolean },
    compare: {},
    compareFrom: { attribute: 'compare-from' },
    compareTo: { attribute: 'compare-to' },
  };

  /** Draw the yearly figures as a small line beside the number (decorative; the summary says the trend). */
  sparkline = false;
  /** `share` (of the whole the figure was filtered from) or `period` (against `compare-from`/`compare-to`). */
  declare compare?: Comparison;
  /** Start of the period to compare with; implies `compare="period"`. */
  declare compareFrom?: string;
  /** End of the period to compare with; implies `compare="period"`. */
  declare compareTo?: string;

  private trend: QueryResult | undefined;
  private compared: Compared | undefined;

  /** The total: no grouping, no series, nothing that orders or cuts rows. */
  protected override buildQuery(): Query {
    return { ...super.buildQuery(), by: undefined, series: undefined, cumulative: undefined, sort: undefined, order: undefined, limit: undefined };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.loader.dataset;
    const figure = this.figure();
    this.trend = undefined;
    this.compared = undefined;
    if (!dataset || !this.result || !figure) return;
    if (this.sparkline) {
      const years = query(dataset, { ...this.buildQuery(), by: 'year' });
      const yearRows = years.rows.filter((r) => YEAR.test(r.key));
      // A trend that does not add up to the headline figure would contradict it: left out.
      if (yearRows.length > 1 && reconcile(figure, years.rows.map((r) => r.value)).consistent) this.trend = { ...years, rows: yearRows };
    }
    const kind = this.compare ?? (this.compareFrom || this.compareTo ? 'period' : undefined);
    if (kind === 'share') this.compared = this.shareOf(figure);
    else if (kind === 'period') this.compared = this.versusPeriod(figure);
  }

  /** The default heading names the field a stat is about: "Số mô hình, lĩnh vực kinh tế, tỉnh Hà Tĩnh". */
  protected override headingText(): string {
    const title = super.headingText();
    return this.heading ? title : withFieldTitle(title, this.field, this.language);
  }

  /** The headline figure: the query's total (a published one when there is one). */
  private figure(result = this.result): Interval | undefined {
    return result?.total ?? result?.rows[0]?.value;
  }

  protected override hasData(result: QueryResult): boolean {
    return this.figure(result) !== undefined;
  }

  protected override markCount(): number {
    return 0;
  }

  /** No marks: the figure is text in the reading order, not a control. */
  override marks(): readonly Mark[] {
    return [];
  }

  protected override reservedHeight(): number {
    return this.sparkline ? 104 : 88;
  }

  /** A single figure has data to save, not a drawing. */
  protected override downloadKinds(): readonly DownloadKind[] {
    return ['csv'];
  }

  protected override summary(result: QueryResult): string {
    const lang = this.language;
    const metric = this.metric || 'models';
    const figure = this.figure();
    if (!figure) return summarize(result, lang, metric);
    const sentences = [`${this.headingText()}: ${this.fmt(figure, true)}.`];
    if (this.compared) sentences.push(`${capitalize(this.compared.text, lang)}.`);
    if (this.trend) sentences.push(summarize(this.trend, lang, metric));
    return sentences.join(' ');
  }

  /** The data table: the figure for its period, then what it is compared with (its share, or another period). */
  protected override renderDataTable(result: QueryResult): TemplateResult {
    const lang = this.language;
    const period = formatPeriod(result.period, lang) || WORDS[lang].all;
    const c = this.compared;
    const rows = [{ key: '', label: { vi: period, en: period }, value: this.figure()!, share: undefined }];
    return renderTable({ ...result, rows, total: undefined }, lang, this.headingText(), WORDS[lang].period, c && { labels: [c.row[0]], text: c.row[1] });
  }

  protected override renderChart(result: QueryResult): TemplateResult {
    const lang = this.language;
    const figure = this.figure()!;
    const labels = labelsFor(lang);
    const hedge = labels.qualifier[figure.qualifier];
    const unit = (figure.value === 1 ? labels.unitOne : labels.unit)[result.unit];
    const c = this.compared;
    return html`<div class="stat"><p class="figure" part="value">${hedge ? html`<span class="hedge">${hedge}</span> ` : nothing}<span class="number">${
      formatNumber(figure.value, lang)
    }</span>${unit ? html` <span class="unit">${unit}</span>` : nothing}</p>${
      this.trend ? this.renderSparkline(this.trend) : nothing
    }${c ? html`<p class="compare" part="compare">${this.renderDirection(c)}${c.text}</p>` : nothing}</div>`;
  }

  /** An arrow before a rise or a fall, for the eye only: the words say it. */
  private renderDirection(c: Compared): TemplateResult | typeof nothing {
    if (c.direction !== 'up' && c.direction !== 'down') return nothing;
    return html`<span class="direction" aria-hidden="true">${c.direction === 'up' ? '↑' : '↓'}</span> `;
  }

  private renderSparkline(trend: QueryResult): TemplateResult {
    const rows = trend.rows;
    const first = Number(rows[0]!.key);
    const last = Number(rows.at(-1)!.key);
    const max = Math.max(...rows.map((r) => r.value.value)) || 1;
    const y = linear([0, max], [SPARK_H - 1, 3]);
    const x = (year: number) => 3 + ((year - first) / (last - first || 1)) * (SPARK_W - 6);
    const end = rows.at(-1)!.value.value;
    // Its field's colour for a one-field stat (a list of fields is no field's: c-s0).
    const color = colorClass('field', String(this.buildQuery().field), 0);
    return html`<div class="sparkline" part="sparkline" aria-hidden="true"><svg viewBox="0 0 ${SPARK_W} ${SPARK_H}" width=${SPARK_W} height=${SPARK_H}>${
      svg`<line class="base" x1="0" x2=${SPARK_W} y1=${SPARK_H - 0.5} y2=${SPARK_H - 0.5}></line><path class=${color} d=${polyline(
        rows.map((r) => [x(Number(r.key)), y(r.value.value)]),
      )}></path><circle class=${color} cx=${x(last)} cy=${y(end)} r="3"></circle>`
    }</svg><div class="sparkline-years"><span>${first}</span><span>${last}</span></div></div>`;
  }

  /** The figure's share of the whole it was filtered from, as core computes it for the unfiltered breakdown. */
  private shareOf(figure: Interval): Compared | undefined {
    const dataset = this.loader.dataset;
    const q = this.buildQuery();
    const dim = SHARE_DIMENSIONS.find((d) => typeof q[d] === 'string');
    if (!dataset || !dim) return undefined;
    const whole = query(dataset, { ...q, [dim]: undefined, by: dim });
    const row = whole.rows.find((r) => r.key === q[dim]);
    if (!row || row.share === undefined || !whole.total) return undefined;
    const lang = this.language;
    // A share of hedged figures is itself approximate.
    const hedged = figure.qualifier !== 'exact' || whole.total.qualifier !== 'exact';
    const share = `${hedged ? `${labelsFor(lang).qualifier.about} ` : ''}${this.share(row.share)}`;
    const wholeText = this.fmt(whole.total, true);
    return { text: WORDS[lang].shareOf(share, wholeText), direction: undefined, row: [uiText(lang).share, share] };
  }

  /** The same figure for another period, and whether it went up or down: said only when the hedges allow. */
  private versusPeriod(figure: Interval): Compared | undefined {
    const dataset = this.loader.dataset;
    const q = this.buildQuery();
    let from = this.compareFrom || undefined;
    let to = this.compareTo || undefined;
    if (!from && !to && q.from && q.from === q.to && YEAR.test(q.from)) from = to = String(Number(q.from) - 1);
    if (!dataset || (!from && !to)) return undefined;
    const other = query(dataset, { ...q, from, to });
    const before = other.total ?? other.rows[0]?.value;
    if (!before) return undefined;
    const lang = this.language;
    const w = WORDS[lang];
    const direction = compareIntervals(figure, before);
    // The words before the other figure are keyed by direction; "versus" where the hedges leave it open.
    const word = w[direction ?? 'versus'];
    const period = formatPeriod({ from, to }, lang);
    const value = this.fmt(before, true);
    return { text: `${word} ${value} ${w.inPeriod(period)}`, direction, row: [period, value] };
  }
}

/** `up` or `down` when every value the first interval allows is above (below) every value the second allows. */
function compareIntervals(a: Interval, b: Interval): Compared['direction'] {
  const exact = a.qualifier === 'exact' && b.qualifier === 'exact';
  if (exact && a.value === b.value) return 'same';
  if (a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen) && a.value > b.value)) return 'up';
  if (a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen) && a.value < b.value)) return 'down';
  return undefined;
}

function capitalize(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
