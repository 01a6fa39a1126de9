// Builders that put one hostile value into every string and URL field of a dataset, a models spreadsheet (CSV)
// and a boundary file. Each field is a named setter, so the counts the tests print are the fields actually
// filled. Pure functions: the page driver (bundled by esbuild) and the Node side (which serves the CSV and
// boundary files) use the same code.
import topology from '../fixtures/geo/synthetic-districts.topo.json';

type Json = Record<string, unknown>;

/** A small, valid dataset: a source, two villages, eight models (two per field) and published statistics. */
export function cleanDataset(): Json {
  const fields = ['economic', 'culture-society', 'defense-security', 'party-building'];
  return {
    version: 1,
    title: { vi: 'Bộ dữ liệu kiểm thử', en: 'Test dataset' },
    language: 'vi',
    license: 'CC0-1.0',
    updated: '2024-01',
    description: { vi: 'Mô tả', en: 'Description' },
    sources: [
      { id: 'src-a', title: 'Nguồn A', author: 'Tác giả', publisher: 'Báo', date: '2024', url: 'https://example.org/a', language: 'vi', note: { vi: 'Ghi chú', en: 'Note' } },
      { id: 'src-b', title: { vi: 'Nguồn B', en: 'Source B' }, date: '2023-05' },
    ],
    places: [
      { code: 'p-a', name: 'Thôn A', type: 'village', parent: '18415' },
      { code: 'p-b', name: 'Thôn B', type: 'village', parent: '18415', validFrom: '2000' },
    ],
    models: fields.flatMap((field, i) => [
      {
        id: `m-${i}-a`,
        name: { vi: `Mô hình ${i} A`, en: `Model ${i} A` },
        field,
        place: 'p-a',
        host: 'womens-union',
        level: 'commune',
        started: '2020',
        status: 'active',
        description: 'Mô tả mô hình',
        outcomes: [{ metric: 'households-donating-land', value: 5 + i, unit: 'household', period: { from: '2020', to: '2021' } }],
        sources: ['src-a'],
      },
      { id: `m-${i}-b`, name: `Mô hình ${i} B`, field, place: 'p-b', started: '2021-03', status: 'replicated', replicatedFrom: `m-${i}-a`, sources: ['src-b'] },
    ]),
    statistics: [
      { id: 's-total', subject: 'models', value: { value: 12, qualifier: 'more-than' }, unit: 'model', place: '42', period: { from: '2013', to: '2023' }, source: 'src-a', note: { vi: 'Ghi chú số liệu', en: 'Statistic note' } },
      ...fields.map((field, i) => ({ subject: 'models', value: 3 + i, unit: 'model', place: '42', period: { from: '2013', to: '2023' }, field, source: 'src-a', note: 'Ghi chú' })),
    ],
  };
}

type Setter = (d: Json, v: unknown) => void;

const at = (d: Json, list: string, i: number) => (d[list] as Json[])[i]!;

/**
 * The string and URL fields of a dataset, each a setter that puts a value there. Ids and codes are filled on
 * their own records where a broken reference would otherwise empty the whole chart.
 */
export const DATASET_STRING_FIELDS: Readonly<Record<string, Setter>> = {
  'dataset.title': (d, v) => (d['title'] = { vi: v, en: v }),
  'dataset.description': (d, v) => (d['description'] = v),
  'dataset.license': (d, v) => (d['license'] = v),
  'dataset.language': (d, v) => (d['language'] = v),
  'dataset.updated': (d, v) => (d['updated'] = v),
  'source.title': (d, v) => (at(d, 'sources', 0)['title'] = v),
  'source.author': (d, v) => (at(d, 'sources', 0)['author'] = v),
  'source.publisher': (d, v) => (at(d, 'sources', 0)['publisher'] = v),
  'source.date': (d, v) => (at(d, 'sources', 1)['date'] = v),
  'source.url': (d, v) => (at(d, 'sources', 0)['url'] = v),
  'source.language': (d, v) => (at(d, 'sources', 1)['language'] = v),
  'source.note': (d, v) => (at(d, 'sources', 0)['note'] = { vi: v, en: v }),
  'source.id': (d, v) => (d['sources'] as Json[]).push({ id: v, title: v, url: v }),
  'place.name': (d, v) => (at(d, 'places', 0)['name'] = v),
  'place.code+type+parent+dates': (d, v) => (d['places'] as Json[]).push({ code: v, name: v, type: v, parent: v, validFrom: v, validTo: v }),
  'model.name': (d, v) => {
    at(d, 'models', 0)['name'] = v;
    at(d, 'models', 2)['name'] = { vi: v, en: v };
  },
  'model.description': (d, v) => (at(d, 'models', 4)['description'] = { vi: v, en: v }),
  'model.id+refs': (d, v) =>
    (d['models'] as Json[]).push({
      id: v,
      name: v,
      field: v,
      place: v,
      host: v,
      level: v,
      started: v,
      status: v,
      replicatedFrom: v,
      sources: [v],
      outcomes: [{ metric: v, value: 1, unit: v, period: { from: v, to: v } }],
    }),
  'model.replicatedFrom': (d, v) => (at(d, 'models', 1)['replicatedFrom'] = v),
  'outcome.metric': (d, v) => ((at(d, 'models', 6)['outcomes'] as Json[]).push({ metric: v, value: 2, unit: 'm' })),
  'statistic.note': (d, v) => {
    at(d, 'statistics', 0)['note'] = { vi: v, en: v };
    at(d, 'statistics', 1)['note'] = v;
  },
  'statistic.id+subject+place+breakdowns': (d, v) =>
    (d['statistics'] as Json[]).push({ id: v, subject: v, value: 1, unit: v, place: v, period: { from: v, to: v }, field: v, status: v, host: v, level: v, source: v, note: v }),
};

/** Numeric positions of a dataset, for the hostile numbers (given through `.data`: JSON cannot carry them). */
export const DATASET_NUMBER_FIELDS: Readonly<Record<string, Setter>> = {
  'statistic.value': (d, v) => (at(d, 'statistics', 1)['value'] = v),
  'statistic.value.value': (d, v) => (at(d, 'statistics', 0)['value'] = { value: v, qualifier: 'more-than' }),
  'outcome.value': (d, v) => ((at(d, 'models', 0)['outcomes'] as Json[])[0]!['value'] = v),
  'outcome.value.value': (d, v) => ((at(d, 'models', 2)['outcomes'] as Json[])[0]!['value'] = { value: v, qualifier: 'nearly' }),
  'model.started': (d, v) => (at(d, 'models', 3)['started'] = v),
  'statistic.period': (d, v) => (at(d, 'statistics', 2)['period'] = { from: v, to: v }),
  'place.code': (d, v) => (d['places'] as Json[]).push({ code: v, name: 'Số', type: 'village', parent: '18415' }),
};

/** The clean dataset with `value` in every field of `fields`. */
export function datasetWith(value: unknown, fields: Readonly<Record<string, Setter>> = DATASET_STRING_FIELDS): Json {
  const d = cleanDataset();
  for (const set of Object.values(fields)) set(d, value);
  return d;
}

/**
 * Keys parsed from `proto` (a JSON object text with `__proto__`, `constructor`, `prototype` keys) put at every
 * depth of a dataset: its root, header text, a source, a place, a model, its name, an outcome, a statistic and its
 * value and period. Parsed with `JSON.parse`, so the keys are own keys, as in a fetched file.
 */
export function protoDatasetText(proto: string): string {
  const k = proto.trim().slice(1, -1);
  return `{${k},
    "version": 1, "title": {"vi": "Nguyên mẫu", ${k}}, "language": "vi", "license": "CC0-1.0", "updated": "2024",
    "sources": [{${k}, "id": "s", "title": "Nguồn", "note": {"vi": "x", ${k}}}],
    "places": [{${k}, "code": "p-a", "name": "Thôn A", "type": "village", "parent": "18415"}],
    "models": [
      {${k}, "id": "m1", "name": {${k}, "vi": "Mô hình"}, "field": "economic", "place": "p-a", "started": "2020", "sources": ["s"],
        "outcomes": [{${k}, "metric": "households-donating-land", "value": {${k}, "value": 3}, "unit": "household"}]},
      {"id": "m2", "name": "Mô hình 2", "field": "culture-society", "place": "18415", "started": "2021", "sources": ["s"]}
    ],
    "statistics": [{${k}, "subject": "models", "value": {${k}, "value": 9, "qualifier": "more-than"}, "unit": "model", "place": "42",
      "period": {${k}, "from": "2013", "to": "2023"}, "source": "s"}]
  }`;
}

/** The positions `protoDatasetText` fills, for the counts. */
export const PROTO_POSITIONS = ['root', 'title', 'source', 'source.note', 'place', 'model', 'model.name', 'outcome', 'outcome.value', 'statistic', 'statistic.value', 'statistic.period'];

/** Nested arrays and objects `depth` levels deep, with `leaf` at the bottom. */
export function deep(depth: number, leaf: unknown = 'đáy'): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** The clean dataset with a deeply nested value in a text field, an outcome, a statistic and a place. */
export function deepDataset(depth: number): Json {
  const d = cleanDataset();
  d['description'] = deep(depth);
  at(d, 'models', 0)['name'] = deep(depth);
  (at(d, 'models', 1) as Json)['outcomes'] = deep(depth, []);
  at(d, 'statistics', 1)['value'] = deep(depth, 4);
  at(d, 'places', 0)['extra'] = deep(depth);
  d['extension'] = deep(depth);
  return d;
}

/** The same text nested `depth` levels deep, for a served JSON file (`[[[…]]]`). */
export function deepJsonText(depth: number): string {
  return `{"version": 1, "title": "Sâu", "sources": [], "statistics": [], "x": ${'['.repeat(depth)}1${']'.repeat(depth)}}`;
}

type Topology = typeof topology;

/** The fields of a boundary file's features that the hostile value goes into. */
export const GEO_FIELDS = ['properties.name (the join key)', 'properties.ten (another name)', 'a property named by it', 'properties.nested (deep)', 'feature id'] as const;

/**
 * The project's synthetic district boundaries with `value` in every feature's properties: the join key (`name`,
 * so the map lists the unmatched value under the map) of the first feature, another name, a property named by
 * the value, a nested one, and the second feature's id. The other features keep their codes, so the map draws.
 */
export function hostileGeo(value: string): Topology {
  const doc = JSON.parse(JSON.stringify(topology)) as Topology;
  const units = doc.objects.units as unknown as { geometries: { id?: unknown; properties: Json }[] };
  units.geometries.forEach((g, i) => {
    const props: Json = { code: g.properties['code'], name: i === 0 ? value : g.properties['name'], ten: value, nested: { a: [value, { b: value }] } };
    // A computed key makes an own property even for "__proto__" (a plain `__proto__:` would set the prototype).
    Object.defineProperty(props, value, { value, enumerable: true, configurable: true, writable: true });
    g.properties = props;
    if (i === 1) g.id = value;
  });
  return doc;
}

/** Boundaries (as JSON text) with the keys of `proto` in the topology, its object and every feature's properties. */
export function protoGeoText(proto: string): string {
  const k = proto.trim().slice(1, -1);
  return JSON.stringify(hostileGeo('x'))
    .replace(/^\{/, `{${k},`)
    .replace(/"units":\{/, `"units":{${k},`)
    .replace(/"properties":\{/g, `"properties":{${k},`);
}

/** The feature property a map joins hostile boundaries by. */
export const GEO_KEY = 'name';

/** The cells of a models spreadsheet the hostile value goes into (a file name is one too: see `csvFileName`). */
export const CSV_FIELDS = [
  'file name',
  'title row',
  'extra header cell',
  'Tên mô hình',
  'Lĩnh vực',
  'Địa bàn',
  'Năm thực hiện',
  'Đơn vị chủ trì',
  'Cấp công nhận',
  'Tình trạng',
  'Số hộ hiến đất',
  'Đường GTNT (m)',
  'Ghi chú',
] as const;

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/**
 * An office spreadsheet (semicolons, a title row, Vietnamese headers) with `value` in every cell of one row and
 * in one cell of each of the others, which are otherwise good: a bad cell costs its row, not the chart.
 */
export function hostileCsv(value: string): string {
  const v = value;
  const rows = [
    [v],
    ['STT', 'Tên mô hình', 'Lĩnh vực', 'Địa bàn', 'Năm thực hiện', 'Đơn vị chủ trì', 'Cấp công nhận', 'Tình trạng', 'Số hộ hiến đất', 'Đường GTNT (m)', 'Ghi chú', v],
    ['1', v, v, v, v, v, v, v, v, v, v, v],
    ['2', v, 'Kinh tế', 'Xã Thiên Lộc', '2023', 'Đoàn Thanh niên', 'Cấp xã', 'Đang thực hiện', '10', '916', v, v],
    ['3', 'Mô hình B', 'Văn hóa - xã hội', 'Xã Tùng Lộc', '2022', v, 'Cấp huyện', 'Nhân rộng', v, v, '', ''],
    ['4', 'Mô hình C', 'QP-AN', v, '2021', 'Công an xã', v, v, '3', '', '', ''],
    ['5', 'Mô hình D', v, 'Thị trấn Nghèn', v, 'Hội Nông dân', 'Cấp xã', 'Đăng ký', '1', '2,5 km', '', ''],
    ['6', 'Mô hình E', 'Xây dựng Đảng', 'Xã Thiên Lộc', '2020', 'Chi bộ', 'Cấp xã', 'Đăng ký', '4', '100', 'sạch', ''],
  ];
  return `\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}

/**
 * A file name carrying the value (the CSV importer names the dataset's source after it): as it is when a URL path
 * can hold it (the browser percent-encodes spaces, quotes and brackets, but leaves a `%` alone), percent-encoded
 * when it holds a path or query separator.
 */
export function csvFileName(value: string): string {
  const v = value.slice(0, 1500);
  if (!/[/?#\\]/.test(v) && v.trim()) return `${v}.csv`;
  try {
    return `${encodeURIComponent(v) || 'empty'}.csv`;
  } catch {
    // A lone surrogate cannot be percent-encoded.
    return 'lone-surrogate.csv';
  }
}
