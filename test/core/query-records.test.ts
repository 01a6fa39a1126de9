import { describe, expect, it } from 'vitest';
import { gazetteer, partialDateRange, query, synthesizeModels, type Dataset, type Model, type Query } from '@danvan/core';
import { resolvePlace } from '../../packages/core/src/query/place-keys.js';
import { validityEpochs } from '../../packages/core/src/query/validity-epochs.js';

// Records on both sides of both 2025 changes, some undated (placed as of the dataset's date), some in villages.
const synthetic = synthesizeModels({ seed: 11, count: 4000, from: 2018, to: 2026 });
const undated: Model[] = synthetic.slice(0, 200).map(({ started: _s, ...m }) => ({ ...m, id: `u${m.id}` }));
const dataset: Dataset = {
  version: 1,
  title: 't',
  language: 'vi',
  license: 'CC0-1.0',
  updated: '2026-11',
  sources: [],
  places: [{ code: '18077-tdp-3', name: 'Tổ dân phố 3', type: 'residential-group', parent: '18077', validTo: '2024-12-31' }],
  models: [...synthetic, ...undated, { id: 'v1', name: 'x', field: 'economic', place: '18077-tdp-3', started: '2023-05' }],
};

/** The answer worked out record by record, with no caching: what countRecords must agree with. */
function reference(q: Query): Map<string, number> {
  const g = gazetteer.withPlaces(dataset.places!);
  const dim = q.by === 'district' || q.by === 'commune' || q.by === 'place' ? q.by : undefined;
  const out = new Map<string, number>();
  for (const m of dataset.models!) {
    const range = m.started ? partialDateRange(m.started) : undefined;
    if (q.from && (!range || range[1] < partialDateRange(q.from)![0])) continue;
    if (q.to && (!range || range[0] > partialDateRange(q.to)![1])) continue;
    const place = resolvePlace(g, m.place, range?.[1] ?? dataset.updated, dim, q.place ?? '42', q.place, q.at);
    if (!place.inside) continue;
    const key = dim ? place.key : q.by === 'year' ? (range?.[0].slice(0, 4) ?? 'unknown') : 'total';
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

describe('query(dataset, q) counting records', () => {
  const queries: Query[] = [
    { by: 'district' },
    { by: 'commune' },
    { by: 'place' },
    { by: 'commune', at: '2025-08-01' },
    { by: 'district', at: '2025-03-01' },
    { by: 'commune', place: '443' },
    { by: 'place', place: '436' },
    { by: 'year', place: 'R1665-27' },
    { by: 'year', place: '18077' },
    { by: 'district', from: '2020', to: '2024' },
    { place: '18077-tdp-3' },
  ];
  for (const q of queries) {
    it(`query(dataset, ${JSON.stringify(q)}) agrees with resolving every record on its own`, () => {
      const rows = new Map(query(dataset, q).rows.map((r) => [r.key, r.value.value]));
      const expected = reference(q);
      if (!q.by) expect(rows.get('total') ?? 0).toBe(expected.get('total') ?? 0);
      else expect(rows).toEqual(expected);
    });
  }
});

describe('validityEpochs(gazetteer)', () => {
  it('validityEpochs(gazetteer) puts days apart exactly where some unit starts or ends', () => {
    const epochOf = validityEpochs(gazetteer);
    expect(epochOf('2013-06-01')).toBe(epochOf('2019-12-31'));
    expect(epochOf('2020-01-01')).toBe(epochOf('2019-12-31') + 1);
    expect(epochOf('2021-03-15')).toBe(epochOf('2024-12-31'));
    expect(epochOf('2025-01-01')).toBeGreaterThan(epochOf('2024-12-31'));
    expect(epochOf('2025-06-30')).toBe(epochOf('2025-01-01'));
    expect(epochOf('2025-07-01')).toBeGreaterThan(epochOf('2025-06-30'));
    expect(epochOf('2030-01-01')).toBe(epochOf('2025-07-01'));
  });
});
