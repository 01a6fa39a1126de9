import { gazetteer, partialDateRange, tileLayoutFor, TILE_LAYOUTS, type Qualifier, type Query, type QueryResult, type ResultRow, type TileLayout, type TileTier } from '@danvan/core';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { DvElement } from '../internal/dv-element.js';
import { renderError, renderState, renderTable } from '../internal/frame-parts.js';
import type { LegendItem } from '../internal/legend.js';
import type { Mark } from '../internal/mark.js';
import type { ArrowDirection } from '../internal/mark-navigation.js';
import { GeoLoader } from './geo-loader.js';
import { classBreaks, classLabels, parseThresholds, type ClassMethod, type Classes } from './map-classes.js';
import { drawMap, type DrawnUnit, type MapDrawing, type MapMode, type TileText, type UnitToDraw } from './map-draw.js';
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

/** A map planned at a width: its units, their drawing and marks, and what did not match. */
interface Plan {
  readonly units: readonly MapUnit[];
  readonly drawing?: MapDrawing | undefined;
  /** One per unit, in the drawing's order. */
  readonly marks: readonly Mark[];
  /** The tile layout, on a tile grid. */
  readonly layout?: TileLayout | undefined;
  readonly issues: readonly GeoIssue[];
  /** The notes under the map: how a commune grid was made, and what did not match. */
  readonly notes: readonly string[];
  readonly classes?: Classes | undefined;
  /** Why boundaries cannot be drawn yet, when they cannot. Without it and without a drawing, no tile grid fits. */
  readonly problem?: 'geo-loading' | 'geo-error' | undefined;
}

const EMPTY_PLAN: Plan = { units: [], marks: [], issues: [], notes: [] };
/** How many names a note lists before an ellipsis. */
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

  // In one object, not `@property` on each field: see DvElement.properties.
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    classes: {},
    thresholds: {},
    geo: {},
    geoKey: { attribute: 'geo-key' },
    geoData: { attribute: false },
  };

  /** `fill` (default): units coloured by class; `symbols`: circles whose area is proportional to the figure. */
  mode: MapMode = 'fill';
  /** How values are cut into colour classes: `quantize` (the default and only method: round, equal intervals). */
  classes: ClassMethod = 'quantize';
  /** Explicit class bounds, e.g. `100,500,1000` (at most four): overrides `classes`. */
  thresholds?: string;
  /** URL (http, https or relative) of a TopoJSON or GeoJSON file of boundaries to draw instead of the tile grid. */
  geo?: string;
  /** The feature property holding each unit's code, or its name; default: the feature's `id`, then `code`. */
  geoKey?: string;
  /** Boundaries given directly, as a parsed TopoJSON or GeoJSON object; takes precedence over `geo`. */
  geoData?: unknown;

  /**
   * What did not match between the data and the map, in the map's language: groups of the data with no tile or
   * shape (`no_shape`), and units drawn without data (`no_data`). Updated with each render.
   */
  geoIssues: readonly GeoIssue[] = [];

  protected readonly geoLoader = new GeoLoader(this);
  private plan: Plan = EMPTY_PLAN;
  private planKey: readonly unknown[] = [];

  protected override buildQuery(): Query {
    const q = super.buildQuery();
    const by = this.tier(q.at);
    // A commune tile grid shows the communes of today: older records are counted in the units that replaced theirs.
    const at = q.at ?? (by === 'commune' && !this.hasGeo() ? tileLayoutFor(undefined, by)?.validFrom : undefined);
    return { ...q, by, at, series: undefined, cumulative: undefined, sort: undefined, order: undefined, limit: undefined };
  }

  /** The map's units: `by` when it names a tier, else communes when `at` has no districts (from 2025-07-01), else districts. */
  private tier(at: string | undefined): TileTier {
    if (this.by === 'district' || this.by === 'commune') return this.by;
    return at && !tileLayoutFor(at, 'district') ? 'commune' : 'district';
  }

  private hasGeo(): boolean {
    return this.geoData !== undefined || Boolean(this.geo);
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

  /**
   * The data in hand while the boundaries are still on their way changes nothing on screen (the loading state, or
   * in a load's first moments its stand-in, shows either way): the map waits for them rather than draw that state
   * (again), which would only delay reading them. A changed property, language or theme is still drawn at once.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // The boundaries start loading now, with the data: also while a load's first moments hold the first update.
    this.geoLoader.sync();
    return super.shouldUpdate(changed) && !(changed.size === 0 && this.loader.state === 'ready' && this.geoLoader.state === 'loading');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Already synced in the browser (`shouldUpdate`); again here for server rendering, which runs `willUpdate` only.
    this.geoLoader.sync();
    super.willUpdate(changed);
    if (!this.result) this.plan = EMPTY_PLAN;
    this.geoIssues = this.plan.issues;
  }

  /**
   * The map's marks are its units, known once the result is joined with the tiles or shapes: plans the map, and
   * lays it out at the width it will be drawn at (the frame draws at 640 px until the element is measured).
   */
  protected override markCount(result: QueryResult): number {
    const { layer, error } = this.geoLoader;
    const width = this.size.width || 640;
    const key = [result, layer, error, width, this.language, this.mode, this.thresholds, this.geoKey, this.place];
    if (key.some((k, i) => k !== this.planKey[i])) {
      this.plan = this.makePlan(result, width);
      this.planKey = key;
    }
    return this.plan.units.length;
  }

  private makePlan(result: QueryResult, width: number): Plan {
    const lang = this.language;
    const t = mapText(lang);
    const rows = new Map(result.rows.map((r) => [r.key, r]));
    const { by, at } = this.buildQuery();
    const tier = by as TileTier;
    const { error, layer } = this.geoLoader;
    let units: MapUnit[];
    let layout: TileLayout | undefined;
    const unit = (code: string, day: string | undefined, where: Pick<UnitToDraw, 'tile' | 'shapes'>, matched = true): MapUnit => {
      const row = matched ? rows.get(code) : undefined;
      const v = row?.value;
      const n = v ? this.fmt(v.value) : '';
      return {
        ...where,
        code,
        matched,
        row,
        label: matched ? (row?.label[lang] ?? gazetteer.label(code, lang, day)) : code,
        value: v?.value,
        // As a tile writes the figure: with its hedge when that fits ("hơn 6.095"), else a sign ("> 6.095"), else bare.
        valueTexts: !v ? [] : v.qualifier === 'exact' ? [n] : [this.fmt(v), HEDGE_SIGNS[v.qualifier] + n, n],
      };
    };
    if (this.hasGeo()) {
      if (!layer) return { ...EMPTY_PLAN, problem: error ? 'geo-error' : 'geo-loading' };
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
        .filter(([code, tile]) => !place || rows.has(code) || code === place || tile.group === place || gazetteer.ancestors(code, day).some((p) => p.code === place))
        .map(([code, tile]) => unit(code, day, { tile }));
      if (units.length === 0) return EMPTY_PLAN;
    }
    const drawn = new Set(units.map((u) => u.code));
    const missing = result.rows.filter((r) => !drawn.has(r.key));
    const empty = units.filter((u) => !u.row);
    const issues: GeoIssue[] = [
      ...missing.map((r) => ({ code: r.key, kind: 'no_shape' as const, name: r.label[lang] })),
      ...empty.map((u) => ({ code: u.code, kind: 'no_data' as const, name: u.label })),
    ];
    // The lead says how many there are: a long list ends in an ellipsis.
    const list = (lead: (n: number) => string, names: string[]) =>
      names.length ? [`${lead(names.length)} ${names.slice(0, LISTED).join(', ')}${names.length > LISTED ? ', …' : '.'}`] : [];
    // A tile grid labels every tile and hatches those without data; a boundary map's shapes need naming.
    const notes = [
      ...(layout?.tier === 'commune' ? [t.communeTiles] : []),
      ...list(t.noShape, missing.map((r) => `${r.label[lang]} (${this.fmt(r.value, true)})`)),
      ...(layout ? [] : list(t.shapesWithoutData, empty.map((u) => u.label))),
    ];
    const values = units.flatMap((u) => (u.value === undefined ? [] : [u.value]));
    const symbols = this.mode === 'symbols';
    const classes = !symbols && values.length ? classBreaks(values, parseThresholds(this.thresholds)) : undefined;
    const drawing = drawMap(units, { width, symbols, classes, layer: layout ? undefined : layer, format: (v) => this.fmt(v), keyCaption: t.sizeLegend });
    const marks = drawing.units.map((d, i): Mark => {
      const { code, label, row } = units[i]!;
      const lines = row ? [this.fmt(row.value, true), ...(row.share === undefined ? [] : [this.share(row.share)])] : [t.noData];
      return { key: code, name: `${label}: ${lines[0]}`, title: label, lines, x: d.cx, y: d.top };
    });
    return { units, drawing, marks, layout, issues, notes, classes };
  }

  protected override reservedHeight(width: number): number {
    if (this.hasGeo()) return Math.round(width * 0.65);
    // Before the data, the layout of the date and tier asked (without a date, the latest: the district grids of
    // 2013 and 2025 span the same rows and columns).
    const { at, by } = this.buildQuery();
    const layout = this.plan.layout ?? tileLayoutFor(at, by as TileTier) ?? TILE_LAYOUTS[0]!;
    return layoutTiles([...layout.tiles.values()], width).height;
  }

  protected override legend(): readonly LegendItem[] {
    const { classes, units, drawing } = this.plan;
    if (!drawing) return [];
    const items: LegendItem[] = classes ? classLabels(classes, (v) => this.fmt(v)).map((label, i) => ({ key: `class-${i}`, label, colorClass: `r${classes.ramp[i]}` })) : [];
    if (units.some((u) => !u.row)) items.push({ key: 'no-data', label: mapText(this.language).noData, colorClass: 'base', pattern: 'dv-map-hatch' });
    return items;
  }

  protected override renderChart(_result: QueryResult, width: number): TemplateResult {
    const lang = this.language;
    const t = mapText(lang);
    const { problem } = this.plan;
    if (problem === 'geo-loading') return renderState('loading', lang, width, this.reservedHeight(width));
    if (problem === 'geo-error') return html`${note(t.geoFailed)}${renderError(this.geoLoader.error, lang, () => this.geoLoader.retry())}`;
    const d = this.plan.drawing;
    if (!d) return note(t.noLayout);
    const marks = this.plan.marks;
    const ring = d.units[this.nav.active];
    const key = d.key;
    // Markup without indentation: whitespace between SVG elements draws nothing, and it would ship in the bundle.
    return html`<svg class="map" viewBox="0 0 ${d.width} ${d.height}" role="list" aria-labelledby="heading" aria-describedby="summary"><defs><pattern id="dv-map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="base" width="6" height="6"></rect><line class="hatch-ink" x1="1" x2="1" y2="6"></line></pattern></defs>${d.units.map((u, i) =>
        this.renderUnit(u, i, marks[i]!.name),
      )}<g aria-hidden="true">${[...d.units.keys()]
        .filter((i) => d.units[i]!.r > 0)
        // Largest first, so that small circles stay visible; the marks carry their names.
        .sort((a, b) => d.units[b]!.r - d.units[a]!.r)
        .map((i) => {
          const u = d.units[i]!;
          return svg`<circle class="symbol ${i === this.nav.active ? 'active' : ''}" cx=${u.cx} cy=${u.cy} r=${u.r} @pointerenter=${() => this.nav.point(i)} @click=${() => this.choose(i)}></circle>`;
        })}${ring?.box
        ? svg`<rect class="ring" x=${ring.box.x - 3} y=${ring.box.y - 3} width=${ring.box.size + 6} height=${ring.box.size + 6} rx="5"></rect>`
        : ring
          ? svg`<path class="ring" d=${ring.d!}></path>`
          : nothing}${key
        ? svg`<g class="size-key"><text x=${key.x} y=${key.y + 12}>${key.caption}</text>${key.circles.map(
            (c) => svg`<circle cx=${c.cx} cy=${key.baseline - c.r} r=${c.r}></circle><text x=${c.cx} y=${key.baseline + 14} text-anchor="middle">${c.text}</text>`,
          )}</g>`
        : nothing}</g></svg>${this.plan.notes.map((n) => note(n))}`;
  }

  private renderUnit(d: DrawnUnit, i: number, name: string): SVGTemplateResult {
    // Units without data are hatched (the pattern is their fill in the style sheet), and their names haloed.
    const area = `area ${!this.plan.units[i]!.row ? 'nodata' : d.ramp === undefined ? 'base' : `r${d.ramp}`}`;
    const text = (line: TileText | undefined, kind: string) =>
      line
        ? svg`<text class="tile-text ${kind} f${line.font} ${d.ramp === undefined ? 'i-none' : `i${d.ramp}`}" x=${d.cx} y=${line.y} text-anchor="middle" aria-hidden="true">${line.text}</text>`
        : nothing;
    return svg`<g class="mark ${i === this.nav.active ? 'active' : ''}" part="mark" role="listitem" tabindex=${this.nav.tabIndex(i)} data-index=${i} aria-label=${name}>${d.box
      ? svg`<rect class=${area} x=${d.box.x} y=${d.box.y} width=${d.box.size} height=${d.box.size} rx="3"></rect>`
      : svg`<path class=${area} d=${d.d!} fill-rule="evenodd"></path>`}${text(d.label, 'short')}${text(d.valueLabel, 'value')}</g>`;
  }

  override marks(): readonly Mark[] {
    return this.plan.marks;
  }

  /** Arrow keys move to the unit in that direction: on a tile grid, the neighbouring tile. */
  markToward(index: number, direction: ArrowDirection): number {
    return pointToward(this.plan.drawing?.units.map((u) => ({ x: u.cx, y: u.cy })) ?? [], index, direction);
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

/** A note under the map. */
function note(text: string): TemplateResult {
  return html`<p class="map-note" part="map-note">${text}</p>`;
}

/**
 * The layout of a tier that holds most of the data's groups: the 13 districts for data that has Lộc Hà, the 12
 * of 2025 otherwise when the data ends in 2025, the latest layout on a tie.
 */
function fittingLayout(tier: TileTier, rows: ReadonlyMap<string, ResultRow>, end: string | undefined): TileLayout {
  const atEnd = end && partialDateRange(end) ? tileLayoutFor(end, tier) : undefined;
  // Twice the groups it holds, and one more for the layout in force when the data ends: ties go to that one.
  const score = (l: TileLayout) => 2 * [...rows.keys()].filter((k) => l.tiles.has(k)).length + (l === atEnd ? 1 : 0);
  return TILE_LAYOUTS.filter((l) => l.tier === tier).reduce((best, l) => (score(l) >= score(best) ? l : best));
}
