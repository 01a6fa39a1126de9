import { formatNumber, formatReported, gazetteer, partialDateRange, query, tileLayoutFor, TILE_LAYOUTS, type Dataset, type Qualifier, type Query, type QueryResult, type Interval, type ResultRow, type TileLayout, type TileTier } from '@danvan/core';
import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from '../internal/property.js';
import { DvElement } from '../internal/dv-element.js';
import { renderError, renderState, renderTable } from '../internal/frame-parts.js';
import type { LegendItem } from '../internal/legend.js';
import type { Mark } from '../internal/mark.js';
import type { ArrowDirection } from '../internal/mark-navigation.js';
import { GeoLoader } from './geo-loader.js';
import { CLASS_METHODS, classBreaks, classLabels, parseThresholds, type ClassMethod, type Classes } from './map-classes.js';
import { drawMap, MAP_MODES, type DrawnUnit, type MapDrawing, type MapMode, type TileText, type UnitToDraw } from './map-draw.js';
import { joinShapes } from './map-join.js';
import { pointToward } from './map-nav.js';
import { mapText } from './map-text.js';
import { layoutTiles } from './map-tiles.js';
import { mapStyles } from './map.styles.js';

export { MAP_MODES, type MapMode } from './map-draw.js';
export { CLASS_METHODS, type ClassMethod } from './map-classes.js';

/** What a map can report about the match between its data and its shapes. */
export const GEO_ISSUE_KINDS = ['no_shape', 'no_data'] as const;

/** `no_shape`: a group of the data has no tile or shape to be drawn in; `no_data`: a drawn unit has no figure. */
export type GeoIssueKind = (typeof GEO_ISSUE_KINDS)[number];

/** One mismatch between a map's data and its shapes. */
export interface GeoIssue {
  /** The unit's code (the group key, for `no_shape`), or the text of an unmatched feature's key property. */
  readonly code: string;
  readonly kind: GeoIssueKind;
  /** Its name in the map's language. */
  readonly name: string;
}

/** A unit the map draws: a tile of a layout or the shapes of a boundary file, with its figure if the data has one. */
interface MapUnit extends UnitToDraw {
  readonly code: string;
  readonly label: string;
  /** False for a feature whose key matched no unit: drawn, but not selectable. */
  readonly matched: boolean;
  readonly row: ResultRow | undefined;
}

/** Everything known about a map before it is laid out at a width. */
interface Plan {
  readonly units: readonly MapUnit[];
  /** The tile layout, on a tile grid. */
  readonly layout?: TileLayout | undefined;
  readonly issues: readonly GeoIssue[];
  readonly classes?: Classes | undefined;
  /** Why nothing can be drawn, when nothing can. */
  readonly problem?: 'geo-loading' | 'geo-error' | 'no-layout' | undefined;
}

const EMPTY_PLAN: Plan = { units: [], issues: [] };
const HATCH = 'dv-map-hatch';
/** How many names a note lists before "and N more". */
const LISTED = 8;
/** Short signs for hedges on small tiles; the tooltip, the table and the mark's name keep the words. */
const HEDGE_SIGNS: Readonly<Record<Qualifier, string>> = { exact: '', about: '~ ', 'more-than': '> ', 'at-least': '≥ ', nearly: '~ ', 'at-most': '≤ ', 'less-than': '< ' };

/**
 * A map of Hà Tĩnh that needs no download: a tile grid of its districts (to 2025-06-30) or of its 69 communes
 * (from 2025-07-01), authored in the project, coloured by class (`mode="fill"`) or with circles sized by value
 * (`mode="symbols"`). Given boundaries (`geo`, a TopoJSON or GeoJSON URL, or the `geoData` property), it draws
 * them instead, fitted to its width, joined to the data by code or loosely by name (`geo-key`).
 *
 * Which units: `by="district"` or `by="commune"`; without `by`, communes when `at` is on or after 2025-07-01,
 * else districts. A commune tile grid shows today's 69 communes, so without `at` (and without `geo`) the query
 * asks for the units as of 2025-07-01, counting older records in the communes that replaced theirs. A district
 * grid follows `at`, else the layout that fits the data (13 districts, or 12 for the first half of 2025).
 * Units without data are hatched and say "Không có số liệu"; groups of the data the map cannot place, and shapes
 * without data, are listed under the map and in `geoIssues`.
 *
 * @summary A tile-grid or boundary map of "Skilled Mass Mobilization" figures by district or commune.
 *
 * @slot heading - Replaces the heading text.
 *
 * @event {CustomEvent<DvSelectDetail>} dv-select - A unit was chosen (click, tap, Enter or Space). `detail`: `{ key, dimension, place, field, year }`, `key` and `place` its code.
 *
 * @csspart base - The themed wrapper.
 * @csspart figure - The figure element.
 * @csspart heading - The heading.
 * @csspart chart - The drawing area.
 * @csspart mark - Each unit (tile or shape).
 * @csspart legend - The colour classes (fill mode) and the "no data" swatch.
 * @csspart map-note - The notes under the map: how tiles are placed, what could not be matched.
 * @csspart caption - Notes, source line and downloads.
 * @csspart source - The source line.
 * @csspart downloads - The download menu.
 * @csspart table - The visually hidden data table.
 * @csspart tooltip - The tooltip.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty [--dv-map-0=#c6dbef] - Colours of the five classes, lightest to darkest: `--dv-map-0` to `--dv-map-4` (`#c6dbef #8dc0dd #4a98c9 #1f6eb0 #08306b`), and `-dark` variants (darkest to lightest).
 * @cssproperty [--dv-map-edge=#8c959f] - Outline of tiles and shapes (`--dv-map-edge-dark`).
 * @cssproperty [--dv-map-base=#eef1f4] - Fill of units without data and, in symbols mode, of every unit (`--dv-map-base-dark`).
 * @cssproperty [--dv-map-symbol=var(--dv-color-0)] - Colour of proportional circles (`--dv-map-symbol-dark`).
 * @cssproperty [--dv-map-group-edge=#1b1f24] - Lines between former districts on the commune grid (`--dv-map-group-edge-dark`).
 * @cssproperty [--dv-font=inherit] - Font family.
 * @cssproperty [--dv-text=#1b1f24] - Text colour (`--dv-text-dark` in the dark theme).
 *
 * @example
 * <dv-map src="/data/ha-tinh-synthetic.json"></dv-map>
 * <dv-map src="/data/ha-tinh-synthetic.json" at="2025-08-01" mode="symbols"></dv-map>
 * <dv-map src="/data/models.json" geo="/maps/ha-tinh-districts.topojson" geo-key="ma_huyen" thresholds="500,1000,1500"></dv-map>
 */
export class DvMap extends DvElement {
  static override styles = [...DvElement.styles, mapStyles];

  /** `fill` (default): units coloured by class; `symbols`: circles whose area is proportional to the figure. */
  @property({ reflect: true }) mode: MapMode = 'fill';
  /** How values are cut into colour classes: `quantize` (default; round, equal intervals) or `quantile`. */
  @property() classes: ClassMethod = 'quantize';
  /** Explicit class bounds, e.g. `100,500,1000` (at most four): overrides `classes`. */
  @property() thresholds?: string;
  /** URL (http, https or relative) of a TopoJSON or GeoJSON file of boundaries to draw instead of the tile grid. */
  @property() geo?: string;
  /** The feature property holding each unit's code, or its name; default: the feature's `id`, then `code`. */
  @property({ attribute: 'geo-key' }) geoKey?: string;
  /** Boundaries given directly, as a parsed TopoJSON or GeoJSON object; takes precedence over `geo`. */
  @property({ attribute: false }) geoData?: unknown;

  /**
   * What did not match between the data and the map, in the map's language: groups of the data with no tile or
   * shape (`no_shape`), and units drawn without data (`no_data`). Updated with each render.
   */
  geoIssues: readonly GeoIssue[] = [];

  protected readonly geoLoader = new GeoLoader(this);
  private plan: Plan = EMPTY_PLAN;
  private planKey: readonly unknown[] = [];
  private drawing: MapDrawing | undefined;
  private drawingKey: readonly unknown[] = [];
  private asked: { dataset: Dataset; query: string; result: QueryResult } | undefined;

  protected override buildQuery(): Query {
    const at = this.validAt();
    const by = this.tier(at);
    // A commune tile grid shows the communes of today: older records are counted in the units that replaced theirs.
    const tileAt = at ?? (by === 'commune' && !this.hasGeo() ? tileLayoutFor(undefined, by)?.validFrom : undefined);
    return { ...super.buildQuery(), by, at: tileAt, series: undefined, cumulative: undefined, sort: undefined, order: undefined, limit: undefined };
  }

  /** `at` when it is a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); a malformed one is ignored rather than thrown on. */
  private validAt(): string | undefined {
    return this.at && partialDateRange(this.at) ? this.at : undefined;
  }

  /** The map's units: `by` when it names a tier, else communes when `at` has no districts, else districts. */
  private tier(at: string | undefined): TileTier {
    if (this.by === 'district' || this.by === 'commune') return this.by;
    return at && gazetteer.unitsAt(at, 'district').length === 0 ? 'commune' : 'district';
  }

  private hasGeo(): boolean {
    return this.geoData !== undefined || Boolean(this.geo);
  }

  private mapMode(): MapMode {
    return MAP_MODES.includes(this.mode) ? this.mode : 'fill';
  }

  /** Asks core once per dataset and query: hovering re-renders, and a map of thousands of units is costly to redo. */
  protected override runQuery(dataset: Dataset): QueryResult {
    const q = this.buildQuery();
    const key = JSON.stringify(q);
    if (this.asked?.dataset !== dataset || this.asked.query !== key) this.asked = { dataset, query: key, result: query(dataset, q) };
    return this.asked.result;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // Settled means the boundaries have arrived too, and been drawn.
    let done = await super.getUpdateComplete();
    while (this.geoLoader.pending) {
      await this.geoLoader.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.geoLoader.sync();
    super.willUpdate(changed);
    if (!this.result) this.plan = EMPTY_PLAN;
    this.geoIssues = this.plan.issues;
  }

  /** The map's marks are its units, known once the result is joined with the tiles or shapes: plans the map. */
  protected override markCount(result: QueryResult): number {
    const key = [result, this.geoLoader.layer, this.geoLoader.state, this.language, this.mode, this.classes, this.thresholds, this.geoKey, this.place];
    if (key.some((k, i) => k !== this.planKey[i])) {
      this.plan = this.makePlan(result);
      this.planKey = key;
    }
    return this.plan.units.length;
  }

  private makePlan(result: QueryResult): Plan {
    const lang = this.language;
    const rows = new Map(result.rows.map((r) => [r.key, r]));
    const { by, at } = this.buildQuery();
    const tier = by as TileTier;
    let units: MapUnit[];
    let layout: TileLayout | undefined;
    const unit = (code: string, day: string | undefined, where: Pick<UnitToDraw, 'tile' | 'shapes'>, matched = true): MapUnit => {
      const row = matched ? rows.get(code) : undefined;
      return { ...where, code, matched, row, label: matched ? (row?.label[lang] ?? gazetteer.label(code, lang, day)) : code, ...this.figure(row?.value) };
    };
    if (this.hasGeo()) {
      const { state, layer } = this.geoLoader;
      if (!layer) return { ...EMPTY_PLAN, problem: state === 'error' ? 'geo-error' : 'geo-loading' };
      const joined = joinShapes(layer.shapes, { key: this.geoKey || undefined, tier, at, keys: new Set(rows.keys()) });
      // Reading order: north to south, then west to east, by the middle of each unit's first shape.
      const mid = (u: (typeof joined)[number], axis: number) => u.shapes[0]!.box[axis]! + u.shapes[0]!.box[axis + 2]!;
      joined.sort((a, b) => mid(a, 1) - mid(b, 1) || mid(a, 0) - mid(b, 0));
      units = joined.map((j) => unit(j.code, at, { shapes: j.shapes }, j.matched));
    } else {
      layout = at ? tileLayoutFor(at, tier) : fittingLayout(tier, rows, result.period.to);
      const day = at ?? layout?.validTo ?? layout?.validFrom;
      // A place filter keeps the tiles within it (on the commune grid, a former district keeps its group) and any
      // tile the result has a figure for.
      const place = this.place;
      units = [...(layout?.tiles ?? [])]
        .filter(([code, tile]) => !place || place === '42' || rows.has(code) || code === place || tile.group === place || gazetteer.ancestors(code, day).some((p) => p.code === place))
        .map(([code, tile]) => unit(code, day, { tile }));
      if (units.length === 0) return { ...EMPTY_PLAN, problem: 'no-layout' };
    }
    const drawn = new Set(units.map((u) => u.code));
    const issues: GeoIssue[] = [
      ...result.rows.filter((r) => !drawn.has(r.key)).map((r) => ({ code: r.key, kind: 'no_shape' as const, name: r.label[lang] })),
      ...units.filter((u) => !u.row).map((u) => ({ code: u.code, kind: 'no_data' as const, name: u.label })),
    ];
    const values = units.flatMap((u) => (u.value === undefined ? [] : [u.value]));
    const method = CLASS_METHODS.includes(this.classes) ? this.classes : 'quantize';
    const classes = this.mapMode() === 'fill' && values.length ? classBreaks(values, method, parseThresholds(this.thresholds)) : undefined;
    return { units, layout, issues, classes };
  }

  /** A figure as a tile writes it: with its hedge when that fits ("hơn 6.095"), else a sign ("> 6.095"), else bare. */
  private figure(v: Interval | undefined): Pick<UnitToDraw, 'value' | 'valueTexts'> {
    if (!v) return { value: undefined, valueTexts: [] };
    const n = formatNumber(v.value, this.language);
    return { value: v.value, valueTexts: v.qualifier === 'exact' ? [n] : [formatReported(v, this.language), HEDGE_SIGNS[v.qualifier] + n, n] };
  }

  protected override reservedHeight(width: number): number {
    if (this.hasGeo()) return Math.round(width * 0.65);
    const at = this.validAt();
    // Before the data, the layout of the date and tier asked (without a date, the latest: the district grids of
    // 2013 and 2025 span the same rows and columns).
    const layout = this.plan.layout ?? tileLayoutFor(at, this.tier(at)) ?? TILE_LAYOUTS[0]!;
    return layoutTiles([...layout.tiles.values()], width).height;
  }

  protected override legend(): readonly LegendItem[] {
    const { classes, units, problem } = this.plan;
    if (problem) return [];
    const items: LegendItem[] = classes ? classLabels(classes, this.language).map((label, i) => ({ key: `class-${i}`, label, colorClass: `r${classes.ramp[i]}` })) : [];
    if (units.some((u) => !u.row)) items.push({ key: 'no-data', label: mapText(this.language).noData, colorClass: 'base', pattern: HATCH });
    return items;
  }

  protected override renderChart(_result: QueryResult, width: number): TemplateResult {
    const lang = this.language;
    const t = mapText(lang);
    const { problem } = this.plan;
    if (problem === 'geo-loading') return renderState('loading', lang, width, this.reservedHeight(width));
    if (problem === 'geo-error') {
      return html`<p class="map-note geo-failed" part="map-note">${t.geoFailed}</p>
        ${renderError(this.geoLoader.error, lang, () => this.geoLoader.retry())}`;
    }
    if (problem) return html`<p class="map-note" part="map-note" role="status">${t.noLayout}</p>`;
    const d = this.draw(width);
    const marks = this.marks();
    const ring = d.units[this.nav.active];
    return html`<svg class="map" viewBox="0 0 ${d.width} ${d.height}" role="list" aria-labelledby="heading" aria-describedby="summary">
        <defs>
          <pattern id=${HATCH} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-ground" width="6" height="6"></rect>
            <line class="hatch-ink" x1="1" y1="0" x2="1" y2="6"></line>
          </pattern>
        </defs>
        ${d.units.map((u, i) => this.renderUnit(u, i, marks[i]!.name))}
        <g aria-hidden="true">
          ${d.edges.map((e) => svg`<line class="group-edge" x1=${e.x1} y1=${e.y1} x2=${e.x2} y2=${e.y2}></line>`)}
          ${this.renderSymbols(d)}
          ${ring?.box
            ? svg`<rect class="ring" x=${ring.box.x - 3} y=${ring.box.y - 3} width=${ring.box.size + 6} height=${ring.box.size + 6} rx="5"></rect>`
            : ring
              ? svg`<path class="ring" d=${ring.d!}></path>`
              : nothing}
          ${this.renderSizeKey(d)}
        </g>
      </svg>
      ${this.renderNotes()}`;
  }

  /** Lays the map out at `width`, once per plan and width. */
  private draw(width: number): MapDrawing {
    const key = [this.plan, width];
    if (!this.drawing || key.some((k, i) => k !== this.drawingKey[i])) {
      const { units, classes } = this.plan;
      const lang = this.language;
      const layer = this.hasGeo() ? this.geoLoader.layer : undefined;
      this.drawing = drawMap(units, { width, mode: this.mapMode(), classes, layer, format: (v) => formatNumber(v, lang), keyCaption: mapText(lang).sizeLegend });
      this.drawingKey = key;
    }
    return this.drawing;
  }

  private renderUnit(d: DrawnUnit, i: number, name: string): SVGTemplateResult {
    const { row } = this.plan.units[i]!;
    const area = `area ${!row ? 'nodata' : d.ramp === undefined ? 'base' : `r${d.ramp}`}`;
    const pattern = row ? nothing : `url(#${HATCH})`;
    const ink = this.mapMode() === 'symbols' ? '' : d.ramp === undefined ? 'i-none' : `i${d.ramp}`;
    const text = (line: TileText | undefined, kind: string) =>
      line ? svg`<text class="tile-text ${kind} ${line.font} ${ink}" x=${d.cx} y=${line.y} text-anchor="middle" aria-hidden="true">${line.text}</text>` : nothing;
    return svg`<g
      class="mark ${i === this.nav.active ? 'active' : ''}"
      part="mark"
      role="listitem"
      tabindex=${this.nav.tabIndex(i)}
      data-index=${i}
      aria-label=${name}
      @pointerenter=${() => this.nav.point(i)}
      @click=${() => this.choose(i)}
    >
      ${d.box
        ? svg`<rect class=${area} x=${d.box.x} y=${d.box.y} width=${d.box.size} height=${d.box.size} rx="3" fill=${pattern}></rect>`
        : svg`<path class=${area} d=${d.d!} fill=${pattern} fill-rule="evenodd"></path>`}
      ${text(d.label, 'short')} ${text(d.valueLabel, 'value')}
    </g>`;
  }

  /** Circles over the map, largest first so that small ones stay visible; the marks carry their names. */
  private renderSymbols(drawing: MapDrawing): SVGTemplateResult[] {
    const order = drawing.units.map((u, i) => ({ u, i })).filter(({ u }) => u.r > 0);
    order.sort((a, b) => b.u.r - a.u.r);
    return order.map(
      ({ u, i }) =>
        svg`<circle class="symbol ${i === this.nav.active ? 'active' : ''}" cx=${u.cx} cy=${u.cy} r=${u.r} @pointerenter=${() => this.nav.point(i)} @click=${() => this.choose(i)}></circle>`,
    );
  }

  private renderSizeKey({ key }: MapDrawing): SVGTemplateResult | typeof nothing {
    if (!key) return nothing;
    const base = key.y + key.baseline;
    return svg`<g class="size-key">
      <text x=${key.x} y=${key.y + 12}>${key.caption}</text>
      ${key.circles.map(
        (c) => svg`<circle cx=${c.cx} cy=${base - c.r} r=${c.r}></circle>
          <text x=${c.cx} y=${base + 14} text-anchor="middle">${c.text}</text>`,
      )}
    </g>`;
  }

  /** Under the map: how a tile grid was made, and what did not match. */
  private renderNotes(): TemplateResult {
    const t = mapText(this.language);
    const { layout, issues } = this.plan;
    const note = (text: string) => html`<p class="map-note" part="map-note">${text}</p>`;
    const list = (kind: GeoIssueKind, lead: (n: number) => string) => {
      const items = issues.filter((i) => i.kind === kind);
      if (!items.length) return nothing;
      const names = items.slice(0, LISTED).map((i) => {
        const row = kind === 'no_shape' ? this.result?.rows.find((r) => r.key === i.code) : undefined;
        return row ? `${i.name} (${this.fmt(row.value, true)})` : i.name;
      });
      return note(`${lead(items.length)} ${names.join(', ')}${items.length > LISTED ? `, ${t.more(items.length - LISTED)}` : ''}.`);
    };
    // On a tile grid every tile is labelled and hatched when it has no data; a boundary map's shapes are not.
    return html`${layout ? note(layout.tier === 'commune' ? t.communeTiles : t.districtTiles) : nothing} ${list('no_shape', t.noShape)}
    ${layout ? nothing : list('no_data', t.shapesWithoutData)}`;
  }

  override marks(): readonly Mark[] {
    const { drawing, plan } = this;
    if (!drawing || plan.problem || drawing.units.length !== plan.units.length) return [];
    const noData = mapText(this.language).noData;
    return drawing.units.map((d, i) => {
      const { code, label, row } = plan.units[i]!;
      const lines = row ? [this.fmt(row.value, true), ...(row.share === undefined ? [] : [this.share(row.share)])] : [noData];
      return { key: code, name: `${label}: ${lines[0]}`, title: label, lines, x: d.cx, y: d.top };
    });
  }

  /** Arrow keys move to the unit in that direction: on a tile grid, the neighbouring tile. */
  markToward(index: number, direction: ArrowDirection): number {
    return pointToward(this.drawing?.units.map((u) => ({ x: u.cx, y: u.cy })) ?? [], index, direction);
  }

  override choose(index: number): void {
    // A shape whose key matched no unit has no code to report.
    if (this.plan.units[index]?.matched === false) return this.nav.point(index);
    super.choose(index);
  }

  protected override renderDataTable(result: QueryResult): TemplateResult {
    const labels = this.plan.units.filter((u) => !u.row).map((u) => u.label);
    return renderTable(result, this.language, this.headingText(), this.groupHeader(), { labels, text: mapText(this.language).noData });
  }
}

/**
 * The layout of a tier that holds most of the data's groups: the 13 districts for data that has Lộc Hà, the 12
 * of 2025 otherwise when the data ends in 2025, the latest layout on a tie.
 */
function fittingLayout(tier: TileTier, rows: ReadonlyMap<string, ResultRow>, end: string | undefined): TileLayout | undefined {
  const atEnd = end && partialDateRange(end) ? tileLayoutFor(end, tier) : undefined;
  // Twice the groups it holds, and one more for the layout in force when the data ends: ties go to that one.
  const score = (l: TileLayout) => 2 * [...rows.keys()].filter((k) => l.tiles.has(k)).length + (l === atEnd ? 1 : 0);
  return TILE_LAYOUTS.filter((l) => l.tier === tier).reduce<TileLayout | undefined>((best, l) => (!best || score(l) >= score(best) ? l : best), undefined);
}
