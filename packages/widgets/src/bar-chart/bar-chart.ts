import type { QueryResult, ResultRow } from '@danvan/core';
import { html, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DvElement } from '../internal/dv-element.js';
import { linear } from '../internal/linear.js';
import type { Mark } from '../internal/mark.js';
import { textWidth } from '../internal/text-width.js';
import { barChartStyles } from './bar-chart.styles.js';

/** Bar orientations. */
export const ORIENTATIONS = ['horizontal', 'vertical'] as const;

/** A bar orientation. */
export type Orientation = (typeof ORIENTATIONS)[number];

const FONT = 14;
const LABEL_GAP = 6;
const BAR = 22;
const ROW = FONT + LABEL_GAP + BAR + 14;

interface BarLayout {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly {
    readonly row: ResultRow;
    readonly y: number;
    readonly width: number;
    readonly label: string;
    readonly value: string;
    readonly colorClass: string;
  }[];
}

/**
 * A bar chart of a query: one bar per row, labelled with its figure and hedge ("gần 8.000"), in the reader's
 * language, with the source line, a one-sentence summary and a data table for screen readers.
 *
 * @summary Bars for "Skilled Mass Mobilization" figures, by field, year, place, status, host or level.
 *
 * @slot heading - Replaces the heading text.
 *
 * @event dv-select - A bar was chosen (click, tap, Enter or Space). `detail`: `{ key, dimension, field, place, year }`.
 *
 * @csspart base - The themed wrapper.
 * @csspart figure - The figure element.
 * @csspart heading - The heading.
 * @csspart chart - The drawing area.
 * @csspart mark - Each bar group.
 * @csspart caption - Notes and source line.
 * @csspart source - The source line.
 * @csspart table - The visually hidden data table.
 * @csspart tooltip - The tooltip.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty [--dv-font=inherit] - Font family.
 * @cssproperty [--dv-text=#1b1f24] - Text colour.
 * @cssproperty [--dv-background=transparent] - Background.
 * @cssproperty [--dv-color-economic=#0072B2] - Colour of the economic field (and `-culture-society`, `-defense-security`, `-party-building`; `-dark` variants).
 *
 * @example
 * <dv-bar-chart src="/data/ha-tinh.json" by="field" lang="vi"></dv-bar-chart>
 */
export class DvBarChart extends DvElement {
  static override styles = [...DvElement.styles, barChartStyles];

  /** `horizontal` (default) or `vertical`. */
  @property({ reflect: true }) orientation: Orientation = 'horizontal';

  private layout: BarLayout | undefined;

  protected override renderChart(result: QueryResult, width: number): TemplateResult {
    const layout = (this.layout = this.layoutBars(result, width));
    return html`<svg
      viewBox="0 0 ${layout.width} ${layout.height}"
      role="list"
      aria-labelledby="heading"
      aria-describedby="summary"
    >
      <g aria-hidden="true">
        ${layout.bars.map(
          (b) => svg`<text class="bar-label" x="0" y=${b.y - LABEL_GAP}>${b.label}</text>
            <text class="value-label" x=${b.width + 6} y=${b.y + BAR / 2} dy="0.35em">${b.value}</text>`,
        )}
      </g>
      ${layout.bars.map(
        (b, i) => svg`<g
          class="mark ${b.colorClass} ${i === this.active ? 'active' : ''}"
          part="mark"
          role="listitem"
          tabindex=${this.tabIndexOf(i)}
          data-index=${i}
          aria-label=${`${b.label}: ${b.value}`}
          @pointerenter=${() => this.pointAt(i)}
          @click=${() => this.select(i)}
        >
          <rect class="bar" x="0" y=${b.y} width=${Math.max(b.width, 1)} height=${BAR} rx="2"></rect>
          <rect class="focus-ring" x="-3" y=${b.y - 3} width=${Math.max(b.width, 1) + 6} height=${BAR + 6} rx="4"></rect>
        </g>`,
      )}
    </svg>`;
  }

  protected override marks(): readonly Mark[] {
    const result = this.result;
    if (!this.layout || !result) return [];
    return this.layout.bars.map((b) => ({
      key: b.row.key,
      name: `${b.label}: ${b.value}`,
      title: b.label,
      lines: [
        this.fmt(b.row.value, true),
        ...(b.row.share !== undefined ? [`${this.formatShare(b.row.share)}`] : []),
      ],
      x: b.width / 2,
      y: b.y,
    }));
  }

  private layoutBars(result: QueryResult, width: number): BarLayout {
    const lang = this.language;
    const rows = result.rows;
    const values = rows.map((r) => this.fmt(r.value, result.unit !== 'model' && result.unit !== 'count'));
    const room = Math.max(...values.map((v) => textWidth(v, FONT))) + 10;
    // The longest bar ends where its label still fits; no nice rounding, so it spans the room it has.
    const x = linear([0, Math.max(0, ...rows.map((r) => r.value.value))], [0, Math.max(width - room, width * 0.4)], 0);
    const bars = rows.map((row, i) => ({
      row,
      y: i * ROW + FONT + LABEL_GAP,
      width: Math.round(x(row.value.value) * 10) / 10,
      label: row.label[lang],
      value: values[i]!,
      colorClass: this.by === 'field' ? `c-${row.key}` : 'c-s0',
    }));
    return { width, height: rows.length * ROW, bars };
  }
}
