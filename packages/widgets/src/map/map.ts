import { formatNumber, formatReported, gazetteer, labelsFor, partialDateRange, query, type Dataset, type Query, type QueryResult, type ResultRow } from '@danvan/core';
import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DvElement } from '../internal/dv-element.js';
import { renderError, renderState, renderTable } from '../internal/frame-parts.js';
import type { LegendItem } from '../internal/legend.js';
import type { Mark } from '../internal/mark.js';
import type { ArrowDirection } from '../internal/mark-navigation.js';
import { tileLayoutFor, TILE_LAYOUTS, type Tile, type TileLayout, type TileTier } from '@danvan/core';
import { GeoLoader } from './geo-loader.js';
import { CLASS_METHODS, classBreaks, classLabels, parseThresholds, type ClassMethod, type Classes } from './map-classes.js';
import { drawMap, MAP_MODES, type DrawnUnit, type MapDrawing, type MapMode, type TileText } from './map-draw.js';
import type { GeoShape } from './map-geo.js';
import { joinShapes } from './map-join.js';
import { pointToward } from './map-nav.js';
import { layoutTiles } from './map-tiles.js';
import { mapText } from './map-text.js';
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
interface MapUnit {
  readonly code: string;
  readonly label: string;
  /** False for a feature whose key matched no unit: drawn, but not selectable. */
  readonly matched: boolean;
  readonly row: ResultRow | undefined;
  readonly tile?: Tile | undefined;
  readonly shapes?: readonly GeoShape[] | undefined;
}

/** Everything known about a map before it is laid out at a width. */
interface Plan {
  readonly units: readonly MapUnit[];
  readonly layout: TileLayout | undefined;
  readonly issues: readonly GeoIssue[];
  readonly classes: Classes | undefined;
  /** Why nothing can be drawn, when nothing can. */
  readonly problem: 'geo-loading' | 'geo-error' | 'no-layout' | undefined;
}

const EMPTY_PLAN: Plan = { units: [], layout: undefined, issues: [], classes: undefined, problem: undefined };
const HATCH = 'dv-map-hatch';
/** How many names a note lists before "and N more". */
const LISTED = 8;

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
 * @event dv-select - A unit was chosen (click, tap, Enter or Space). `detail`: `{ key, dimension, place, field, year }`, `key` and `place` its code.
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
    const q = super.buildQuery();
    const at = this.validAt();
    const by = this.tier(at);
    // A commune tile grid shows the communes of today: older records are counted in the units that replaced theirs.
    const tileAt = at ?? (by === 'commune' && !this.hasGeo() ? tileLayoutFor(undefined, 'commune')?.validFrom : undefined);
    return { ...q, by, at: tileAt, series: undefined, cumulative: undefined, sort: undefined, order: undefined, limit: undefined };
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
    const q = this.buildQuery();
    const tier = q.by as TileTier;
    let units: MapUnit[];
    let layout: TileLayout | undefined;
    if (this.hasGeo()) {
      const { state, layer } = this.geoLoader;
      if (state !== 'ready' || !layer) return { ...EMPTY_PLAN, problem: state === 'error' ? 'geo-error' : 'geo-loading' };
      const joined = joinShapes(layer.shapes, { key: this.geoKey || undefined, tier, at: q.at, keys: new Set(rows.keys()) });
      const centre = (shapes: readonly GeoShape[]) => shapes[0]!.centre;
      // Reading order: north to south, then west to east.
      joined.sort((a, b) => centre(b.shapes)[1] - centre(a.shapes)[1] || centre(a.shapes)[0] - centre(b.shapes)[0]);
      units = joined.map((j) => ({
        code: j.code,
        matched: j.matched,
        label: j.matched ? (rows.get(j.code)?.label[lang] ?? gazetteer.label(j.code, lang, q.at)) : j.code,
        row: j.matched ? rows.get(j.code) : undefined,
        shapes: j.shapes,
      }));
    } else {
      layout = q.at ? tileLayoutFor(q.at, tier) : fittingLayout(tier, rows, result.period.to);
      if (!layout) return { ...EMPTY_PLAN, problem: 'no-layout' };
      const day = q.at ?? layout.validTo ?? layout.validFrom;
      // A place filter keeps the tiles within it (on the commune grid, a former district keeps its group) and any
      // tile the result has a figure for.
      const place = this.place;
      const within = (code: string, tile: Tile) =>
        !place || place === '42' || rows.has(code) || code === place || tile.group === place || gazetteer.ancestors(code, day).some((p) => p.code === place);
      units = [...layout.tiles]
        .filter(([code, tile]) => within(code, tile))
        .map(([code, tile]) => ({ code, matched: true, label: rows.get(code)?.label[lang] ?? gazetteer.label(code, lang, day), row: rows.get(code), tile }));
      if (units.length === 0) return { ...EMPTY_PLAN, problem: 'no-layout' };
    }
    const drawn = new Set(units.map((u) => u.code));
    const issues: GeoIssue[] = [
      ...result.rows.filter((r) => !drawn.has(r.key)).map((r) => ({ code: r.key, kind: 'no_shape' as const, name: r.label[lang] })),
      ...units.filter((u) => !u.row).map((u) => ({ code: u.code, kind: 'no_data' as const, name: u.label })),
    ];
    const values = units.flatMap((u) => (u.row ? [u.row.value.value] : []));
    const method = (CLASS_METHODS as readonly string[]).includes(this.classes) ? this.classes : 'quantize';
    const classes = this.mapMode() === 'fill' && values.length ? classBreaks(values, method, parseThresholds(this.thresholds)) : undefined;
    return { units, layout, issues, classes, problem: undefined };
  }

  private mapMode(): MapMode {
    return (MAP_MODES as readonly string[]).includes(this.mode) ? this.mode : 'fill';
  }

  protected override reservedHeight(width: number): number {
    if (this.hasGeo()) return Math.round(width * 0.65);
    const at = this.validAt();
    const tier = this.tier(at);
    const layout = this.plan.layout ?? tileLayoutFor(at ?? (tier === 'district' ? '2024' : undefined), tier) ?? TILE_LAYOUTS[0]!;
    return layoutTiles([...layout.tiles.values()], width).height;
  }

  protected override legend(): readonly LegendItem[] {
    const { classes, units, problem } = this.plan;
    if (problem) return [];
    const t = mapText(this.language);
    const items: LegendItem[] = classes ? classLabels(classes, this.language).map((label, i) => ({ key: `class-${i}`, label, colorClass: `r${classes.ramp[i]}` })) : [];
    if (units.some((u) => !u.row)) items.push({ key: 'no-data', label: t.noData, colorClass: 'base', pattern: HATCH });
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
    if (problem === 'no-layout') return html`<p class="map-note" part="map-note" role="status">${t.noLayout}</p>`;
    const d = this.draw(width);
    const active = d.units[this.nav.active];
    return html`<svg
        class="map"
        viewBox="0 0 ${d.width} ${d.height}"
        role="list"
        aria-labelledby="heading"
        aria-describedby="summary"
      >
        <defs>
          <pattern id=${HATCH} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-ground" width="6" height="6"></rect>
            <line class="hatch-ink" x1="1" y1="0" x2="1" y2="6"></line>
          </pattern>
        </defs>
        ${d.units.map((u, i) => this.renderUnit(u, i))}
        <g aria-hidden="true">
          ${d.edges.map((e) => svg`<line class="group-edge" x1=${e.x1} y1=${e.y1} x2=${e.x2} y2=${e.y2}></line>`)}
          ${this.renderSymbols(d)}
          ${active?.box
            ? svg`<rect class="ring" x=${active.box.x - 3} y=${active.box.y - 3} width=${active.box.size + 6} height=${active.box.size + 6} rx="5"></rect>`
            : active?.d
              ? svg`<path class="ring" d=${active.d}></path>`
              : nothing}
          ${this.renderSizeKey(d)}
        </g>
      </svg>
      ${this.renderNotes()}`;
  }

  /** Lays the map out at `width`, once per plan and width. */
  private draw(width: number): MapDrawing {
    const key = [this.plan, width];
    if (this.drawing && key.every((k, i) => k === this.drawingKey[i])) return this.drawing;
    const lang = this.language;
    const hedges = labelsFor(lang).qualifier;
    this.drawing = drawMap(
      this.plan.units.map((u) => {
        const v = u.row?.value;
        // On a tile the figure keeps its hedge when it fits ("hơn 6.095"), else a sign ("> 6.095"), else the number.
        const texts = v ? [formatReported(v, lang), `${HEDGE_SIGNS[v.qualifier] ?? ''}${formatNumber(v.value, lang)}`, formatNumber(v.value, lang)] : [];
        return { tile: u.tile, shapes: u.shapes, value: v?.value, valueTexts: hedges[v?.qualifier ?? 'exact'] ? texts : texts.slice(2) };
      }),
      {
        width,
        mode: this.mapMode(),
        classes: this.plan.classes,
        layer: this.hasGeo() ? this.geoLoader.layer : undefined,
        format: (v) => formatNumber(v, lang),
        keyCaption: mapText(lang).sizeLegend,
      },
    );
    this.drawingKey = key;
    return this.drawing;
  }

  private renderUnit(d: DrawnUnit, i: number): SVGTemplateResult {
    const unit = this.plan.units[i]!;
    const fill = this.mapMode() === 'fill';
    const area = `area ${unit.row ? (fill && d.ramp !== undefined ? `r${d.ramp}` : 'base') : 'nodata'}`;
    const pattern = unit.row ? nothing : `url(#${HATCH})`;
    const ink = fill ? (unit.row && d.ramp !== undefined ? `i${d.ramp}` : 'i-none') : '';
    const text = (line: TileText | undefined, kind: string) =>
      line ? svg`<text class="tile-text ${kind} ${line.font} ${ink}" x=${d.cx} y=${line.y} text-anchor="middle" aria-hidden="true">${line.text}</text>` : nothing;
    return svg`<g
      class="mark ${i === this.nav.active ? 'active' : ''}"
      part="mark"
      role="listitem"
      tabindex=${this.nav.tabIndex(i)}
      data-index=${i}
      aria-label=${this.markName(unit)}
      @pointerenter=${() => this.nav.point(i)}
      @click=${() => this.choose(i)}
    >
      ${d.box
        ? svg`<rect class=${area} x=${d.box.x} y=${d.box.y} width=${d.box.size} height=${d.box.size} rx="3" fill=${pattern}></rect>`
        : svg`<path class=${area} d=${d.d ?? ''} fill=${pattern}></path>`}
      ${text(d.label, 'short')} ${text(d.valueLabel, 'value')}
    </g>`;
  }

  /** Circles over the map, largest first so that small ones stay visible; the marks carry their names. */
  private renderSymbols(drawing: MapDrawing): SVGTemplateResult[] {
    const order = drawing.units.map((u, i) => ({ u, i })).filter(({ u }) => u.r > 0);
    order.sort((a, b) => b.u.r - a.u.r);
    return order.map(
      ({ u, i }) => svg`<circle
        class="symbol ${i === this.nav.active ? 'active' : ''}"
        cx=${u.cx}
        cy=${u.cy}
        r=${u.r}
        @pointerenter=${() => this.nav.point(i)}
        @click=${() => this.choose(i)}
      ></circle>`,
    );
  }

  private renderSizeKey(drawing: MapDrawing): SVGTemplateResult | typeof nothing {
    const key = drawing.key;
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
    const list = (items: readonly GeoIssue[], value: boolean) => {
      const names = items.slice(0, LISTED).map((i) => {
        const row = value ? this.result?.rows.find((r) => r.key === i.code) : undefined;
        return row ? `${i.name} (${this.fmt(row.value, true)})` : i.name;
      });
      return `${names.join(', ')}${items.length > LISTED ? `, ${t.more(items.length - LISTED)}` : ''}.`;
    };
    const noShape = issues.filter((i) => i.kind === 'no_shape');
    // On a tile grid every tile is labelled and hatched when it has no data; a boundary map's shapes are not.
    const noData = layout ? [] : issues.filter((i) => i.kind === 'no_data');
    return html`${layout ? html`<p class="map-note" part="map-note">${layout.tier === 'commune' ? t.communeTiles : t.districtTiles}</p>` : nothing}
    ${noShape.length ? html`<p class="map-note" part="map-note">${t.noShape(noShape.length)} ${list(noShape, true)}</p>` : nothing}
    ${noData.length ? html`<p class="map-note" part="map-note">${t.shapesWithoutData(noData.length)} ${list(noData, false)}</p>` : nothing}`;
  }

  private markName(unit: MapUnit): string {
    return `${unit.label}: ${unit.row ? this.fmt(unit.row.value, true) : mapText(this.language).noData}`;
  }

  override marks(): readonly Mark[] {
    const drawing = this.drawing;
    if (!drawing || this.plan.problem || drawing.units.length !== this.plan.units.length) return [];
    const noData = mapText(this.language).noData;
    return drawing.units.map((d, i) => {
      const unit = this.plan.units[i]!;
      const row = unit.row;
      return {
        key: unit.code,
        name: this.markName(unit),
        title: unit.label,
        lines: row ? [this.fmt(row.value, true), ...(row.share !== undefined ? [this.share(row.share)] : [])] : [noData],
        x: d.cx,
        y: d.top,
      };
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
    const missing = this.plan.units.filter((u) => !u.row).map((u) => u.label);
    return renderTable(result, this.language, this.headingText(), this.groupHeader(), { labels: missing, text: mapText(this.language).noData });
  }
}

/** Short signs for hedges on small tiles; the tooltip, the table and the mark's name keep the words. */
const HEDGE_SIGNS: Readonly<Record<string, string>> = {
  'more-than': '> ',
  'at-least': '≥ ',
  'less-than': '< ',
  'at-most': '≤ ',
  about: '~ ',
  nearly: '~ ',
};

/**
 * The layout of a tier that holds most of the data's groups: the 13 districts for data that has Lộc Hà, the 12
 * of 2025 otherwise when the data ends in 2025, the latest layout on a tie.
 */
function fittingLayout(tier: TileTier, rows: ReadonlyMap<string, ResultRow>, end: string | undefined): TileLayout | undefined {
  const atEnd = end && partialDateRange(end) ? tileLayoutFor(end, tier) : undefined;
  let best: TileLayout | undefined;
  let bestCount = -1;
  for (const layout of TILE_LAYOUTS) {
    if (layout.tier !== tier) continue;
    const count = [...rows.keys()].filter((k) => layout.tiles.has(k)).length;
    if (count > bestCount || (count === bestCount && (layout === atEnd || best !== atEnd))) [best, bestCount] = [layout, count];
  }
  return best;
}
