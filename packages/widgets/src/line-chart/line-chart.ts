import {
  exactInterval,
  FIELDS,
  formatNumber,
  labelsFor,
  query,
  summarize,
  type Dataset,
  type Dimension,
  type Field,
  type Interval,
  type Label,
  type Query,
  type QueryResult,
  type ResultRow,
} from '@danvan/core';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { colorClass, patternIndex } from '../internal/color-class.js';
import { DvElement } from '../internal/dv-element.js';
import { withFieldTitle } from '../internal/field-title.js';
import type { LegendItem } from '../internal/legend.js';
import { linear } from '../internal/linear.js';
import type { Mark } from '../internal/mark.js';
import { polyline } from '../internal/polyline.js';
import { textWidth } from '../internal/text-width.js';
import { lineChartStyles } from './line-chart.styles.js';

const YEAR = /^\d{4}$/;
const TICK_FONT = 12;
const END_FONT = 13;
const END_LINE = 15;
/** Units counted in whole numbers: their axes never show "0,5". */
const WHOLE_UNITS: ReadonlySet<string> = new Set(['model', 'count', 'household', 'person', 'working-day']);
/** Dash patterns, in the same order as the fill patterns of bars: solid, dashed, dotted, dash-dot… */
const DASHES = ['', '7 4', '1.5 3.5', '9 3 2 3', '4 3', '12 3'] as const;
/**
 * Point shapes, so that series differ by shape as well as by colour and dash: path data centred on 0,0, with the
 * geometry d3-shape's symbols had at these areas (px²), written out rather than computed. Every shape is a `<path>`,
 * so one template draws a point or a legend swatch and the same CSS styles every shape.
 */
const MARKERS = [
  // circle, 44: r 3.742
  'M3.742,0A3.742,3.742,0,1,1,-3.742,0A3.742,3.742,0,1,1,3.742,0',
  // square, 40
  'M-3.162,-3.162h6.325v6.325h-6.325Z',
  // triangle, 50, pointing up
  'M0,-6.204L5.373,3.102L-5.373,3.102Z',
  // diamond, 40
  'M0,-5.886L3.398,0L0,5.886L-3.398,0Z',
  // plus, 40: arms 2.828 wide
  'M-4.243,-1.414L-1.414,-1.414L-1.414,-4.243L1.414,-4.243L1.414,-1.414L4.243,-1.414L4.243,1.414L1.414,1.414L1.414,4.243L-1.414,4.243L-1.414,1.414L-4.243,1.414Z',
  // wye (three arms), 40
  'M1.707,0.985L1.707,4.399L-1.707,4.399L-1.707,0.985L-4.663,-0.721L-2.956,-3.677L0,-1.971L2.956,-3.677L4.663,-0.721Z',
] as const;
const WORDS = {
  vi: { cumulative: 'cộng dồn', highest: (year: string, name: string, value: string) => `Năm ${year}, ${name} cao nhất: ${value}.` },
  en: { cumulative: 'running total', highest: (year: string, name: string, value: string) => `In ${year}, ${name} is highest: ${value}.` },
} as const;

/** One point of a line: a row (a year) and, for a series, its part. */
interface Point {
  readonly row: ResultRow;
  readonly part: ResultRow | undefined;
  readonly value: Interval;
  /** Position along x: the year, or the row's index when rows are not years. */
  readonly at: number;
}

/** One line: a series (or the whole), its colour, dash and point shape. */
interface Line {
  readonly key: string;
  readonly label: string;
  readonly colorClass: string;
  readonly dash: string;
  /** Path data of its point shape. */
  readonly marker: string;
  readonly points: readonly Point[];
}

/** A point placed on the drawing; the keyboard visits them in this order, line by line. */
interface Placed {
  readonly line: Line;
  readonly point: Point;
  readonly x: number;
  readonly y: number;
}

/** A label at the end of a line: its lines of text, the first `named` of which are the series name. */
interface EndLabel {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  readonly named: number;
}

interface Layout {
  readonly width: number;
  readonly height: number;
  readonly hit: number;
  readonly grid: readonly { y: number; x1: number; x2: number; label: string; base: boolean }[];
  readonly years: readonly { x: number; y: number; text: string }[];
  readonly paths: readonly { d: string; colorClass: string; dash: string }[];
  /** Labels at the ends of lines: the series name first (on `named` lines), then the figure (on one or two). */
  readonly ends: readonly EndLabel[];
  readonly points: readonly Placed[];
}

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
 * @event dv-select - A point was chosen (click, tap, Enter or Space). `detail`: `{ key, dimension, series, field, place, year }`.
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

  private layout: Layout | undefined;
  private linesMemo: { result: QueryResult; lang: string; lines: readonly Line[] } | undefined;

  /** By year unless `by` says otherwise; a time axis runs in time order, whatever `sort` says. */
  protected override buildQuery(): Query {
    const q = super.buildQuery();
    const by = q.by ?? 'year';
    return by === 'year' ? { ...q, by, sort: undefined, order: undefined } : q;
  }

  /**
   * Where records are counted, core leaves out years without a record: they are put back, at 0 (or, for running
   * totals, at the total so far), so the line does not bridge them. Core's running totals add up rows, not their
   * parts: with `series`, each line's running total is its own core query, and the parts are set from those.
   * Counted records with no part in a row are a part of 0.
   */
  protected override runQuery(dataset: Dataset): QueryResult {
    const q = this.buildQuery();
    const result = query(dataset, q);
    const filled = q.by === 'year' && result.basis === 'records' ? fillYears(result.rows, q.cumulative === true) : result.rows;
    if (!q.series) return filled === result.rows ? result : { ...result, rows: filled };
    const keys = seriesKeys(result, q.series);
    const zero = (k: { key: string; label: Label }): ResultRow | undefined =>
      result.basis === 'records' ? { key: k.key, label: k.label, value: exactInterval(0), share: 0 } : undefined;
    let lookup: (row: ResultRow, k: { key: string; label: Label }) => ResultRow | undefined = (row, k) =>
      row.parts?.find((p) => p.key === k.key) ?? zero(k);
    if (q.cumulative && q.by === 'year') {
      const runs = new Map<string, readonly ResultRow[]>();
      for (const k of keys) {
        const filter = seriesFilter(q.series, k.key);
        if (filter) runs.set(k.key, query(dataset, { ...q, ...filter, series: undefined }).rows.filter((r) => YEAR.test(r.key)));
      }
      // A year a series has no row for keeps the series' running total from the year before.
      lookup = (row, k) => {
        const run = runs.get(k.key);
        if (!run) return undefined;
        const before = run.filter((r) => Number(r.key) <= Number(row.key)).at(-1);
        return before ? { key: k.key, label: k.label, value: before.value, share: undefined } : zero(k);
      };
    }
    const rows = filled.map((row) => ({
      ...row,
      parts: keys.map((k) => lookup(row, k)).filter((p): p is ResultRow => p !== undefined),
    }));
    return { ...result, rows };
  }

  /** Rows that are not years ("unknown": models without a start date) are in the table, but draw no point. */
  protected override hasData(result: QueryResult): boolean {
    return this.markCount(result) > 0;
  }

  protected override markCount(result: QueryResult): number {
    return this.linesOf(result).reduce((n, l) => n + l.points.length, 0);
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
    const { rows } = this.axis(result);
    const sentence = summarize({ ...result, rows }, lang, this.metric || 'models');
    const lines = this.linesOf(result);
    const last = rows.at(-1);
    if (lines.length < 2 || !last) return sentence;
    // Which line ends highest: the one fact a reader of several lines looks for first.
    let top: { l: Line; p: Point } | undefined;
    for (const l of lines) {
      const p = l.points.find((p) => p.row === last);
      if (p && (!top || p.value.value > top.p.value.value)) top = { l, p };
    }
    return top ? `${sentence} ${WORDS[lang].highest(last.label[lang], top.l.label, this.fmt(top.p.value, true))}` : sentence;
  }

  protected override legend(): readonly LegendItem[] {
    const lines = this.result ? this.linesOf(this.result) : [];
    if (lines.length < 2) return [];
    return lines.map((l) => ({
      key: l.key,
      label: l.label,
      colorClass: l.colorClass,
      swatch: svg`<path class="line ${l.colorClass}" d="M1 7H23" stroke-dasharray=${l.dash || nothing}></path>
        <path class="marker ${l.colorClass}" transform="translate(12 7)" d=${l.marker}></path>`,
    }));
  }

  protected override renderChart(result: QueryResult, width: number): TemplateResult {
    const layout = (this.layout = this.layoutFor(result, width));
    return html`<svg viewBox="0 0 ${layout.width} ${layout.height}" role="list" aria-labelledby="heading" aria-describedby="summary">
      <g aria-hidden="true">
        ${layout.grid.map(
          (g) => svg`<line class="grid ${g.base ? 'baseline' : ''}" x1=${g.x1} y1=${g.y} x2=${g.x2} y2=${g.y}></line>
            <text class="tick-label muted" x=${g.x1 - 6} y=${g.y + 4} text-anchor="end">${g.label}</text>`,
        )}
        ${layout.years.map((t) => svg`<text class="year-label muted" x=${t.x} y=${t.y} text-anchor="middle">${t.text}</text>`)}
        ${layout.paths.map((p) => svg`<path class="line ${p.colorClass}" d=${p.d} stroke-dasharray=${p.dash || nothing}></path>`)}
        ${layout.ends.map(
          (e) => svg`<text class="end-label" x=${e.x} y=${e.y}>${e.lines.map(
            (text, i) => svg`<tspan class=${i < e.named ? 'end-name' : 'end-value'} x=${e.x} dy=${i === 0 ? 0 : END_LINE}>${text}</tspan>`,
          )}</text>`,
        )}
      </g>
      ${layout.points.map((p, i) => this.renderPoint(p, i, layout.hit))}
    </svg>`;
  }

  private renderPoint(p: Placed, i: number, hit: number): SVGTemplateResult {
    return svg`<g
      class="mark ${i === this.nav.active ? 'active' : ''}"
      part="mark"
      role="listitem"
      tabindex=${this.nav.tabIndex(i)}
      data-index=${i}
      aria-label=${this.markName(p)}
      transform="translate(${p.x} ${p.y})"
      @pointerenter=${() => this.nav.point(i)}
      @click=${() => this.choose(i)}
    >
      <circle class="hit" r=${hit}></circle>
      <path class="marker ${p.line.colorClass}" d=${p.line.marker}></path>
      <circle class="focus-ring" r="8"></circle>
    </g>`;
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

  /** The lines of a result, computed once per result and language. */
  private linesOf(result: QueryResult): readonly Line[] {
    const lang = this.language;
    if (this.linesMemo?.result === result && this.linesMemo.lang === lang) return this.linesMemo.lines;
    const q = this.buildQuery();
    const { temporal, rows } = this.axis(result);
    const at = (row: ResultRow, i: number) => (temporal ? Number(row.key) : i);
    const keys = q.series ? seriesKeys(result, q.series) : [];
    const lines: Line[] = keys.length
      ? keys.map((k, i) => {
          const style = patternIndex(q.series, k.key, i);
          return {
            key: k.key,
            label: k.label[lang],
            colorClass: colorClass(q.series, k.key, i),
            dash: DASHES[style % DASHES.length]!,
            marker: MARKERS[style % MARKERS.length]!,
            points: rows.flatMap((row, j) => {
              const part = row.parts?.find((p) => p.key === k.key);
              return part ? [{ row, part, value: part.value, at: at(row, j) }] : [];
            }),
          };
        })
      : [
          {
            key: 'total',
            label: '',
            // In its field's colour when the chart is about one field (a list of fields is no field's: c-s0).
            colorClass: colorClass('field', String(q.field), 0),
            dash: DASHES[0],
            marker: MARKERS[0],
            points: rows.map((row, i) => ({ row, part: undefined, value: row.value, at: at(row, i) })),
          },
        ];
    this.linesMemo = { result, lang, lines };
    return lines;
  }

  private layoutFor(result: QueryResult, width: number): Layout {
    const lang = this.language;
    const lines = this.linesOf(result);
    const several = lines.length > 1;
    const height = this.reservedHeight(width);
    const points = lines.flatMap((l) => l.points);
    const whole = WHOLE_UNITS.has(result.unit);
    const max = Math.max(whole ? 2 : 0, ...points.map((p) => p.value.value)) || 1;

    // y: from 0 to the highest point (not rounded up, which can leave a third of the chart empty), with 3 to 5
    // gridlines whatever the height.
    const top = several ? 16 : 12;
    const bottom = height - 26;
    const want = bottom - top < 170 ? 3 : bottom - top < 300 ? 4 : 5;
    const y = linear([0, max], [bottom, top], 0);
    let ticks = y.ticks(want);
    for (const n of [want, want - 1, want + 1, 3, 4, 5, 2, 6]) {
      const t = y.ticks(n).filter((v) => !whole || Number.isInteger(v));
      if (t.length >= 3 && t.length <= 5) {
        ticks = t;
        break;
      }
    }
    const tickLabels = ticks.map((t) => formatNumber(t, lang));
    const gutter = Math.max(...tickLabels.map((t) => textWidth(t, TICK_FONT))) + 10;

    // Labels at the ends of the lines: the figure, and the series name when there are several.
    const room = Math.max(56, Math.floor(width * 0.26));
    const names = several ? this.endNames(lines, room) : [];
    const endTexts = lines.map((l, i) => {
      const last = l.points.at(-1);
      if (!last) return { names: [], values: [] };
      // A long hedged figure goes on two lines ("more than" / "19,300") rather than squeeze the plot.
      const value = this.labelFigure(last.value);
      const values = fits(value, room) ? [value] : splitHedge(value);
      return { names: names[i] ?? [], values };
    });
    const endWidth = Math.max(0, ...endTexts.flatMap((e) => [...e.names, ...e.values]).map((t) => textWidth(t, END_FONT) * 1.05));
    const right = width - Math.max(endWidth + 12, 20);

    // x: years (or rows) spread between the axis and the end labels.
    const ats = points.map((p) => p.at);
    const lo = Math.min(...ats);
    const hi = Math.max(...ats);
    const left = gutter + 14;
    const x = (at: number) => (hi === lo ? (left + right) / 2 : left + ((at - lo) / (hi - lo)) * (right - left));
    const step = hi > lo ? (right - left) / (hi - lo) : right - left;

    const grid = ticks.map((t, i) => ({ y: y(t), x1: gutter, x2: right + 6, label: tickLabels[i]!, base: t === 0 }));
    const years = this.xLabels(result, lo, hi, x, right - left).map((t) => ({ ...t, y: bottom + 18 }));

    const paths = lines.flatMap((l) =>
      runs(l.points)
        .filter((run) => run.length > 1)
        .map((run) => ({ d: polyline(run.map((p) => [x(p.at), y(p.value.value)])), colorClass: l.colorClass, dash: l.dash })),
    );

    const ends = placeEnds(
      lines.flatMap((l, i) => {
        const last = l.points.at(-1);
        const { names, values } = endTexts[i]!;
        return last ? [{ x: x(last.at) + 9, y: y(last.value.value), lines: [...names, ...values], named: names.length }] : [];
      }),
      2,
      bottom + 4,
    );

    const placed = lines.flatMap((l) => l.points.map((p) => ({ line: l, point: p, x: x(p.at), y: y(p.value.value) })));
    return { width, height, hit: Math.max(6, Math.min(12, step / 2)), grid, years, paths, ends, points: placed };
  }

  /** The rows along x: with a time axis, only years ("unknown", models without a start date, is in the table only). */
  private axis(result: QueryResult): { temporal: boolean; rows: readonly ResultRow[] } {
    const temporal = this.buildQuery().by === 'year';
    return { temporal, rows: temporal ? result.rows.filter((r) => YEAR.test(r.key)) : result.rows };
  }

  /** Year labels, every one when there is room, else every 2nd, 5th or 10th from the first; the last when it fits. */
  private xLabels(result: QueryResult, lo: number, hi: number, x: (at: number) => number, room: number): { x: number; text: string }[] {
    const { temporal, rows } = this.axis(result);
    const text = (at: number) => (temporal ? String(at) : (rows[at]?.label[this.language] ?? ''));
    const widest = Math.max(textWidth('2023', TICK_FONT), ...(temporal ? [] : rows.map((r) => textWidth(r.label[this.language], TICK_FONT))));
    const slot = widest + 12;
    const span = hi - lo;
    const every = [1, 2, 5, 10, 20, 50].find((k) => (Math.floor(span / k) + 1) * slot <= room + slot) ?? Math.ceil(span / 2) + 1;
    const out: { x: number; text: string }[] = [];
    for (let at = lo; at <= hi; at += every) out.push({ x: x(at), text: text(at) });
    const last = out.at(-1);
    if (last && hi !== lo && last.text !== text(hi) && x(hi) - last.x >= slot) out.push({ x: x(hi), text: text(hi) });
    return out;
  }

  /**
   * Series names that fit the room beside the chart, each on one or two lines; where one does not, fields all take
   * their short names (the forms the movement's documents use: KT, VH-XH…), and other names are cut with "…".
   * The legend has every name in full.
   */
  private endNames(lines: readonly Line[], room: number): string[][] {
    const full = lines.map((l) => wrapName(l.label, room));
    if (full.every((n) => n !== undefined)) return full as string[][];
    const fields = this.buildQuery().series === 'field' && lines.every((l) => (FIELDS as readonly string[]).includes(l.key));
    if (fields) return lines.map((l) => [labelsFor(this.language).fieldShort[l.key as Field]]);
    return lines.map((l, i) => full[i] ?? [cutName(l.label, room)]);
  }
}

/** A name on one line, or broken on two where the longer line is shortest; undefined when it does not fit. */
function wrapName(label: string, room: number): string[] | undefined {
  if (fits(label, room)) return [label];
  const words = label.split(' ');
  // A line never starts with a dash or a comma.
  const splits = words
    .slice(1)
    .map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')] as const)
    .filter(([, b]) => !/^[-–,]/.test(b))
    .sort((p, q) => Math.max(...p.map((t) => textWidth(t, END_FONT))) - Math.max(...q.map((t) => textWidth(t, END_FONT))));
  const two = splits[0];
  return two && two.every((t) => fits(t, room)) ? [...two] : undefined;
}

/** A name cut with "…" to fit the room. */
function cutName(label: string, room: number): string {
  let cut = label;
  while (cut.length > 2 && !fits(`${cut}…`, room)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The series keys of a result in their natural order: the row with the most parts first, then any others. */
function seriesKeys(result: QueryResult, series: Dimension): { key: string; label: Label }[] {
  const keys = new Map<string, Label>();
  const rows = [...result.rows].sort((a, b) => (b.parts?.length ?? 0) - (a.parts?.length ?? 0));
  for (const row of rows) for (const p of row.parts ?? []) if (!keys.has(p.key)) keys.set(p.key, p.label);
  const list = [...keys].map(([key, label]) => ({ key, label }));
  // Fields in their usual order; keys that are not fields ("unknown") after them: -1 >>> 0 is the largest index.
  const rank = (key: string) => (FIELDS as readonly string[]).indexOf(key) >>> 0;
  if (series === 'field') list.sort((a, b) => rank(a.key) - rank(b.key));
  return list;
}

/** The query filter that names a key of each dimension a series can be split by. */
const FILTERS: Partial<Record<Dimension, 'field' | 'status' | 'host' | 'level' | 'place'>> = {
  field: 'field',
  status: 'status',
  host: 'host',
  level: 'level',
  district: 'place',
  commune: 'place',
  place: 'place',
};

/** The query filter that keeps one series key, for running totals per series; none for keys a filter cannot name. */
function seriesFilter(series: Dimension, key: string): Partial<Query> | undefined {
  const filter = FILTERS[series];
  return filter && key !== 'unknown' ? { [filter]: key } : undefined;
}

/**
 * Puts back the years between the first and the last that have no row (counted records: none that year), at 0,
 * or at the running total so far. Rows that are not years ("unknown") stay at the end.
 */
function fillYears(rows: readonly ResultRow[], cumulative: boolean): readonly ResultRow[] {
  const years = new Map(rows.filter((r) => YEAR.test(r.key)).map((r) => [Number(r.key), r]));
  if (years.size < 2) return rows;
  const first = Math.min(...years.keys());
  const last = Math.max(...years.keys());
  if (last - first + 1 === years.size) return rows;
  const out: ResultRow[] = [];
  for (let year = first; year <= last; year++) {
    const key = String(year);
    const prev = out.at(-1);
    out.push(
      years.get(year) ?? {
        key,
        label: { vi: key, en: key },
        value: cumulative && prev ? prev.value : exactInterval(0),
        share: cumulative ? undefined : 0,
      },
    );
  }
  return [...out, ...rows.filter((r) => !YEAR.test(r.key))];
}

/** Whether an end label's line of text fits `room` pixels (a little wider for the bold series names). */
function fits(text: string, room: number): boolean {
  return textWidth(text, END_FONT) * 1.05 <= room;
}

/** "more than 19,300" as ["more than", "19,300"]: the hedge, then the figure with its unit. */
function splitHedge(text: string): string[] {
  const m = /^(\D*?)\s+(?=[-\d])(.*)$/.exec(text);
  return m ? [m[1]!, m[2]!] : [text];
}

/** Splits points where years are missing, so a gap in the data is a gap in the line. */
function runs(points: readonly Point[]): Point[][] {
  const out: Point[][] = [];
  for (const p of points) {
    const run = out.at(-1);
    const prev = run?.at(-1);
    if (run && prev && p.at - prev.at <= 1) run.push(p);
    else out.push([p]);
  }
  return out;
}

/**
 * Places end labels beside their points, moved apart vertically so none overlaps another, and kept between
 * `top` and `bottom`. Each label is a block of lines; `y` in the result is the first line's baseline.
 */
function placeEnds(labels: readonly EndLabel[], top: number, bottom: number): EndLabel[] {
  const blocks = labels
    .map((l) => {
      const h = l.lines.length * END_LINE;
      return { ...l, h, t: l.y - h / 2 };
    })
    .sort((a, b) => a.y - b.y);
  for (let i = 0; i < blocks.length; i++) blocks[i]!.t = Math.max(blocks[i]!.t, i ? blocks[i - 1]!.t + blocks[i - 1]!.h + 2 : top);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const limit = i === blocks.length - 1 ? bottom : blocks[i + 1]!.t - 2;
    blocks[i]!.t = Math.max(top, Math.min(blocks[i]!.t, limit - blocks[i]!.h));
  }
  return blocks.map((b) => ({ x: b.x, y: b.t + END_LINE - 4, lines: b.lines, named: b.named }));
}
