import { placeIndex as builtIn, type PlaceIndex } from '../gazetteer/place-index.js';
import { partialDateRange } from '../date/partial-date.js';
import { reconcile, type Reconciliation } from '../number/reconcile.js';
import { sumIntervals } from '../number/sum-intervals.js';
import { reportedQualifier, reportedValue } from '../number/reported-number.js';
import { scaleInterval } from '../number/scale-interval.js';
import type { Dataset } from '../types.js';
import { createIssue } from '../validate/create-issue.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import type { Field } from '../vocab/fields.js';
import { answerFromStatistics } from './answer-from-statistics.js';
import { countRecords } from './count-records.js';
import { labelKey, naturalCompare } from './dimension-keys.js';
import { finishRows } from './finish-rows.js';
import type { QueryContext } from './query-context.js';
import type { Label, Query, QueryResult, ResultRow } from './query-types.js';
import { exactInterval, type Interval } from '../number/interval.js';

/** Options for `query`. */
export interface QueryOptions {
  /** The gazetteer places are resolved with; defaults to the built-in one plus the dataset's own places. */
  readonly gazetteer?: PlaceIndex;
}

const PROVINCE = '42';
const TOTAL: Label = { vi: 'Tổng số', en: 'Total' };

/**
 * Answers a question about a dataset: how many models (or how much of a metric) by field, year, district,
 * commune, place, status, host or level, with filters. Published statistics that answer the question exactly are
 * used as published, hedges and all (`basis: 'statistics'`); otherwise records are counted or summed in one pass
 * (`basis: 'records'`). Every widget, Node script and server render asks through this one function.
 *
 * @example
 * const r = query(haTinh, { by: 'field' });
 * r.rows.map((row) => formatReported(row.value, 'vi')); // ['gần 8.000', 'hơn 5.800', 'hơn 3.300', '2.200']
 * formatReported(r.total!, 'vi'); // 'hơn 19.300'
 */
export function query(dataset: Dataset, q: Query = {}, options: QueryOptions = {}): QueryResult {
  const gazetteer = options.gazetteer ?? (dataset.places?.length ? builtIn.withPlaces(dataset.places) : builtIn);
  const fields = q.field === undefined ? undefined : new Set<Field>(typeof q.field === 'string' ? [q.field] : q.field);
  const ctx: QueryContext = {
    q,
    metric: q.metric ?? 'models',
    gazetteer,
    fields,
    fromDay: q.from ? partialDateRange(q.from)?.[0] : undefined,
    toDay: q.to ? partialDateRange(q.to)?.[1] : undefined,
    root: q.place ?? PROVINCE,
    warnings: [],
  };
  const at = q.at ?? q.to;
  const label = (key: string, dim = q.by) => (dim ? labelKey(dim, key, gazetteer, at) : TOTAL);
  const sourcesOf = (ids: ReadonlySet<string>) => dataset.sources.filter((s) => ids.has(s.id));

  const stats = answerFromStatistics(dataset.statistics ?? [], ctx);
  if (stats) {
    const rows = stats.rows.map((r) => toRow(r.key, r.value, r.parts, label, q.series));
    // Without `by` the answer is one row, the total, as when records are counted.
    if (!q.by && stats.total && rows.length === 0) rows.push(toRow('total', stats.total, undefined, label, undefined));
    const total = stats.total ?? (rows.length ? sumRows(rows) : undefined);
    // Parts of a breakdown should add up to the published total; years and filtered subsets need not.
    const partition = stats.total && q.by && q.by !== 'year' && rows.length > 1 && q.limit === undefined;
    const reconciliation = partition ? checkParts(stats.total!, rows, ctx.warnings) : undefined;
    return {
      reconciliation,
      rows: finish(rows, total),
      total: q.cumulative ? undefined : total,
      unit: stats.unit,
      basis: 'statistics',
      sources: sourcesOf(stats.sourceIds),
      warnings: ctx.warnings,
      period: stats.period,
      place: stats.place,
    };
  }

  const records = countRecords(dataset.models ?? [], ctx, dataset.updated || undefined);
  if (records.count === 0) ctx.warnings.push(createIssue('no_data', 'warning', {}, { detail: ctx.metric }));
  const rows: ResultRow[] = [];
  for (const [key, g] of records.groups) {
    const parts = g.parts && new Map([...g.parts].map(([k, s]) => [k, scaleInterval(s.result(), records.scale)]));
    rows.push(toRow(key, scaleInterval(g.sum.result(), records.scale), parts, label, q.series));
  }
  if (q.by === 'year' && records.count > 0) fillYears(rows, q, label);
  if (q.series && records.count > 0) completeParts(rows, label, q.series);
  const total = records.count > 0 ? records.total : undefined;
  return {
    rows: finish(rows, total),
    total: q.cumulative ? undefined : total,
    unit: records.unit,
    basis: records.count > 0 ? 'records' : 'none',
    reconciliation: undefined,
    sources: sourcesOf(records.sourceIds.size ? records.sourceIds : new Set(dataset.sources.map((s) => s.id))),
    warnings: ctx.warnings,
    period: { from: q.from, to: q.to },
    place: q.place,
  };

  function finish(rows: ResultRow[], total: Interval | undefined): ResultRow[] {
    const compare = q.by ? naturalCompare(q.by) : () => 0;
    return finishRows(rows, total, q, compare);
  }
}

function toRow(
  key: string,
  value: Interval,
  parts: ReadonlyMap<string, Interval> | undefined,
  label: (key: string, dim?: Query['by']) => Label,
  series: Query['series'],
): ResultRow {
  const total = value.value;
  const partRows = parts
    ? [...parts]
        .map(([k, v]) => ({ key: k, label: label(k, series), value: v, share: total ? v.value / total : undefined }))
        .sort(series ? naturalCompare(series) : () => 0)
    : undefined;
  return { key, label: label(key), value, share: undefined, parts: partRows };
}

function sumRows(rows: readonly ResultRow[]): Interval {
  return sumIntervals(rows.map((r) => r.value));
}

function checkParts(total: Interval, rows: readonly ResultRow[], warnings: ValidationIssue[]): Reconciliation {
  const check = reconcile(total, rows.map((r) => r.value));
  if (check.consistent) return check;
  warnings.push(
    createIssue('inconsistent_total', 'warning', {}, {
      total: reportedValue(total),
      totalQualifier: reportedQualifier(total),
      sum: check.sum.value,
      sumQualifier: check.sum.qualifier,
    }),
  );
  return check;
}

/**
 * Years with no record inside the span (the query's from–to, else the first to the last year seen) are rows of
 * 0, not gaps: counted records say "none that year", which a line must show. Published statistics are left
 * alone — a missing published figure is unknown, not zero.
 */
function fillYears(rows: ResultRow[], q: Query, label: (key: string, dim?: Query['by']) => Label): void {
  const years = rows.map((r) => Number(r.key)).filter(Number.isInteger);
  if (years.length === 0) return;
  // Only a real partial date bounds the span, as it does the filter: `from: '1e30'` read as a number would make
  // `y++` a no-op and this loop endless.
  const from = q.from ? partialDateRange(q.from)?.[0] : undefined;
  const to = q.to ? partialDateRange(q.to)?.[1] : undefined;
  const first = from ? Number(from.slice(0, 4)) : Math.min(...years);
  const last = to ? Number(to.slice(0, 4)) : Math.max(...years);
  const seen = new Set(years);
  for (let y = first; y <= last && y - first < 500; y++) {
    if (seen.has(y)) continue;
    const key = String(y);
    // Its parts, all 0, come from completeParts.
    rows.push({ key, label: label(key), value: exactInterval(0), share: undefined, parts: q.series ? [] : undefined });
  }
}

/**
 * Gives every row a part for each series key any row has, at 0 where the row has no record of it: counted
 * records say "none of these here", so each line of a series chart has a point at every row, and running totals
 * carry on through the rows a key is absent from. Published statistics are left alone (unknown is not zero).
 */
function completeParts(rows: ResultRow[], label: (key: string, dim?: Query['by']) => Label, series: NonNullable<Query['series']>): void {
  const keys = [...new Set(rows.flatMap((r) => r.parts?.map((p) => p.key) ?? []))];
  const compare = naturalCompare(series);
  rows.forEach((row, i) => {
    const have = new Set(row.parts?.map((p) => p.key));
    if (keys.every((k) => have.has(k))) return;
    const zeros = keys.filter((k) => !have.has(k)).map((k) => ({ key: k, label: label(k, series), value: exactInterval(0), share: row.value.value ? 0 : undefined }));
    rows[i] = { ...row, parts: [...(row.parts ?? []), ...zeros].sort(compare) };
  });
}
