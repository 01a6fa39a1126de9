import { partialDateRange } from '../date/partial-date.js';
import { toInterval, type Interval } from '../number/interval.js';
import { scaleInterval } from '../number/scale-interval.js';
import { sumIntervals } from '../number/sum-intervals.js';
import type { Period, Statistic } from '../types.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import type { QueryContext } from './query-context.js';
import type { Dimension } from './query-types.js';

/** A row answered by published figures. */
export interface StatisticRow {
  readonly key: string;
  readonly value: Interval;
  readonly parts: ReadonlyMap<string, Interval> | undefined;
}

/** Published figures that answer a query as they stand. */
export interface StatisticAnswer {
  readonly rows: readonly StatisticRow[];
  /** The published total, when the frame has one. */
  readonly total: Interval | undefined;
  readonly unit: Unit;
  readonly sourceIds: ReadonlySet<string>;
  readonly period: Period;
  readonly place: string;
}

const BREAKDOWNS = ['field', 'status', 'host', 'level'] as const;
const PLACE_DIMS: ReadonlySet<string> = new Set(['district', 'commune', 'place']);
const TIER_RANK: Readonly<Record<string, number>> = { province: 0, district: 1, commune: 2, 'below-commune': 3 };

interface Frame {
  readonly place: string;
  readonly period: Period;
  readonly rows: Map<string, { value?: Statistic; parts: Map<string, Statistic> }>;
  total?: Statistic;
  readonly all: Statistic[];
}

/**
 * Finds published statistics that answer the query exactly — same subject, same breakdown, same period, the
 * place asked for — and returns them as published, hedges included. Where several sets of figures could answer
 * (the province's and a district's), the widest place wins, then the longest and latest period. Returns
 * undefined when no published figures fit, and the caller counts records instead.
 */
export function answerFromStatistics(statistics: readonly Statistic[], ctx: QueryContext): StatisticAnswer | undefined {
  const { q, gazetteer } = ctx;
  if (ctx.fields && ctx.fields.size > 1 && q.by !== 'field' && q.series !== 'field') return undefined;
  const only = ctx.fields?.size === 1 ? [...ctx.fields][0] : undefined;
  const placeDim = [q.by, q.series].find((d): d is Dimension => d !== undefined && PLACE_DIMS.has(d));
  const byYear = q.by === 'year' || q.series === 'year';
  const frames = new Map<string, Frame>();

  for (const s of statistics) {
    if (s.subject !== ctx.metric) continue;
    if (!BREAKDOWNS.every((dim) => dim === q.by || dim === q.series || s[dim] === (dim === 'field' ? only : q[dim]))) continue;
    if (ctx.fields && s.field && !ctx.fields.has(s.field)) continue;
    // Dates are read only when the query is about them: most name no period.
    if ((byYear || ctx.fromDay || ctx.toDay) && !periodFits(s.period, ctx, byYear)) continue;
    let framePlace = s.place;
    if (placeDim) {
      framePlace = ctx.root;
      if (s.place !== ctx.root && !placeFits(s.place, placeDim, ctx)) continue;
    } else if (q.place !== undefined && s.place !== q.place) continue;
    const key = q.by ? dimValue(s, q.by, ctx) : undefined;
    const part = q.series ? dimValue(s, q.series, ctx) : undefined;
    const frameKey = `${framePlace}|${byYear ? '' : `${s.period.from ?? ''}/${s.period.to ?? ''}`}`;
    let frame = frames.get(frameKey);
    if (!frame) frames.set(frameKey, (frame = { place: framePlace, period: s.period, rows: new Map(), all: [] }));
    frame.all.push(s);
    if (key === undefined) {
      if (part === undefined) frame.total = s;
      continue;
    }
    let row = frame.rows.get(key);
    if (!row) frame.rows.set(key, (row = { parts: new Map() }));
    if (part === undefined) row.value = s;
    else row.parts.set(part, s);
  }

  let usable = [...frames.values()].filter((f) => (q.by ? f.rows.size > 0 : f.total !== undefined));
  if (q.place === undefined && !placeDim) {
    // No place asked for: the question is about the widest place the figures cover (the province), and a
    // district's figure must not answer it.
    const widest = Math.min(...[...frames.values()].map(rankOf));
    usable = usable.filter((f) => rankOf(f) === widest);
  }
  if (usable.length === 0) return undefined;
  // Ends are ISO days: compared as text (localeCompare would start a collator).
  usable.sort((a, b) => b.rows.size - a.rows.size || rankOf(a) - rankOf(b) || spanOf(b) - spanOf(a) || (endOf(b) < endOf(a) ? -1 : endOf(b) > endOf(a) ? 1 : 0));
  const frame = usable[0]!;

  // Every figure of the frame is shown in the unit of the first; lengths and areas convert.
  const unit: Unit = frame.all[0]!.unit ?? (ctx.metric === 'models' ? 'model' : 'count');
  const read = (s: Statistic) =>
    scaleInterval(toInterval(s.value), UNIT_INFO[s.unit ?? unit].factor / UNIT_INFO[unit].factor);
  const rows: StatisticRow[] = [];
  for (const [key, r] of frame.rows) {
    if (q.series && r.parts.size === 0) continue;
    const parts = q.series ? new Map([...r.parts].map(([k, s]) => [k, read(s)])) : undefined;
    const value = r.value ? read(r.value) : sumIntervals(parts?.values() ?? []);
    rows.push({ key, value, parts });
  }
  if (rows.length === 0 && q.by) return undefined;
  const period = byYear ? yearSpan(rows) : frame.period;
  return {
    rows,
    total: frame.total ? read(frame.total) : undefined,
    unit,
    sourceIds: new Set(frame.all.map((s) => s.source)),
    period,
    place: frame.place,
  };

  function rankOf(f: Frame): number {
    return TIER_RANK[gazetteer.tierOf(f.place) ?? 'below-commune'] ?? 3;
  }
}

function dimValue(s: Statistic, dim: Dimension, ctx: QueryContext): string | undefined {
  switch (dim) {
    case 'field':
    case 'status':
    case 'host':
    case 'level':
      return s[dim];
    case 'year': {
      const from = s.period.from?.slice(0, 4);
      return from !== undefined && from === (s.period.to ?? s.period.from)?.slice(0, 4) ? from : undefined;
    }
    default:
      return s.place === ctx.root ? undefined : s.place;
  }
}

function periodFits(period: Period, ctx: QueryContext, byYear: boolean): boolean {
  const start = period.from ? partialDateRange(period.from)?.[0] : undefined;
  const end = period.to ? partialDateRange(period.to)?.[1] : undefined;
  if (byYear) {
    // One figure per year: it must cover a single year inside the asked range.
    if (!start || (ctx.fromDay && start < ctx.fromDay) || (ctx.toDay && start > ctx.toDay)) return false;
    return true;
  }
  if (ctx.fromDay && start !== ctx.fromDay) return false;
  if (ctx.toDay && end !== ctx.toDay) return false;
  return true;
}

function placeFits(code: string, dim: Dimension, ctx: QueryContext): boolean {
  const { gazetteer, root } = ctx;
  const unit = gazetteer.byCode(code);
  if (!unit) return false;
  if (dim === 'place') return unit.parent === root;
  if (gazetteer.tierOf(code) !== dim) return false;
  return gazetteer.ancestors(code).some((p) => p.code === root);
}

function spanOf(f: Frame): number {
  const a = f.period.from ? partialDateRange(f.period.from)?.[0] : undefined;
  const b = f.period.to ? partialDateRange(f.period.to)?.[1] : undefined;
  return a && b ? Date.parse(b) - Date.parse(a) : 0;
}

function endOf(f: Frame): string {
  return f.period.to ?? f.period.from ?? '';
}

function yearSpan(rows: readonly StatisticRow[]): Period {
  const years = rows.map((r) => r.key).sort();
  return years.length ? { from: years[0], to: years.at(-1) } : {};
}
