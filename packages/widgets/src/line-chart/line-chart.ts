import { labelsFor, type Lang, type Query, type QueryResult } from '@danvan/core';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { DvElement } from '../internal/dv-element.js';
import { withFieldTitle } from '../internal/field-title.js';
import type { LegendItem } from '../internal/legend.js';
import type { Mark } from '../internal/mark.js';
import { layoutLines, type LineLayout, type Placed } from './layout-lines.js';
import { lineChartStyles } from './line-chart.styles.js';
import { linesOf, type Line, type Lines } from './lines-of.js';
import { END_LINE } from './place-ends.js';

const WORDS = {
  vi: { cumulative: 'cộng dồn', highest: (year: string, name: string, value: string) => `Năm ${year}, ${name} cao nhất: ${value}.` },
  en: { cumulative: 'running total', highest: (year: string, name: string, value: string) => `In ${year}, ${name} is highest: ${value}.` },
} as const;

/**
 * A line chart of a query over time: one line for the total by year, or one line per field (or other `series`)
 * told apart by colour, dash and point shape, with a legend. The last point of each line carries its figure and
 * hedge ("hơn 5.800"), and the series name when there are several; the y axis is light (3 to 5 gridlines with
 * numbers in the reader's locale) and year labels thin out on narrow screens. `cumulative` draws running totals.
 * Every point is a mark the keyboard reaches.
 *
 * Where records are counted, a year (or a series in a year) without a record is drawn at 0; published figures
 * missing for a year break the line rather than being bridged.
 *
 * @summary Lines for "Skilled Mass Mobilization" figures by year, overall or one per field.
 *
 * @slot heading - Replaces the heading text.
 *
 * @event {CustomEvent<DvSelectDetail>} dv-select - A point was chosen (click, tap, Enter or Space). `detail`: `{ key, dimension, series, field, place, year }`.
 *
 * @csspart base - The themed wrapper.
 * @csspart figure - The figure element.
 * @csspart heading - The heading.
 * @csspart chart - The drawing area.
 * @csspart mark - Each point.
 * @csspart legend - The legend, when there are several lines.
 * @csspart caption - Notes, source line and downloads.
 * @csspart source - The source line.
 * @csspart downloads - The download menu.
 * @csspart table - The visually hidden data table.
 * @csspart tooltip - The tooltip.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty [--dv-font=inherit] - Font family.
 * @cssproperty [--dv-text=#1b1f24] - Text colour (`--dv-text-dark` in the dark theme).
 * @cssproperty [--dv-text-muted=#57606a] - Axis labels.
 * @cssproperty [--dv-grid=#d0d7de] - Gridlines.
 * @cssproperty [--dv-background=transparent] - Background.
 * @cssproperty [--dv-line-width=2.25px] - Stroke width of the lines.
 * @cssproperty [--dv-color-economic=#0072B2] - Colour of a field; also `-culture-society`, `-defense-security`, `-party-building`, and `-dark` variants.
 * @cssproperty [--dv-color-0=#0072B2] - Colours of other series, 0 to 5.
 *
 * @example
 * <dv-line-chart src="/data/ha-tinh-synthetic.json" lang="vi"></dv-line-chart>
 * <dv-line-chart src="/data/ha-tinh-synthetic.json" series="field" cumulative from="2013" to="2023"></dv-line-chart>
 */
export class DvLineChart extends DvElement {
  static override styles = [...DvElement.styles, lineChartStyles];

  private layout: LineLayout | undefined;
  private memo: [QueryResult, Lang, Lines] | undefined;

  /** By year unless `by` says otherwise; a time axis runs in time order, whatever `sort` says. */
  protected override buildQuery(): Query {
    const q = super.buildQuery();
    const by = q.by ?? 'year';
    return by === 'year' ? { ...q, by, sort: undefined, order: undefined } : q;
  }

  /** Rows that are not years ("unknown": models without a start date) are in the table, but draw no point. */
  protected override hasData(result: QueryResult): boolean {
    return this.markCount(result) > 0;
  }

  protected override markCount(result: QueryResult): number {
    return this.linesOf(result).lines.reduce((n, l) => n + l.points.length, 0);
  }

  protected override reservedHeight(width: number): number {
    return Math.round(Math.min(Math.max(width * 0.5625, 240), 480));
  }

  /** The default heading names the one field drawn, and says when the figures are running totals. */
  protected override headingText(): string {
    const text = super.headingText();
    if (this.heading) return text;
    const title = this.series === 'field' ? text : withFieldTitle(text, this.field, this.language);
    return this.cumulative ? `${title} (${WORDS[this.language].cumulative})` : title;
  }

  protected override summary(result: QueryResult): string {
    const lang = this.language;
    const { rows, lines } = this.linesOf(result);
    const sentence = super.summary({ ...result, rows });
    const last = rows.at(-1);
    if (lines.length < 2 || !last) return sentence;
    // Which line ends highest: the one fact a reader of several lines looks for first.
    let top: Pick<Placed, 'line' | 'point'> | undefined;
    for (const line of lines) {
      const point = line.points.find((p) => p.row === last);
      if (point && (!top || point.value.value > top.point.value.value)) top = { line, point };
    }
    return top ? `${sentence} ${WORDS[lang].highest(last.label[lang], top.line.label, this.fmt(top.point.value, true))}` : sentence;
  }

  protected override legend(): readonly LegendItem[] {
    const lines = this.result ? this.linesOf(this.result).lines : [];
    if (lines.length < 2) return [];
    return lines.map((l) => ({
      key: l.key,
      label: l.label,
      colorClass: l.colorClass,
      swatch: svg`${stroke(l, 'M1 7H23')}${marker(l, 'translate(12 7)')}`,
    }));
  }

  protected override renderChart(result: QueryResult, width: number): TemplateResult {
    const lang = this.language;
    const layout = (this.layout = layoutLines(this.linesOf(result), {
      width,
      height: this.reservedHeight(width),
      lang,
      unit: result.unit,
      figure: (v) => this.labelFigure(v),
      short: this.buildQuery().series === 'field' ? labelsFor(lang).fieldShort : undefined,
    }));
    const { gutter, gridEnd, bottom } = layout;
    return html`<svg viewBox="0 0 ${layout.width} ${layout.height}" role="list" aria-labelledby="heading" aria-describedby="summary"><g aria-hidden="true">${
      layout.ticks.map(
        (t) =>
          svg`<line class="grid ${t.base ? 'baseline' : ''}" x1=${gutter} y1=${t.y} x2=${gridEnd} y2=${t.y}></line><text class="tick-label muted" x=${gutter - 6} y=${t.y + 4} text-anchor="end">${t.label}</text>`,
      )
    }${
      layout.years.map((t) => svg`<text class="year-label muted" x=${t.x} y=${bottom + 18} text-anchor="middle">${t.text}</text>`)
    }${
      layout.paths.map((p) => stroke(p.line, p.d))
    }${
      layout.ends.map(
        (e) =>
          svg`<text class="end-label" x=${e.x} y=${e.y}>${e.lines.map(
            (text, i) => svg`<tspan class=${i < e.named ? 'end-name' : 'end-value'} x=${e.x} dy=${i ? END_LINE : 0}>${text}</tspan>`,
          )}</text>`,
      )
    }</g>${layout.points.map((p, i) => this.renderPoint(p, i, layout.hit))}</svg>`;
  }

  private renderPoint(p: Placed, i: number, hit: number): SVGTemplateResult {
    return svg`<g class="mark ${i === this.nav.active ? 'active' : ''}" part="mark" role="listitem" tabindex=${this.nav.tabIndex(i)} data-index=${i} aria-label=${this.markName(p)} transform="translate(${p.x} ${p.y})"><circle class="hit" r=${hit}></circle>${marker(p.line)}<circle class="focus-ring" r="8"></circle></g>`;
  }

  /** "2019: 1.234 mô hình", or "2019, Kinh tế: 1.234 mô hình" for one of several lines. */
  private markName(p: Placed): string {
    return `${this.where(p, ', ')}: ${this.fmt(p.point.value, true)}`;
  }

  /** The point's year (or row), and after `sep` its line's name when there are several lines. */
  private where(p: Placed, sep: string): string {
    const row = p.point.row.label[this.language];
    return p.point.part ? `${row}${sep}${p.line.label}` : row;
  }

  override marks(): readonly Mark[] {
    if (!this.layout) return [];
    const lang = this.language;
    return this.layout.points.map((p) => ({
      key: p.point.row.key,
      series: p.point.part?.key,
      name: this.markName(p),
      title: this.where(p, ' · '),
      lines: [this.fmt(p.point.value, true), ...(this.cumulative ? [`(${WORDS[lang].cumulative})`] : [])],
      x: p.x,
      y: p.y - 6,
    }));
  }

  /**
   * The rows and lines of a result, worked out once per result and language: an update that only moves the
   * keyboard or the pointer keeps both.
   */
  private linesOf(result: QueryResult): Lines {
    const lang = this.language;
    if (this.memo?.[0] !== result || this.memo[1] !== lang) this.memo = [result, lang, linesOf(result, this.buildQuery(), lang)];
    return this.memo[2];
  }
}

/** A line's stroke in its colour and dash: along the drawing, or across its legend swatch. */
function stroke(line: Line, d: string): SVGTemplateResult {
  return svg`<path class="line ${line.colorClass}" d=${d} stroke-dasharray=${line.dash || nothing}></path>`;
}

/** A line's point shape in its colour: at a point (the mark places it), or in its legend swatch. */
function marker(line: Line, transform?: string): SVGTemplateResult {
  return svg`<path class="marker ${line.colorClass}" transform=${transform ?? nothing} d=${line.marker}></path>`;
}
