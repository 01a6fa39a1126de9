import { reconcile } from '../number/reconcile.js';
import { toInterval } from '../number/interval.js';
import { reportedQualifier, reportedValue } from '../number/reported-number.js';
import { partialDateRange } from '../date/partial-date.js';
import { placeIndex as gazetteer } from '../gazetteer/place-index.js';
import { safeUrl } from '../url/safe-url.js';
import { METRIC_UNITS, type KnownMetric } from '../vocab/metrics.js';
import { UNIT_INFO, type Unit } from '../vocab/units.js';
import type { Dataset, DatasetHeader, Model, Outcome, PlaceRecord, Source, Statistic } from '../types.js';
import { createIssue } from './create-issue.js';
import type { ValidationIssue } from './validation-issue.js';

/** A record that passed its schema, with its index in the input (issues point at the input). */
export interface Entry<T> {
  readonly value: T;
  readonly index: number;
}

/** Options for the checks across records. */
export interface CheckOptions {
  /**
   * Whether a place code is known, besides the places the dataset adds itself. Defaults to the built-in
   * gazetteer of Hà Tĩnh.
   */
  readonly knownPlace?: (code: string) => boolean;
  /** "Today" for the future-date check, as `YYYY-MM-DD`; defaults to the current UTC date. */
  readonly today?: string;
}

/**
 * The checks that look across records: duplicate ids, links, references to places and sources, dates in the
 * future, units that cannot measure their metric, and published totals that disagree with their parts.
 * Returns the dataset without the records and values it had to refuse.
 */
export function checkDataset(
  header: DatasetHeader,
  lists: {
    sources?: Entry<Source>[] | undefined;
    places?: Entry<PlaceRecord>[] | undefined;
    models?: Entry<Model>[] | undefined;
    statistics?: Entry<Statistic>[] | undefined;
  },
  issues: ValidationIssue[],
  options: CheckOptions,
): Dataset {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const knownPlace = options.knownPlace ?? ((code: string) => gazetteer.byCode(code) !== undefined);

  const sources = unique(lists.sources ?? [], (s) => s.id, 'sources', issues).map(({ value, index }) => {
    if (value.url === undefined) return value;
    const url = safeUrl(value.url);
    if (url !== undefined) return url === value.url ? value : { ...value, url };
    issues.push(createIssue('unsafe_url', 'warning', { path: ['sources', index, 'url'] }, { value: value.url.slice(0, 80) }));
    const { url: _dropped, ...rest } = value;
    return rest;
  });
  const sourceIds = new Set(sources.map((s) => s.id));

  const places = unique(lists.places ?? [], (p) => p.code, 'places', issues).map((e) => e.value);
  const placeCodes = new Set(places.map((p) => p.code));
  const isPlace = (code: string) => placeCodes.has(code) || knownPlace(code);

  // Models can number in the millions: nothing below allocates for a record that has nothing to report.
  const models: Model[] = [];
  for (const { value, index } of unique(lists.models ?? [], (m) => m.id, 'models', issues)) {
    if (!isPlace(value.place)) issues.push(createIssue('unknown_place', 'warning', { path: ['models', index, 'place'] }, { value: value.place }));
    if (value.sources) {
      for (let i = 0; i < value.sources.length; i++) {
        const id = value.sources[i]!;
        if (!sourceIds.has(id)) issues.push(createIssue('unknown_source', 'warning', { path: ['models', index, 'sources', i] }, { value: id }));
      }
    }
    if (value.started && isFuture(value.started, today)) {
      issues.push(createIssue('future_date', 'warning', { path: ['models', index, 'started'] }, { value: value.started }));
    }
    let outcomes = value.outcomes;
    if (outcomes?.some((o) => !unitFits(o))) {
      outcomes = outcomes.filter((o, i) => {
        const expected = expectedDimension(o.metric);
        if (!expected || UNIT_INFO[o.unit].dimension === expected) return true;
        issues.push(createIssue('impossible_unit', 'error', { path: ['models', index, 'outcomes', i, 'unit'] }, { unit: o.unit, metric: o.metric, expected }));
        return false;
      });
    }
    models.push(outcomes === value.outcomes ? value : { ...value, outcomes });
  }

  // Statistics need no id: the first of each id given is kept, checked in the same pass.
  const statistics: Statistic[] = [];
  const kept: Entry<Statistic>[] = [];
  const statisticIds = new Set<string>();
  for (const entry of lists.statistics ?? []) {
    const { value, index } = entry;
    if (value.id !== undefined && !isFirst(statisticIds, value.id, 'statistics', index, issues)) continue;
    const unit: Unit = value.unit ?? (value.subject === 'models' ? 'model' : 'count');
    const expected = value.subject === 'models' ? 'count' : expectedDimension(value.subject);
    if (expected && UNIT_INFO[unit].dimension !== expected) {
      issues.push(createIssue('impossible_unit', 'error', { path: ['statistics', index, 'unit'] }, { unit, metric: value.subject, expected }));
      continue;
    }
    if (!isPlace(value.place)) issues.push(createIssue('unknown_place', 'warning', { path: ['statistics', index, 'place'] }, { value: value.place }));
    if (!sourceIds.has(value.source)) issues.push(createIssue('unknown_source', 'warning', { path: ['statistics', index, 'source'] }, { value: value.source }));
    if (value.period.from && isFuture(value.period.from, today)) {
      issues.push(createIssue('future_date', 'warning', { path: ['statistics', index, 'period', 'from'] }, { value: value.period.from }));
    }
    statistics.push(value);
    kept.push(entry);
  }
  issues.push(...reconcileStatistics(kept));

  const dataset: Dataset = { ...header, sources };
  if (lists.places) dataset.places = places;
  if (lists.models) dataset.models = models;
  if (lists.statistics) dataset.statistics = statistics;
  return dataset;
}

/** Keeps the first record for each id and reports the rest. */
function unique<T>(entries: Entry<T>[], id: (t: T) => string, list: string, issues: ValidationIssue[]): Entry<T>[] {
  const seen = new Set<string>();
  return entries.filter(({ value, index }) => isFirst(seen, id(value), list, index, issues));
}

/** Whether `key` is new to `seen` (and now in it); a key seen before is reported as a duplicate at `list`/`index`. */
function isFirst(seen: Set<string>, key: string, list: string, index: number, issues: ValidationIssue[]): boolean {
  // One hash look-up per record, not two (has, then add): a new key grows the set.
  const before = seen.size;
  if (seen.add(key).size > before) return true;
  issues.push(createIssue('duplicate_id', 'error', { path: [list, index] }, { value: key }));
  return false;
}

function unitFits(o: Outcome): boolean {
  const expected = expectedDimension(o.metric);
  return !expected || UNIT_INFO[o.unit].dimension === expected;
}

function expectedDimension(metric: string) {
  // Own keys only: an outcome metric named "constructor" (a valid id) must not find Object's constructor.
  const unit = Object.hasOwn(METRIC_UNITS, metric) ? METRIC_UNITS[metric as KnownMetric] : undefined;
  return unit ? UNIT_INFO[unit].dimension : undefined;
}

/** Whether a partial date starts after `today` (YYYY-MM-DD). */
function isFuture(date: string, today: string): boolean {
  // A date that sorts before today as text ("2019", "2026-03" before "2026-11-29") starts before it: most dates,
  // of millions of records, need no calendar arithmetic.
  if (date < today) return false;
  const range = partialDateRange(date);
  return range !== undefined && range[0] > today;
}

/** Sets each published total against the per-field figures published beside it. */
function reconcileStatistics(statistics: readonly Entry<Statistic>[]): ValidationIssue[] {
  // Only figures given by field can disagree with a total: a file of totals alone (a figure per place, say) has
  // nothing to set against them, and skips a key for each of its figures.
  if (!statistics.some((e) => e.value.field)) return [];
  const groups = new Map<string, { total?: Entry<Statistic>; parts: Statistic[] }>();
  statistics.forEach((e) => {
    const s = e.value;
    if (s.status || s.host || s.level) return;
    const key = `${s.subject}|${s.place}|${s.period.from ?? ''}|${s.period.to ?? ''}|${UNIT_INFO[s.unit ?? 'count'].dimension}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { parts: [] }));
    if (s.field) g.parts.push(s);
    else g.total = e;
  });
  const out: ValidationIssue[] = [];
  for (const { total, parts } of groups.values()) {
    if (!total || parts.length < 2) continue;
    const check = reconcile(toInterval(total.value.value), parts.map((p) => toInterval(p.value)));
    if (check.consistent) continue;
    out.push(
      createIssue('inconsistent_total', 'warning', { path: ['statistics', total.index] }, {
        total: reportedValue(total.value.value),
        totalQualifier: reportedQualifier(total.value.value),
        sum: check.sum.value,
        sumQualifier: check.sum.qualifier,
      }),
    );
  }
  return out;
}
