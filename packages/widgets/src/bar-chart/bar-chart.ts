import { formatNumber, type QueryResult, type ResultRow } from '@danvan/core';
import { html, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { colorClass, patternIndex } from '../internal/color-class.js';
import { DvElement } from '../internal/dv-element.js';
import type { LegendItem } from '../internal/legend.js';
import { linear } from '../internal/linear.js';
import type { Mark } from '../internal/mark.js';
import { patternDefs, patternFor } from '../internal/patterns.js';
import { Rects, type RectAttrs } from '../internal/rects.js';
import { textWidth } from '../internal/text-width.js';
import { yAxis } from '../internal/y-axis.js';
import { barChartStyles } from './bar-chart.styles.js';
import { bands } from './bands.js';

/** Bar orientations. */
export const ORIENTATIONS = ['horizontal', 'vertical'] as const;
/** A bar orientation. */
export type Orientation = (typeof ORIENTATIONS)[number];

/** How a second dimension (`series`) is drawn. */
export const ARRANGEMENTS = ['stacked', 'grouped'] as const;
/** A series arrangement. */
export type Arrangement = (typeof ARRANGEMENTS)[number];

const FONT = 14;
const BAR = 22;
const ROW = FONT + 6 + BAR + 14;
// Below this width a vertical bar cannot carry its value label.
const LABELLED = 44;
// Up to this many such bars read best turned horizontal, a labelled row each; more are drawn as columns anyway
// (2,000 rows would make a page-long list), against a y axis, without value labels, with every k-th name.
const DENSE = 30;

/** One drawn rectangle: a whole row, or one series part of it. */
interface Segment {
  readonly row: ResultRow;
  readonly part: ResultRow | undefined;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly colorClass: string;
  readonly pattern: string;
}

interface Layout {
  readonly width: number;
  readonly height: number;
  readonly segments: readonly Segment[];
  /** Row labels and value labels, positioned. */
  readonly labels: readonly { x: number; y: number; text: string; kind: 'bar-label' | 'value-label' | 'tick-label muted'; anchor: 'start' | 'middle' | 'end' }[];
  readonly axis: readonly { x1: number; y1: number; x2: number; y2: number }[];
}

/**
 * A bar chart of a query: one bar per row, labelled with its figure and hedge ("gần 8.000"), horizontal (labels
 * above the bars, which reads well from 320 px up) or vertical; with `series`, bars stacked or grouped by a second
 * dimension, told apart by colour and texture and named in a legend. Sorted by the query's `sort`.
 *
 * @summary Bars for "Skilled Mass Mobilization" figures, by field, year, place, status, host or level.
 *
 * @slot heading - Replaces the heading text.
 *
 * @event {CustomEvent<DvSelectDetail>} dv-select - A bar was chosen (click, tap, Enter or Space). `detail`: `{ key, dimension, series, field, place, year }`.
 *
 * @csspart base - The themed wrapper.
 * @csspart figure - The figure element.
 * @csspart heading - The heading.
 * @csspart chart - The drawing area.
 * @csspart mark - Each bar (or bar segment).
 * @csspart legend - The legend, when bars are split by a series.
 * @csspart caption - Notes, source line and downloads.
 * @csspart source - The source line.
 * @csspart downloads - The download menu.
 * @csspart table - The visually hidden data table.
 * @csspart tooltip - The tooltip.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty [--dv-font=inherit] - Font family.
 * @cssproperty [--dv-text=#1b1f24] - Text colour (`--dv-text-dark` in the dark theme).
 * @cssproperty [--dv-background=transparent] - Background.
 * @cssproperty [--dv-color-economic=#0072B2] - Colour of a field; also `-culture-society`, `-defense-security`, `-party-building`, and `-dark` variants.
 * @cssproperty [--dv-color-0=#0072B2] - Colours of other series, 0 to 5.
 *
 * @example
 * <dv-bar-chart src="/data/ha-tinh.json" by="field" lang="vi"></dv-bar-chart>
 * <dv-bar-chart src="/data/ha-tinh-synthetic.json" by="district" series="field" arrangement="stacked"></dv-bar-chart>
 */
export class DvBarChart extends DvElement {
  static override styles = [...DvElement.styles, barChartStyles];

  // In one object, not `@property` on each field: see DvElement.properties.
  static override properties: PropertyDeclarations = { orientation: { reflect: true }, arrangement: {} };

  /** `horizontal` (default) or `vertical`. */
  orientation: Orientation = 'horizontal';
  /** With `series`: `stacked` (default) or `grouped`. */
  arrangement: Arrangement = 'stacked';

  private layout: Layout | undefined;
  private readonly bars = new Rects();

  protected override reservedHeight(): number {
    return Math.min(this.rowLimit() ?? 4, 20) * ROW;
  }

  protected override legend(): readonly LegendItem[] {
    const parts = this.result?.rows.find((r) => r.parts?.length)?.parts ?? [];
    return parts.map((p, i) => ({
      key: p.key,
      label: p.label[this.language],
      colorClass: colorClass(this.series, p.key, i),
      pattern: patternFor(patternIndex(this.series, p.key, i)) || undefined,
    }));
  }

  protected override renderChart(result: QueryResult, width: number): TemplateResult {
    const rows = result.rows.length;
    const labelled = width / Math.max(rows, 1) >= LABELLED;
    const vertical = this.orientation === 'vertical' && (labelled || rows > DENSE);
    const layout = (this.layout = vertical ? this.layoutVertical(result, width, !labelled) : this.layoutHorizontal(result, width));
    return html`<svg viewBox="0 0 ${layout.width} ${layout.height}" role="list" aria-labelledby="heading" aria-describedby="summary">${patternDefs()}<g aria-hidden="true">${
      layout.axis.map((a) => svg`<line class="grid" x1=${a.x1} y1=${a.y1} x2=${a.x2} y2=${a.y2}></line>`)
    }${
      layout.labels.map((l) => svg`<text class=${l.kind} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)
    }</g>${this.bars.draw(this.drawSegments(layout.segments), !this.detailed)}</svg>`;
  }

  /**
   * A bar is one element (thousands of bars are thousands of nodes, not twice that); its texture, where it has
   * one, lies over it and lets the pointer through to it. The active bar's ring comes last, over every bar: one
   * ring, rather than a hidden one in each of thousands. The first drawing of a big result (not `detailed`) paints
   * the bars as paths (one for bars of one colour: see Rects), which are not marks to point at: the bars as marks,
   * named and focusable, come with the data table a frame later.
   */
  private drawSegments(segments: readonly Segment[]): RectAttrs[] {
    const drawn: RectAttrs[] = [];
    segments.forEach((s, i) => {
      const width = Math.max(s.w, 1);
      const height = Math.max(s.h, 1);
      // A column under 4 px has no room for rounded corners (the radius is cut to half its width): a chart of
      // thousands leaves them off, three DOM calls a column. Drawn as one path, the bars are not `.mark`s: nothing
      // to hover or point at until they are.
      const shape = { class: `${this.detailed ? 'mark ' : ''}bar ${s.colorClass}${i === this.nav.active ? ' active' : ''}`, part: 'mark', x: s.x, y: s.y, width, height, rx: width < 4 ? undefined : 2 };
      drawn.push(this.detailed ? { ...shape, role: 'listitem', tabindex: this.nav.tabIndex(i), 'data-index': i, 'aria-label': this.markName(s) } : shape);
      if (s.pattern) drawn.push({ class: 'texture', x: s.x, y: s.y, width, height, fill: `url(#${s.pattern})` });
    });
    const a = segments[this.nav.active];
    if (a) drawn.push({ class: 'ring', x: a.x - 3, y: a.y - 3, width: Math.max(a.w, 1) + 6, height: Math.max(a.h, 1) + 6, rx: 4 });
    return drawn;
  }

  private markName(s: Segment): string {
    const lang = this.language;
    const value = this.fmt((s.part ?? s.row).value, true);
    return s.part ? `${s.row.label[lang]}, ${s.part.label[lang]}: ${value}` : `${s.row.label[lang]}: ${value}`;
  }

  override marks(): readonly Mark[] {
    if (!this.layout) return [];
    return this.layout.segments.map((s) => {
      const item = s.part ?? s.row;
      return {
        key: s.row.key,
        series: s.part?.key,
        name: this.markName(s),
        title: s.part ? `${s.row.label[this.language]} · ${s.part.label[this.language]}` : s.row.label[this.language],
        lines: [this.fmt(item.value, true), ...(item.share !== undefined ? [this.share(item.share)] : [])],
        x: s.x + s.w / 2,
        y: s.y,
      };
    });
  }

  /** Adds a row's rectangles to `out`: the whole row, or one per part of it. */
  private segmentsOf(row: ResultRow, rowIndex: number, place: (part: ResultRow | undefined, index: number) => [number, number, number, number], out: Segment[]): void {
    // Stacked, a part of 0 has no length to draw (nor a mark to tab to); grouped, its bar of 0 is shown.
    const stacked = this.arrangement !== 'grouped';
    const parts = this.series ? (row.parts ?? []).filter((p) => !stacked || p.value.value !== 0) : undefined;
    if (!parts?.length) {
      const [x, y, w, h] = place(undefined, 0);
      out.push({ row, part: undefined, x, y, w, h, colorClass: colorClass(this.by, row.key, this.by === 'field' ? rowIndex : 0), pattern: '' });
      return;
    }
    const legendKeys = this.legend().map((l) => l.key);
    parts.forEach((part, i) => {
      const [x, y, w, h] = place(part, i);
      const k = Math.max(legendKeys.indexOf(part.key), 0);
      out.push({ row, part, x, y, w, h, colorClass: colorClass(this.series, part.key, k), pattern: patternFor(patternIndex(this.series, part.key, k)) });
    });
  }

  private layoutHorizontal(result: QueryResult, width: number): Layout {
    const lang = this.language;
    const rows = result.rows;
    const grouped = this.series && this.arrangement === 'grouped';
    const seriesCount = Math.max(1, ...rows.map((r) => r.parts?.length ?? 0));
    const barH = grouped ? Math.max(8, Math.min(BAR, 36 / seriesCount)) : BAR;
    const bandH = grouped ? barH * seriesCount : barH;
    const rowH = FONT + 6 + bandH + 14;
    // Value labels leave out the noun for model counts ("gần 8.000"), and keep units for measures ("7,1 km").
    const values = rows.map((r) => this.labelFigure(r.value));
    const room = Math.max(...values.map((v) => textWidth(v, FONT))) + 10;
    const max = grouped ? Math.max(0, ...rows.flatMap((r) => (r.parts ?? []).map((p) => p.value.value))) : Math.max(0, ...rows.map((r) => r.value.value));
    // The longest bar ends where its label still fits; no nice rounding, so it spans the room it has.
    const x = linear([0, max], [0, Math.max(width - room, width * 0.4)]);
    const segments: Segment[] = [];
    const labels: Layout['labels'][number][] = [];
    rows.forEach((row, r) => {
      const top = r * rowH + FONT + 6;
      labels.push({ x: 0, y: top - 6, text: row.label[lang], kind: 'bar-label', anchor: 'start' });
      let offset = 0;
      this.segmentsOf(
        row,
        r,
        (part, i) => {
          if (!part) return [0, top, x(row.value.value), barH];
          if (grouped) return [0, top + i * barH, x(part.value.value), barH - 1];
          const start = offset;
          offset += x(part.value.value);
          return [start, top, offset - start, barH];
        },
        segments,
      );
      labels.push({ x: x(grouped ? max : row.value.value) + 6, y: top + bandH / 2 + FONT * 0.35, text: values[r]!, kind: 'value-label', anchor: 'start' });
    });
    return { width, height: rows.length * rowH, segments, labels, axis: [] };
  }

  /**
   * Columns. `dense`: too narrow for value labels, so a y axis gives the scale, and every k-th column is named
   * (figures and names are in each column's tooltip, accessible name and the data table).
   */
  private layoutVertical(result: QueryResult, width: number, dense: boolean): Layout {
    const lang = this.language;
    const rows = result.rows;
    const height = Math.round(Math.min(Math.max(width * 0.6, 220), 420));
    const labelRoom = FONT * 2 + 8;
    const valueRoom = FONT + 8;
    const grouped = this.series && this.arrangement === 'grouped';
    const seriesCount = Math.max(1, ...rows.map((r) => r.parts?.length ?? 0));
    const values = grouped ? rows.flatMap((r) => (r.parts ?? []).map((p) => p.value.value)) : rows.map((r) => r.value.value);
    const base = height - labelRoom;
    const segments: Segment[] = [];
    const labels: Layout['labels'][number][] = [];
    const axis: Layout['axis'][number][] = [];
    let left = 0;
    let y = linear([0, Math.max(0, ...values)], [base, valueRoom]);
    if (dense) {
      const a = yAxis(values, result.unit ?? '', base, valueRoom);
      const texts = a.ticks.map((t) => formatNumber(t, lang));
      left = Math.max(...texts.map((t) => textWidth(t, 12))) + 10;
      y = a.y;
      a.ticks.forEach((t, i) => {
        axis.push({ x1: left, y1: y(t), x2: width, y2: y(t) });
        labels.push({ x: left - 6, y: y(t) + 4, text: texts[i]!, kind: 'tick-label muted', anchor: 'end' });
      });
    }
    const band = bands(rows.length, width - left);
    const bw = band.width;
    // Every k-th column is named, where a name of about 64 px fits.
    const every = dense ? Math.ceil(64 / (bw / 0.75)) : 1;
    // A name may take its columns' steps, less 6 px between names.
    const room = (bw / 0.75) * every - 6;
    // Long labels on narrow bands are shortened: the full name is in the tooltip, the mark's name and the table.
    const fit = (text: string) => {
      if (textWidth(text, FONT) <= room) return text;
      const cut = text.slice(0, Math.max(2, Math.floor(room / 8)));
      // At a word's end where one is near.
      const space = cut.lastIndexOf(' ');
      return `${space > cut.length / 2 ? cut.slice(0, space) : cut}…`;
    };
    rows.forEach((row, r) => {
      const x0 = left + band.x(r);
      let stack = base;
      this.segmentsOf(
        row,
        r,
        (part, i) => {
          if (!part) return [x0, y(row.value.value), bw, base - y(row.value.value)];
          if (grouped) {
            const w = bw / seriesCount;
            return [x0 + i * w, y(part.value.value), w - 1, base - y(part.value.value)];
          }
          const h = base - y(part.value.value);
          stack -= h;
          return [x0, stack, bw, h];
        },
        segments,
      );
      const top = grouped ? y(Math.max(...(row.parts ?? []).map((p) => p.value.value))) : y(row.value.value);
      if (!dense) labels.push({ x: x0 + bw / 2, y: top - 6, text: this.labelFigure(row.value), kind: 'value-label', anchor: 'middle' });
      if (r % every === 0) labels.push({ x: x0 + bw / 2, y: base + FONT + 4, text: fit(row.label[lang]), kind: 'bar-label', anchor: 'middle' });
    });
    return { width, height, segments, labels, axis: [...axis, { x1: left, y1: base, x2: width, y2: base }] };
  }
}
