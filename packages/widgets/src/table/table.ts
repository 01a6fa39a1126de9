import { compareVietnamese, query, type Interval, type QueryResult, type ResultRow } from '@danvan/core';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DvElement } from '../internal/dv-element.js';
import type { DownloadKind } from '../internal/download-menu.js';
import type { Mark } from '../internal/mark.js';
import { uiText } from '../internal/ui-text.js';
import { tableStyles } from './table.styles.js';

/** The ways a column can be sorted, as `aria-sort` names them. */
export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
/** A sort direction. */
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** A column: the row labels, one per series part (`part:<key>`), the figure, the share. */
interface Column {
  readonly id: string;
  readonly header: string;
  readonly numeric: boolean;
  /** A series part's column, whose header may be long ("Xây dựng Đảng, hệ thống chính trị") and wraps. */
  readonly part?: boolean;
  /** What the column is sorted by: a number, or the label's text; undefined sorts last either way. */
  readonly key: (row: ResultRow) => number | string | undefined;
  readonly cell: (row: ResultRow) => string | TemplateResult;
}

const TEXT = {
  vi: { group: 'Nhóm' },
  en: { group: 'Group' },
} as const;

/**
 * The data of a query as a visible, accessible, sortable HTML table: a row per group with its label, its figure
 * with hedge and unit ("gần 8.000 mô hình", right-aligned in tabular numerals) and its share of the total; with
 * `series`, a column per part; a totals row. Each column header is a button that sorts the rows by the column's
 * numbers (never their text) or by label in Vietnamese order, ascending then descending, stably; the header
 * carries `aria-sort`. On a narrow screen the labels wrap, and a table without `series` lets a figure's noun (and,
 * if need be, its hedge) go to the next line, so that a phone shows every column. A table still wider than its box
 * scrolls sideways inside a labelled region that takes keyboard focus, shaded on the side where columns are out of
 * sight (the scroller part's `data-more`: `start`, `end` or `start end`).
 *
 * The table is the data itself, so the hidden table the charts carry for screen readers is left out, and the
 * download menu offers CSV only. Its cells are not "marks": there is no arrow-key roving over them (screen
 * readers have their own table commands). With `selectable`, each row's label is a button that sends `dv-select`.
 *
 * @summary A sortable table of "Skilled Mass Mobilization" figures, by field, year, place, status, host or level.
 *
 * @slot heading - Replaces the heading text.
 *
 * @event {CustomEvent<DvSelectDetail>} dv-select - With `selectable`: a row's label button was pressed. `detail`: `{ key, dimension, field, place, year }`.
 *
 * @csspart base - The themed wrapper.
 * @csspart figure - The figure element.
 * @csspart heading - The heading, which also names the table.
 * @csspart chart - The box around the table.
 * @csspart scroller - The region that scrolls sideways when the table is wider than its box; `data-more` says which sides hide columns.
 * @csspart table - The table.
 * @csspart sort-button - Each column header's sort button.
 * @csspart row-button - Each row label's button, with `selectable`.
 * @csspart caption - Notes, source line and downloads.
 * @csspart source - The source line.
 * @csspart downloads - The download menu (CSV).
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty [--dv-font=inherit] - Font family.
 * @cssproperty [--dv-text=#1b1f24] - Text colour (`--dv-text-dark` in the dark theme).
 * @cssproperty [--dv-background=transparent] - Background.
 * @cssproperty [--dv-grid=#d0d7de] - Rules between rows.
 * @cssproperty [--dv-focus=#0a58ca] - Focus outline.
 *
 * @example
 * <dv-table src="/data/ha-tinh.json" by="field" lang="vi"></dv-table>
 * <dv-table src="/data/ha-tinh-synthetic.json" by="district" series="field" sort="value" selectable></dv-table>
 */
export class DvTable extends DvElement {
  static override styles = [...DvElement.styles, tableStyles];

  // In one object, not `@property` on each field: see DvElement.properties.
  static override properties: PropertyDeclarations = {
    selectable: { type: Boolean, reflect: true },
    sortColumn: { state: true, attribute: false },
    sortDirection: { state: true, attribute: false },
  };

  /** Row labels become buttons that send `dv-select` (for pages that filter other elements by the choice). */
  selectable = false;

  /** The column the reader sorted by; before any choice, the query's own order stands. */
  private declare sortColumn: string | undefined;
  private sortDirection: SortDirection = 'ascending';

  private columns: readonly Column[] = [];
  private rows: readonly ResultRow[] = [];
  /** Totals of each series part, asked of core as a query by the series dimension. */
  private partTotals = new Map<string, Interval>();

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const result = this.result;
    if (!result) {
      this.columns = [];
      this.rows = [];
      return;
    }
    const q = this.buildQuery();
    const dataset = this.loader.dataset;
    this.partTotals = new Map();
    if (q.series && dataset) {
      // Core adds up each part; the widget only asks: the same query, grouped by the series instead.
      const byPart = query(dataset, { ...q, by: q.series, series: undefined, sort: undefined, order: undefined, limit: undefined });
      for (const row of byPart.rows) this.partTotals.set(row.key, row.value);
    }
    this.columns = this.columnsOf(result);
    const [column, direction] = this.sortState();
    this.rows = sortRows(result.rows, this.columns.find((c) => c.id === column), direction);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A table wider than its box scrolls: only then is its box a labelled region that takes keyboard focus, so
    // that keyboard users can scroll it too. Set here, after layout, as only layout knows.
    const box = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!box) return;
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    for (const [name, value] of [['tabindex', '0'], ['role', 'region'], ['aria-labelledby', 'heading']] as const) {
      if (scrolls) box.setAttribute(name, value);
      else box.removeAttribute(name);
    }
    markHidden(box);
  }

  /** A figure's cell (see `figureCell`): as `text` prints it, by default with its hedge and noun. */
  private figure(value: Interval, text = this.fmt(value, true)): TemplateResult {
    return figureCell(text, this.fmt(value));
  }

  /** A table's cells are not marks: no arrow-key roving, no tooltips. */
  override marks(): readonly Mark[] {
    return [];
  }

  protected override markCount(): number {
    return 0;
  }

  /** The table is the data: no second, hidden one. */
  protected override renderDataTable(): TemplateResult {
    return html``;
  }

  protected override downloadKinds(): readonly DownloadKind[] {
    return ['csv'];
  }

  protected override reservedHeight(): number {
    return (Math.min(this.rowLimit() ?? 4, 20) + 2) * 40;
  }

  protected override renderChart(result: QueryResult): TemplateResult {
    const t = uiText(this.language);
    const [label, ...rest] = this.columns;
    return html`<div class="scroller" part="scroller" @scroll=${scrolled}><table part="table" aria-labelledby="heading" aria-describedby="summary"><thead><tr>${
      this.columns.map((c) => this.renderHeader(c))
    }</tr></thead><tbody>${
      this.rows.map(
        (row) => html`<tr><th scope="row">${label ? this.renderLabel(row, label) : nothing}</th>${rest.map((c) => html`<td class="num">${c.cell(row)}</td>`)}</tr>`,
      )
    }</tbody>${
      result.total
        ? html`<tfoot><tr><th scope="row">${t.total}</th>${rest.map((c) => {
            const part = c.id.startsWith('part:') ? this.partTotals.get(c.id.slice(5)) : undefined;
            const text = c.id === 'value' ? this.figure(result.total!) : c.id === 'share' ? this.share(1) : part ? this.figure(part, this.labelFigure(part)) : '';
            return html`<td class="num">${text}</td>`;
          })}</tr></tfoot>`
        : nothing
    }</table></div>`;
  }

  private renderHeader(c: Column): TemplateResult {
    const [column, direction] = this.sortState();
    const sorted = c.id === column ? direction : undefined;
    return html`<th scope="col" class=${c.part ? 'num part' : c.numeric ? 'num' : nothing} aria-sort=${sorted ?? 'none'}><button type="button" part="sort-button" class="sort" @click=${() => this.sortBy(c.id)}><span>${
      c.header
    }</span>${sortIcon(sorted)}</button></th>`;
  }

  private renderLabel(row: ResultRow, label: Column): TemplateResult | string {
    const text = label.cell(row);
    if (!this.selectable) return text;
    return html`<button type="button" part="row-button" class="row-button" @click=${() => this.select(row.key)}>${text}</button>`;
  }

  /** Sorts by a column: ascending first, then the other way on each press. */
  sortBy(column: string): void {
    const [current, direction] = this.sortState();
    this.sortDirection = current === column && direction === 'ascending' ? 'descending' : 'ascending';
    this.sortColumn = column;
  }

  /** The column and direction in force: the reader's choice, else what the query's `sort` and `order` did. */
  private sortState(): [string | undefined, SortDirection] {
    if (this.sortColumn) return [this.sortColumn, this.sortDirection];
    const { sort, order } = this.buildQuery();
    if (sort === 'value') return ['value', order === 'asc' ? 'ascending' : 'descending'];
    if (sort === 'label') return ['label', order === 'desc' ? 'descending' : 'ascending'];
    return [undefined, 'ascending'];
  }

  private columnsOf(result: QueryResult): Column[] {
    const lang = this.language;
    const t = uiText(lang);
    const parts = result.rows.find((r) => r.parts?.length)?.parts ?? [];
    const partOf = (row: ResultRow, key: string) => row.parts?.find((p) => p.key === key);
    const columns: Column[] = [
      { id: 'label', header: this.groupHeader() || TEXT[lang].group, numeric: false, key: (r) => r.label[lang], cell: (r) => r.label[lang] },
      ...parts.map(
        (p): Column => ({
          id: `part:${p.key}`,
          header: p.label[lang],
          numeric: true,
          part: true,
          key: (r) => partOf(r, p.key)?.value.value,
          // Parts leave out the noun for counts ("3": the row's total says "10 mô hình"), not units of measure.
          cell: (r) => {
            const part = partOf(r, p.key);
            return part ? this.figure(part.value, this.labelFigure(part.value)) : '–';
          },
        }),
      ),
      { id: 'value', header: parts.length ? t.total : t.value, numeric: true, key: (r) => r.value.value, cell: (r) => this.figure(r.value) },
    ];
    if (result.total) columns.push({ id: 'share', header: t.share, numeric: true, key: (r) => r.share, cell: (r) => this.share(r.share) });
    return columns;
  }
}

/**
 * A figure as a cell prints it: its hedge ("more than"), number ("19,300") and noun ("models") each kept whole, the
 * line broken between them only when the column is too narrow for all three, as on a phone.
 */
function figureCell(text: string, figure: string): TemplateResult {
  const noun = text.startsWith(`${figure} `) ? text.slice(figure.length + 1) : '';
  const head = noun ? figure : text;
  // Numbers never hold a space (formatNumber): the hedge is what comes before the last one.
  const cut = head.lastIndexOf(' ');
  const words = [head.slice(0, Math.max(cut, 0)), head.slice(cut + 1), noun].filter(Boolean);
  return html`${words.map((w, i) => html`${i ? ' ' : ''}<span>${w}</span>`)}`;
}

/**
 * Says on which sides a table wider than its box has columns out of sight, for the styles to shade them:
 * `data-more="start"`, `"end"` or `"start end"`, and no attribute when it all shows. The table is always laid out
 * left to right (its box's direction is fixed), so the start is the left.
 */
function markHidden(box: HTMLElement): void {
  const hidden = box.scrollWidth - box.clientWidth;
  const more = [box.scrollLeft > 1 ? 'start' : '', hidden - box.scrollLeft > 1 ? 'end' : ''].filter(Boolean).join(' ');
  if (more) box.setAttribute('data-more', more);
  else box.removeAttribute('data-more');
}

const scrolled = (e: Event): void => markHidden(e.currentTarget as HTMLElement);

/** Rows sorted by a column, stably (equal keys keep the query's order); rows without a key go last either way. */
function sortRows(rows: readonly ResultRow[], column: Column | undefined, direction: SortDirection): readonly ResultRow[] {
  if (!column) return rows;
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, key: column.key(row) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.i - b.i : a.key === undefined ? 1 : -1;
    const d = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : compareVietnamese(String(a.key), String(b.key));
    return sign * d || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

/** Two small triangles: the one pointing the sorted way is filled; both are faint when the column is unsorted. */
function sortIcon(direction: SortDirection | undefined): TemplateResult {
  return html`<svg class="sort-icon ${direction ?? 'unsorted'}" viewBox="0 0 8 12" aria-hidden="true">${svg`<path class="up" d="M4 0L8 5H0Z"></path><path class="down" d="M4 12L0 7H8Z"></path>`}</svg>`;
}
