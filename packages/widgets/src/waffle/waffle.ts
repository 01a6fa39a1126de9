import type { Lang, Query, QueryResult, ResultRow } from '@danvan/core';
import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { colorClass, patternIndex } from '../internal/color-class.js';
import { DvElement } from '../internal/dv-element.js';
import { formatShare } from '../internal/frame-parts.js';
import type { LegendItem } from '../internal/legend.js';
import type { Mark } from '../internal/mark.js';
import { PATTERN_IDS, patternDefs, patternFor } from '../internal/patterns.js';
import { allotCells, CELLS, type Allotment } from './allot-cells.js';
import { waffleStyles } from './waffle.styles.js';

/** Cells per side of the grid. */
export const GRID = 10;

// The grid is drawn in a 360-unit square that CSS scales to the column (at most 360 px): 32-unit cells, 4 apart,
// and a 2-unit margin where the focus outline runs.
const PITCH = 36;
const CELL = 32;
const PAD = (PITCH - CELL) / 2;
const SIDE = GRID * PITCH;

/** One group of cells: a row of the result that got at least one cell. */
interface Group {
  readonly row: ResultRow;
  /** Index of the first cell, in fill order. */
  readonly start: number;
  readonly count: number;
  readonly colorClass: string;
  readonly pattern: string;
}

interface Layout {
  readonly allotment: Allotment;
  readonly groups: readonly Group[];
  /** Cells of the rest of the whole (see `allotCells`), then cells no group took (only when all rows are 0). */
  readonly restStart: number;
  readonly restCount: number;
}

const TEXT = {
  vi: {
    rest: 'Phần còn lại',
    noCell: 'chưa tới nửa ô nên không có ô',
    each: (whole: string) => `Mỗi ô là 1% của tổng số (${whole}); số ô được làm tròn để cộng lại đủ 100.`,
    restNote: (sum: string) => `Các nhóm được nêu cộng lại ${sum}, chưa đủ tổng số: phần còn lại là các ô rỗng.`,
    shortNote: (sum: string) =>
      `Các phần cộng lại ${sum}, ít hơn tổng số công bố. Vì các số có “hơn”, “gần”, phần chênh lệch không được vẽ thành một nhóm riêng: các ô chia theo tỷ lệ giữa các phần, còn tỷ lệ phần trăm tính trên tổng số công bố.`,
    overNote: (sum: string) =>
      `Các phần cộng lại ${sum}, nhiều hơn tổng số công bố: các ô chia theo tỷ lệ giữa các phần, còn tỷ lệ phần trăm tính trên tổng số nên cộng lại quá 100%.`,
    tinyNote: 'Nhóm nhỏ hơn nửa ô không có ô nào nhưng vẫn được ghi trong chú giải.',
    zeroNote: 'Các nhóm đều bằng 0.',
  },
  en: {
    rest: 'Rest of the total',
    noCell: 'under half a square, so no square',
    each: (whole: string) => `Each square is 1% of the total (${whole}); squares are rounded so that they add up to 100.`,
    restNote: (sum: string) => `The groups shown add up to ${sum}, less than the total: the rest is the empty squares.`,
    shortNote: (sum: string) =>
      `The parts add up to ${sum}, less than the published total. As the figures are hedged (“more than”, “nearly”), the difference is not drawn as a group of its own: the squares are shared out in proportion to the parts, and the percentages are shares of the published total.`,
    overNote: (sum: string) =>
      `The parts add up to ${sum}, more than the published total: the squares are shared out in proportion to the parts, and the percentages, shares of the total, add up to more than 100%.`,
    tinyNote: 'Groups smaller than half a square get no square but are still listed in the legend.',
    zeroNote: 'Every group is 0.',
  },
} as const satisfies Record<Lang, unknown>;

/**
 * A waffle chart: part-to-whole as a 10 × 10 grid, each cell 1% of the whole, grouped by a dimension (`by`,
 * `field` by default). Cells are shared out by the largest-remainder method so they always add up to 100; each
 * group is told apart by colour and texture and named in a legend with its figure, hedge and share ("Kinh tế —
 * gần 8.000 (41 %)"). The whole is the published total when there is one ("hơn 19.300"); when hedged parts do not
 * fill it, the cells are shared among the parts and a note says so, rather than inventing an "other" group (see
 * `allotCells`). A group too small for half a cell gets no cell but stays in the legend and the data table.
 * Each group, not each cell, is one keyboard stop.
 *
 * @summary Part-to-whole squares for "Skilled Mass Mobilization" figures, by field, status, host, level or place.
 *
 * @slot heading - Replaces the heading text.
 *
 * @event {CustomEvent<DvSelectDetail>} dv-select - A group was chosen (click, tap, Enter or Space). `detail`: `{ key, dimension, field, place, year }`.
 *
 * @csspart base - The themed wrapper.
 * @csspart figure - The figure element.
 * @csspart heading - The heading.
 * @csspart chart - The grid and its note.
 * @csspart mark - Each group of cells.
 * @csspart legend - The legend: label, figure and share of each group.
 * @csspart waffle-note - What a cell stands for, and how the whole was shared out.
 * @csspart caption - Notes, source line and downloads.
 * @csspart source - The source line.
 * @csspart downloads - The download menu.
 * @csspart table - The visually hidden data table.
 * @csspart tooltip - The tooltip.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty [--dv-font=inherit] - Font family.
 * @cssproperty [--dv-text=#1b1f24] - Text colour (`--dv-text-dark` in the dark theme).
 * @cssproperty [--dv-text-muted=#57606a] - Colour of the note and of the empty cells' outline.
 * @cssproperty [--dv-background=transparent] - Background.
 * @cssproperty [--dv-color-economic=#0072B2] - Colour of a field; also `-culture-society`, `-defense-security`, `-party-building`, and `-dark` variants.
 * @cssproperty [--dv-color-0=#0072B2] - Colours of other groups, 0 to 5.
 * @cssproperty [--dv-waffle-size=360px] - The largest side of the grid.
 *
 * @example
 * <dv-waffle src="/data/ha-tinh.json" lang="vi"></dv-waffle>
 * <dv-waffle src="/data/ha-tinh-synthetic.json" by="status" place="443"></dv-waffle>
 */
export class DvWaffle extends DvElement {
  static override styles = [...DvElement.styles, waffleStyles];

  /** The dimension the cells are grouped by; `field` by default. */
  override by: Query['by'] = 'field';

  private layout: Layout | undefined;

  /** The waffle's own query: grouped by `field` unless told otherwise, never split by a series or cumulated. */
  protected override buildQuery(): Query {
    const q = super.buildQuery();
    return { ...q, by: q.by ?? 'field', series: undefined, cumulative: undefined };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.layout = this.result ? layoutWaffle(this.result, this.buildQuery().by) : undefined;
    // Rows too small for a cell are no mark: forget a keyboard position past the last group.
    this.nav.clamp(this.layout?.groups.length ?? 0);
  }

  protected override reservedHeight(width: number): number {
    return Math.min(width, SIDE);
  }

  protected override legend(): readonly LegendItem[] {
    const layout = this.layout;
    const result = this.result;
    if (!layout || !result) return [];
    const t = TEXT[this.language];
    const groups = new Map(layout.groups.map((g) => [g.row.key, g]));
    const items: LegendItem[] = result.rows.map((row, i) => {
      const cells = layout.allotment.cells[i] ?? 0;
      const tiny = cells === 0 && row.value.value > 0 ? `, ${t.noCell}` : '';
      const { colorClass, pattern } = groups.get(row.key) ?? look(this.buildQuery().by, row.key, i);
      return {
        key: row.key,
        label: `${row.label[this.language]} — ${this.labelFigure(row.value)} (${this.percent(this.shareOf(row))}${tiny})`,
        colorClass,
        pattern: pattern || undefined,
      };
    });
    const rest = layout.allotment.rest;
    if (rest) items.push({ key: '', label: `${t.rest} — ${this.labelFigure(rest)} (${this.percent(rest.share)})`, colorClass: 'rest' });
    return items;
  }

  protected override renderChart(result: QueryResult, _width: number): TemplateResult {
    const layout = this.layout ?? layoutWaffle(result, this.buildQuery().by);
    const rest = Array.from({ length: layout.restCount }, (_, k) => layout.restStart + k);
    return html`<svg viewBox="0 0 ${SIDE} ${SIDE}" role="list" aria-labelledby="heading" aria-describedby="summary">${patternDefs()}${
        layout.groups.map((g, i) => this.renderGroup(g, i))
      }${
        rest.length ? svg`<g aria-hidden="true">${rest.map((k) => cellRect(k, 'cell rest'))}</g>` : nothing
      }<g aria-hidden="true">${
        layout.groups.map((g) => (g.pattern ? svg`<path class="texture" d=${cellsPath(g)} fill=${`url(#${g.pattern})`}></path>` : nothing))
      }</g></svg><p class="waffle-note" part="waffle-note">${this.noteText(result, layout)}</p>`;
  }

  private renderGroup(g: Group, i: number): SVGTemplateResult {
    const active = i === this.nav.active;
    const cells = Array.from({ length: g.count }, (_, k) => g.start + k);
    return svg`<g class="mark ${g.colorClass} ${active ? 'active' : ''}" part="mark" role="listitem" tabindex=${this.nav.tabIndex(i)} data-index=${i} data-key=${g.row.key} aria-label=${this.markName(g.row)}>${
      cells.map((k) => cellRect(k, 'cell'))
    }<path class="focus-ring" d=${outline(g.start, g.count)}></path></g>`;
  }

  override marks(): readonly Mark[] {
    return (this.layout?.groups ?? []).map((g) => {
      const [x0, , x1] = bounds(g.start, g.count);
      return {
        key: g.row.key,
        name: this.markName(g.row),
        title: g.row.label[this.language],
        lines: [this.fmt(g.row.value, true), this.percent(this.shareOf(g.row))],
        x: (x0 + x1) / 2,
        y: cellY(g.start),
      };
    });
  }

  /** "Kinh tế: gần 8.000 mô hình, 41 %" */
  private markName(row: ResultRow): string {
    return `${row.label[this.language]}: ${this.fmt(row.value, true)}, ${this.percent(this.shareOf(row))}`;
  }

  private shareOf(row: ResultRow): number {
    const whole = this.layout?.allotment.whole ?? 0;
    return row.share ?? (whole > 0 ? row.value.value / whole : 0);
  }

  /**
   * Whole percentages, as a cell is 1%; below 1% one decimal, and below 0.1% "< 0,1 %", so a group that exists
   * never reads as 0.
   */
  private percent(share: number): string {
    const lang = this.language;
    if (share > 0 && share < 0.001) return `< ${formatShare(0.001, lang, 1)}`;
    return formatShare(share, lang, share < 0.01 ? 1 : 0);
  }

  private noteText(result: QueryResult, layout: Layout): string {
    const t = TEXT[this.language];
    const { allotment } = layout;
    if (allotment.whole <= 0) return t.zeroNote;
    const whole = this.fmt(result.total ?? { value: allotment.sum, qualifier: 'exact' }, true);
    const sum = this.labelFigure(result.reconciliation?.sum ?? { value: allotment.sum, qualifier: allotment.rest?.qualifier ?? 'exact' });
    const notes: string[] = [t.each(whole)];
    if (allotment.rest) notes.push(t.restNote(sum));
    else if (allotment.fit === 'short') notes.push(t.shortNote(sum));
    else if (allotment.fit === 'over') notes.push(t.overNote(sum));
    if (result.rows.some((r, i) => r.value.value > 0 && allotment.cells[i] === 0)) notes.push(t.tinyNote);
    return notes.join(' ');
  }
}

/** Colour class and texture of the i-th group: fields keep theirs; other groups pair colours and textures so that no two of the first 36 look alike. */
function look(by: Query['by'], key: string, i: number): { colorClass: string; pattern: string } {
  const p = by === 'field' ? patternIndex(by, key, i) : (i + Math.floor(i / 6)) % PATTERN_IDS.length;
  return { colorClass: colorClass(by, key, i), pattern: patternFor(p) };
}

function layoutWaffle(result: QueryResult, by: Query['by']): Layout {
  const allotment = allotCells(result);
  const groups: Group[] = [];
  let next = 0;
  result.rows.forEach((row, i) => {
    const count = allotment.cells[i] ?? 0;
    if (count === 0) return;
    groups.push({ row, start: next, count, ...look(by, row.key, i) });
    next += count;
  });
  return { allotment, groups, restStart: next, restCount: CELLS - next };
}

function cellX(k: number): number {
  return PAD + (k % GRID) * PITCH;
}

function cellY(k: number): number {
  return PAD + Math.floor(k / GRID) * PITCH;
}

function cellRect(k: number, cls: string): SVGTemplateResult {
  return svg`<rect class=${cls} x=${cellX(k)} y=${cellY(k)} width=${CELL} height=${CELL} rx="2"></rect>`;
}

/** The cells of a group as one path, for its texture. */
function cellsPath(g: Group): string {
  let d = '';
  for (let k = g.start; k < g.start + g.count; k++) d += `M${cellX(k)} ${cellY(k)}h${CELL}v${CELL}h${-CELL}Z`;
  return d;
}

/** Left, top, right and bottom of the box around a run of cells, on the lines between cells. */
function bounds(start: number, count: number): [number, number, number, number] {
  const end = start + count - 1;
  const r0 = Math.floor(start / GRID);
  const r1 = Math.floor(end / GRID);
  const c0 = r0 === r1 ? start % GRID : 0;
  const c1 = r0 === r1 ? end % GRID : GRID - 1;
  return [c0 * PITCH, r0 * PITCH, (c1 + 1) * PITCH, (r1 + 1) * PITCH];
}

/**
 * The outline of a run of cells filled row by row, drawn on the lines between cells: one rectangle for a run in
 * one row, two when a run over two rows does not overlap itself, else one polygon of up to eight corners.
 */
function outline(start: number, count: number): string {
  const end = start + count - 1;
  const r0 = Math.floor(start / GRID);
  const c0 = start % GRID;
  const r1 = Math.floor(end / GRID);
  const c1 = end % GRID;
  const x = (c: number) => c * PITCH;
  const y = (r: number) => r * PITCH;
  const rect = (xa: number, ya: number, xb: number, yb: number) => `M${xa} ${ya}H${xb}V${yb}H${xa}Z`;
  if (r0 === r1) return rect(x(c0), y(r0), x(c1 + 1), y(r0 + 1));
  if (r1 === r0 + 1 && c1 < c0) return rect(x(c0), y(r0), x(GRID), y(r0 + 1)) + rect(x(0), y(r1), x(c1 + 1), y(r1 + 1));
  return `M${x(c0)} ${y(r0)}H${x(GRID)}V${y(r1)}H${x(c1 + 1)}V${y(r1 + 1)}H${x(0)}V${y(r0 + 1)}H${x(c0)}Z`;
}
