// Properties of query over records: partitions add up, filters only take away, sorting and limits only reorder
// and cut, running totals only grow, and nothing depends on the order of the records. 1,000 runs each (fc-runs.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixtureJson from '../fixtures/core/models.json';
import {
  DIMENSIONS,
  FIELDS,
  HOSTS,
  LEVELS,
  STATUSES,
  summarize,
  synthesizeModels,
  validate,
  query,
  formatReported,
  type Dataset,
  type Dimension,
  type Model,
  type Query,
  type QueryResult,
} from '@danvan/core';
import { runs } from './fc-runs.js';

const TODAY = '2026-01-01';
const fixture = validate(fixtureJson, { today: TODAY }).data as Dataset;
/** Hand-made models (districts and communes, 2013-2023) and synthetic ones on both sides of the 2025 reform. */
const POOL: readonly Model[] = [
  ...fixture.models!,
  ...synthesizeModels({ seed: 3, count: 160, from: 2016, to: 2026, outcomeShare: 0.7 }),
  // Undated: left out of time filters, counted everywhere else.
  ...synthesizeModels({ seed: 4, count: 10, idPrefix: 'u' }).map(({ started: _s, ...m }) => m),
];
const datasetOf = (models: readonly Model[]): Dataset => ({ ...fixture, updated: '2026-11', models: [...models] });
const models = fc.subarray([...POOL], { maxLength: 40 });
const METRIC = ['models', 'households-donating-land', 'road-length', 'funds-mobilized', 'working-days'] as const;
const PLACES = [undefined, '42', '443', '436', '447', '18415', 'R1665-27', 'R1665-59'] as const;
const year = fc.integer({ min: 2012, max: 2027 }).map(String);

/** A query's filters: what narrows the records, without grouping or presentation. */
const filters = fc.record(
  {
    metric: fc.constantFrom(...METRIC),
    place: fc.constantFrom(...PLACES),
    from: year,
    to: year,
    status: fc.constantFrom(...STATUSES),
    host: fc.constantFrom(...HOSTS),
    level: fc.constantFrom(...LEVELS),
    at: fc.constantFrom('2024-12-31', '2025-08-01'),
  },
  { requiredKeys: [] },
);
const by = fc.constantFrom<Dimension>(...DIMENSIONS);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const rowsOf = (r: QueryResult) => r.rows.map((row) => [row.key, row.value.value, row.value.qualifier]);

describe('query(dataset, q) over records', { timeout: 60_000 }, () => {
  it('property: for any filters and dimension, the rows add up to the total (stated figure and bounds), and shares to 1', () => {
    fc.assert(
      fc.property(models, filters, by, (list, f, dim) => {
        const r = query(datasetOf(list), { ...f, by: dim });
        if (r.rows.length === 0 || !r.total) return;
        expect(close(sum(r.rows.map((row) => row.value.value)), r.total.value)).toBe(true);
        expect(r.total.low).toBeLessThanOrEqual(r.total.value);
        expect(r.total.value).toBeLessThanOrEqual(r.total.high);
        if (r.total.value > 0) expect(close(sum(r.rows.map((row) => row.share ?? 0)), 1)).toBe(true);
      }),
      runs(1000),
    );
  });

  it('property: the four fields partition the records: their totals add up to the unfiltered total, and each is at most it', () => {
    fc.assert(
      fc.property(models, filters, (list, f) => {
        const ds = datasetOf(list);
        const all = query(ds, f).total?.value ?? 0;
        const parts = FIELDS.map((field) => query(ds, { ...f, field }).total?.value ?? 0);
        for (const p of parts) expect(p).toBeLessThanOrEqual(all + 1e-9);
        expect(close(sum(parts), all)).toBe(true);
        // Two fields together are the sum of each.
        expect(close(query(ds, { ...f, field: ['economic', 'culture-society'] }).total?.value ?? 0, parts[0]! + parts[1]!)).toBe(true);
      }),
      runs(1000),
    );
  });

  it('property: filtering on the province is the same as not filtering on place', () => {
    fc.assert(
      fc.property(models, filters, by, (list, f, dim) => {
        const ds = datasetOf(list);
        const { place: _p, ...rest } = f;
        const a = query(ds, { ...rest, by: dim });
        const b = query(ds, { ...rest, by: dim, place: '42' });
        expect(rowsOf(b)).toEqual(rowsOf(a));
        expect(b.total).toEqual(a.total);
      }),
      runs(1000),
    );
  });

  it('property: year windows partition the dated records, and agree with the rows by year', () => {
    fc.assert(
      fc.property(models, fc.integer({ min: 2013, max: 2026 }), fc.integer({ min: 0, max: 5 }), (list, from, span) => {
        const ds = datasetOf(list);
        const to = from + span;
        const whole = query(ds, { from: String(from), to: String(to) }).total?.value ?? 0;
        const years = Array.from({ length: span + 1 }, (_, i) => query(ds, { from: String(from + i), to: String(from + i) }).total?.value ?? 0);
        expect(sum(years)).toBe(whole);
        const byYear = new Map(query(ds, { by: 'year', from: String(from), to: String(to) }).rows.map((r) => [r.key, r.value.value]));
        years.forEach((n, i) => expect(byYear.get(String(from + i)) ?? 0).toBe(n));
      }),
      runs(1000),
    );
  });

  it('property: sorting by value or label orders the rows and only reorders them; limit keeps the first rows, shares and all', () => {
    fc.assert(
      fc.property(models, filters, by, fc.constantFrom('value' as const, 'label' as const, 'natural' as const), fc.constantFrom(undefined, 'asc' as const, 'desc' as const), fc.nat(6), (list, f, dim, sort, order, limit) => {
        const ds = datasetOf(list);
        const q: Query = { ...f, by: dim };
        const plain = query(ds, q);
        const sorted = query(ds, { ...q, sort, order });
        const key = (r: QueryResult['rows'][number]) => JSON.stringify([r.key, r.value, r.share]);
        expect(sorted.rows.map(key).sort()).toEqual(plain.rows.map(key).sort());
        const values = sorted.rows.map((r) => r.value.value);
        const dir = (order ?? (sort === 'value' ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
        if (sort === 'value') for (let i = 1; i < values.length; i++) expect(dir * (values[i]! - values[i - 1]!)).toBeGreaterThanOrEqual(0);
        if (sort === 'label') {
          const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
          const labels = sorted.rows.map((r) => r.label.vi);
          for (let i = 1; i < labels.length; i++) expect(dir * collator.compare(labels[i]!, labels[i - 1]!)).toBeGreaterThanOrEqual(0);
        }
        const limited = query(ds, { ...q, sort, order, limit });
        expect(limited.rows).toEqual(sorted.rows.slice(0, limit));
        expect(limited.total).toEqual(sorted.total);
      }),
      runs(1000),
    );
  });

  it('property: running totals by year never fall for counts, end at the total, and each is the sum of the years so far', () => {
    fc.assert(
      fc.property(models, filters, (list, f) => {
        const ds = datasetOf(list);
        const { metric: _m, ...q } = f;
        const plain = query(ds, { ...q, by: 'year' });
        const running = query(ds, { ...q, by: 'year', cumulative: true });
        expect(running.rows.map((r) => r.key)).toEqual(plain.rows.map((r) => r.key));
        let acc = 0;
        running.rows.forEach((r, i) => {
          acc += plain.rows[i]!.value.value;
          expect(r.value.value).toBe(acc);
          if (i > 0) expect(r.value.value).toBeGreaterThanOrEqual(running.rows[i - 1]!.value.value);
        });
        if (plain.rows.length) expect(acc).toBe(plain.total!.value);
      }),
      runs(1000),
    );
  });

  it('property: a series splits each row into parts that add up to it', () => {
    fc.assert(
      fc.property(models, filters, by, by, (list, f, dim, series) => {
        fc.pre(dim !== series);
        const r = query(datasetOf(list), { ...f, by: dim, series });
        for (const row of r.rows) {
          expect(row.parts).toBeDefined();
          expect(close(sum(row.parts!.map((p) => p.value.value)), row.value.value)).toBe(true);
        }
      }),
      runs(1000),
    );
  });

  it('property: the order of the records changes no figure', () => {
    fc.assert(
      fc.property(models.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), filters, by, ([list, shuffled], f, dim) => {
        const a = query(datasetOf(list), { ...f, by: dim });
        const b = query(datasetOf(shuffled), { ...f, by: dim });
        expect(rowsOf(b)).toEqual(rowsOf(a));
        expect(b.total).toEqual(a.total);
        expect(b.warnings.map((w) => w.code)).toEqual(a.warnings.map((w) => w.code));
      }),
      runs(1000),
    );
  });

  it('property: query never throws, whatever the options, and leaves the dataset as it was', () => {
    const odd = fc.record(
      {
        metric: fc.oneof(fc.constantFrom(...METRIC), fc.string({ maxLength: 8 })),
        by: fc.oneof(by, fc.constantFrom('nonsense', '__proto__')),
        series: fc.oneof(by, fc.constantFrom('constructor')),
        field: fc.oneof(fc.constantFrom(...FIELDS), fc.constant([] as string[]), fc.constantFrom('sport')),
        place: fc.oneof(fc.constantFrom(...PLACES), fc.string({ maxLength: 6 })),
        from: fc.oneof(year, fc.constantFrom('2023-13', '', 'x', '0000-02-29')),
        to: fc.oneof(year, fc.constantFrom('1900', '9999-12-31')),
        // `at` is checked by the caller (an invalid one is a RangeError, as the gazetteer's API says).
        at: fc.constantFrom('2025-07-01', '2020', '2025-06'),
        cumulative: fc.boolean(),
        sort: fc.constantFrom('value', 'label', 'natural', 'random'),
        order: fc.constantFrom('asc', 'desc', 'sideways'),
        limit: fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constantFrom(NaN, Infinity, 0.5)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(models, odd, fc.constantFrom('vi' as const, 'en' as const), (list, q, lang) => {
        const ds = datasetOf(list);
        const before = JSON.stringify(ds);
        const r = query(ds, q as Query);
        expect(JSON.stringify(ds)).toBe(before);
        expect(Array.isArray(r.rows) && Array.isArray(r.warnings)).toBe(true);
        for (const row of r.rows) expect(Number.isNaN(row.value.value)).toBe(false);
        // What a widget then says about it never throws either, and names the total when there is one.
        const sentence = summarize(r, lang, q.metric);
        if (r.total && r.rows.length > 1 && !/^\d{4}$/.test(r.rows[0]!.key)) expect(sentence).toContain(formatReported(r.total, lang, q.metric === 'models' || q.metric === undefined ? undefined : r.unit));
      }),
      runs(1000),
    );
  });
});
