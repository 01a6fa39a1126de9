import { partialDateRange } from '../date/partial-date.js';
import { exactInterval, toInterval, type Interval } from '../number/interval.js';
import { scaleInterval } from '../number/scale-interval.js';
import { createIntervalSum } from '../number/sum-intervals.js';
import type { Model } from '../types.js';
import { createIssue } from '../validate/create-issue.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import { groupFor, partFor, type Group } from './accumulate.js';
import { UNKNOWN_KEY } from './dimension-keys.js';
import { resolvePlace, type PlaceResolution } from './place-keys.js';
import type { QueryContext } from './query-context.js';
import { validityEpochs } from './validity-epochs.js';
import type { Dimension } from './query-types.js';

/** Grouped sums from records, before labels and ordering. */
export interface RecordAnswer {
  readonly groups: Map<string, Group>;
  readonly total: Interval;
  readonly unit: Unit;
  /** What group sums (kept in base units: m, m²) are multiplied by to be in `unit`. */
  readonly scale: number;
  /** How many records were counted. */
  readonly count: number;
  readonly sourceIds: ReadonlySet<string>;
}

const ONE = exactInterval(1);
const PLACE_DIMS: ReadonlySet<Dimension | undefined> = new Set(['district', 'commune', 'place']);

/**
 * Counts models (or sums one outcome metric) over the records that pass the query's filters, grouped by the
 * query's dimensions. One pass over the records; groups are keyed by `Map`; start dates and place look-ups are
 * cached because many records share them.
 */
export function countRecords(models: readonly Model[], ctx: QueryContext, fallbackDate: string | undefined): RecordAnswer {
  const { q, metric, gazetteer } = ctx;
  const byModels = metric === 'models';
  const groups = new Map<string, Group>();
  const total = createIntervalSum();
  const unitUse = new Map<Unit, number>();
  const sourceIds = new Set<string>();
  const needsPlace = q.place !== undefined || PLACE_DIMS.has(q.by) || PLACE_DIMS.has(q.series);
  const needsDate = needsPlace || ctx.fromDay !== undefined || ctx.toDay !== undefined || q.by === 'year' || q.series === 'year';
  const dim = PLACE_DIMS.has(q.by) ? q.by : q.series;
  const resolve = (code: string, date: string | undefined) => resolvePlace(gazetteer, code, date, dim, ctx.root, q.place, q.at);
  // A million records share a few thousand start dates and a few hundred places: each start is read once, and
  // each place resolved once per stretch of time in which the gazetteer does not change (see validityEpochs).
  const starts = new Map<string, Start | undefined>();
  const epochOf = needsPlace ? validityEpochs(gazetteer) : undefined;
  const byEpoch = new Map<string, PlaceResolution[]>();
  const undatedPlaces = new Map<string, PlaceResolution>();
  let undated = 0;
  let mapped = 0;
  let count = 0;
  const split = new Map<string, string>();

  for (const m of models) {
    if (ctx.fields && !ctx.fields.has(m.field)) continue;
    if (q.status && m.status !== q.status) continue;
    if (q.host && m.host !== q.host) continue;
    if (q.level && m.level !== q.level) continue;
    // A metric sums the records that report it; the others make no group ("0 km" where nothing was measured)
    // and no warning.
    if (!byModels && !m.outcomes?.some((o) => o.metric === metric)) continue;
    let start: Start | undefined;
    if (needsDate && m.started) {
      start = starts.get(m.started);
      if (start === undefined && !starts.has(m.started)) starts.set(m.started, (start = readStart(m.started, epochOf)));
    }
    const range = start?.range;
    if (ctx.fromDay || ctx.toDay) {
      if (!range) {
        undated++;
        continue;
      }
      if ((ctx.fromDay && range[1] < ctx.fromDay) || (ctx.toDay && range[0] > ctx.toDay)) continue;
    }
    let place: PlaceResolution | undefined;
    if (needsPlace) {
      if (start) {
        let list = byEpoch.get(m.place);
        if (!list) byEpoch.set(m.place, (list = []));
        place = list[start.epoch] ??= resolve(m.place, start.range[1]);
      } else {
        // Undated records are placed as of the dataset's date, as they stand (it may be a partial date).
        place = undatedPlaces.get(m.place);
        if (!place) undatedPlaces.set(m.place, (place = resolve(m.place, fallbackDate)));
      }
      if (!place.inside) continue;
      if (place.mapped) mapped++;
      if (place.splitFrom) split.set(place.splitFrom, place.splitTo ?? '');
    }
    const key = q.by ? keyOf(m, q.by, start, place) : 'total';
    const group = groupFor(groups, key, q.series !== undefined);
    const part = q.series ? partFor(group, keyOf(m, q.series, start, place)) : undefined;
    let counted = false;
    if (byModels) {
      group.sum.add(ONE);
      part?.add(ONE);
      total.add(ONE);
      counted = true;
    } else if (m.outcomes) {
      for (const o of m.outcomes) {
        if (o.metric !== metric) continue;
        const value = toInterval(o.value);
        const factor = UNIT_INFO[o.unit].factor;
        group.sum.add(value, factor);
        part?.add(value, factor);
        total.add(value, factor);
        unitUse.set(o.unit, (unitUse.get(o.unit) ?? 0) + 1);
        counted = true;
      }
    }
    if (!counted) continue;
    count++;
    if (m.sources) for (const s of m.sources) sourceIds.add(s);
  }

  if (undated > 0) ctx.warnings.push(createIssue('undated_records', 'warning', {}, { count: undated }));
  if (mapped > 0) ctx.warnings.push(createIssue('mapped_across_reform', 'warning', {}, { count: mapped, date: q.at ?? '' }));
  for (const [from, to] of split) {
    ctx.warnings.push(createIssue('split_unit', 'warning', {}, { value: gazetteer.label(from, 'vi'), to: gazetteer.label(to, 'vi') }));
  }

  // Lengths and areas are summed in their base unit (m, m²); show them in the unit the records use most.
  const unit: Unit = byModels ? 'model' : mostUsed(unitUse) ?? 'count';
  const scale = 1 / UNIT_INFO[unit].factor;
  return { groups, total: scaleInterval(total.result(), scale), unit, scale, count, sourceIds };
}

/** A record's start date as queries use it: its first and last day, its year, and its stretch of gazetteer time. */
interface Start {
  readonly range: [string, string];
  readonly year: string;
  readonly epoch: number;
}

function readStart(started: string, epochOf: ((day: string) => number) | undefined): Start | undefined {
  const range = partialDateRange(started);
  return range && { range, year: range[0].slice(0, 4), epoch: epochOf ? epochOf(range[1]) : 0 };
}

function keyOf(m: Model, dim: Dimension, start: Start | undefined, place: PlaceResolution | undefined): string {
  switch (dim) {
    case 'field':
      return m.field;
    case 'year':
      return start ? start.year : UNKNOWN_KEY;
    case 'status':
      return m.status ?? UNKNOWN_KEY;
    case 'host':
      return m.host ?? UNKNOWN_KEY;
    case 'level':
      return m.level ?? UNKNOWN_KEY;
    default:
      return place?.key ?? UNKNOWN_KEY;
  }
}

function mostUsed(use: Map<Unit, number>): Unit | undefined {
  let best: Unit | undefined;
  for (const [unit, n] of use) if (best === undefined || n > (use.get(best) ?? 0)) best = unit;
  return best;
}
