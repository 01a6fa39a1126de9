import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import haTinh from '@danvan/core/data/ha-tinh.json';
import { FIELDS, HOSTS, LANGS, LEVELS, PLACE_TYPES, QUALIFIERS, STATUSES, UNITS } from '@danvan/core';
import { datasetSchemaData } from '../../packages/core/src/schema/dataset-schema-data.js';
import {
  datasetHeaderSchema,
  datasetSchema,
  modelSchema,
  outcomeSchema,
  placeSchema,
  sourceSchema,
  statisticSchema,
} from '../../packages/core/src/schema/index.js';
import * as z from '../../packages/core/src/schema/z.js';
import { checkSchema, type JsonSchema } from '../../packages/core/src/validate/check-schema.js';
import { createIssue } from '../../packages/core/src/validate/create-issue.js';
import { parseRecord } from '../../packages/core/src/validate/parse-record.js';
import { sanitizeInput, type PathNode, type SanitizeContext } from '../../packages/core/src/validate/sanitize-input.js';
import { showValue } from '../../packages/core/src/validate/show-value.js';
import type { IssueCode, IssueParams } from '../../packages/core/src/validate/validation-issue.js';
import { validationSchema } from '../../scripts/dataset-schema-data.mjs';

// Fixed, so that every run checks the same cases; FC_SEED=<n> explores others. Failures print the seed to replay.
const SEED = Number(process.env.FC_SEED ?? 20_251_129);
const RUNS = 1_000;

function holds<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS): void {
  try {
    fc.assert(fc.property(arbitrary, predicate), { seed: SEED, numRuns });
  } catch (e) {
    const cause = (e as Error).cause instanceof Error ? `\n${((e as Error).cause as Error).message}` : '';
    throw new Error(`fast-check seed ${SEED} (replay with FC_SEED=${SEED}): ${(e as Error).message}${cause}`);
  }
}

// --- The oracle: parse-record.ts as it was when it ran zod, with its mapping of zod issues -------------------------

type ZodIssue = z.core.$ZodIssue;

function zodParseRecord<S extends z.ZodMiniType>(
  schema: S,
  record: unknown,
  path: readonly (string | number)[],
  optional: ReadonlySet<string>,
  ctx: SanitizeContext,
): z.output<S> | undefined {
  let result = schema.safeParse(record);
  if (result.success) return result.data as z.output<S>;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    zodPush(ctx, result.error.issues, record, path, 'error');
    return undefined;
  }
  const fatal = result.error.issues.filter((i) => !optional.has(String(i.path[0])));
  if (fatal.length > 0) {
    zodPush(ctx, fatal, record, path, 'error');
    return undefined;
  }
  zodPush(ctx, result.error.issues, record, path, 'warning');
  const trimmed: Record<string, unknown> = { ...record };
  const dropItems = new Map<string, Set<number>>();
  for (const i of result.error.issues) {
    const key = String(i.path[0]);
    const index = i.path[1];
    if (Array.isArray(trimmed[key]) && typeof index === 'number') {
      let set = dropItems.get(key);
      if (!set) dropItems.set(key, (set = new Set()));
      set.add(index);
    } else delete trimmed[key];
  }
  for (const [key, set] of dropItems) {
    if (Array.isArray(trimmed[key])) trimmed[key] = (trimmed[key] as unknown[]).filter((_, i) => !set.has(i));
  }
  result = schema.safeParse(trimmed);
  return result.success ? (result.data as z.output<S>) : undefined;
}

function zodPush(ctx: SanitizeContext, issues: readonly ZodIssue[], record: unknown, base: readonly (string | number)[], severity: 'error' | 'warning'): void {
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = [...base, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    const key = path.join('.');
    if (seen.has(key) || [...ctx.reported].some((r) => key === r || key.startsWith(`${r}.`))) continue;
    seen.add(key);
    const [code, params] = describeZodIssue(issue, valueAt(record, issue.path), String(path.at(-1) ?? ''));
    ctx.issues.push(createIssue(code, severity, { path }, params));
  }
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let v = record;
  for (const k of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function describeZodIssue(issue: ZodIssue, value: unknown, key: string): [IssueCode, IssueParams] {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? ['missing_value', { key }] : ['invalid_type', { expected: issue.expected, value: showValue(value) }];
    case 'invalid_value':
      return value === undefined
        ? ['missing_value', { key }]
        : ['invalid_value', { value: showValue(value), expected: issue.values.map(String).join(', ') }];
    case 'invalid_format':
      return ['invalid_format', { value: showValue(value), expected: issue.format === 'regex' ? '' : issue.format }];
    case 'too_big':
      return typeof value === 'string'
        ? ['too_long', { length: value.length, max: Number(issue.maximum) }]
        : ['invalid_value', { value: showValue(value), expected: `≤ ${issue.maximum}` }];
    case 'too_small':
      return typeof value === 'string' && value.length === 0
        ? ['missing_value', { key }]
        : ['invalid_value', { value: showValue(value), expected: `≥ ${issue.minimum}` }];
    case 'invalid_union': {
      const expected = [...new Set(issue.errors.flat().map((e) => ('expected' in e ? String(e.expected) : '')).filter(Boolean))];
      return value === undefined
        ? ['missing_value', { key }]
        : ['invalid_type', { expected: expected.join(' | ') || 'another shape', value: showValue(value) }];
    }
    default:
      return ['invalid_value', { value: showValue(value), expected: '' }];
  }
}

// --- Comparing the interpreter with zod ---------------------------------------------------------------------------

const { $defs } = datasetSchemaData;

/** One part of the format: its zod schema, its JSON Schema, and the keys `validate` may drop from a record of it. */
interface Part {
  readonly zod: z.ZodMiniType;
  readonly json: JsonSchema;
  readonly optional: ReadonlySet<string>;
  readonly path: readonly (string | number)[];
}

const PARTS = {
  source: { zod: sourceSchema, json: $defs.Source, optional: new Set(['publisher', 'author', 'date', 'url', 'language', 'note']), path: ['sources', 0] },
  place: { zod: placeSchema, json: $defs.Place, optional: new Set(['parent', 'validFrom', 'validTo']), path: ['places', 1] },
  outcome: { zod: outcomeSchema, json: $defs.Outcome, optional: new Set(['period']), path: ['models', 2, 'outcomes', 3] },
  model: {
    zod: modelSchema,
    json: $defs.Model,
    optional: new Set(['host', 'level', 'started', 'status', 'replicatedFrom', 'outcomes', 'sources', 'description']),
    path: ['models', 4],
  },
  statistic: { zod: statisticSchema, json: $defs.Statistic, optional: new Set(['id', 'unit', 'field', 'status', 'host', 'level', 'note']), path: ['statistics', 5] },
  dataset: { zod: datasetSchema, json: datasetSchemaData, optional: new Set(['synthetic', 'description', 'places', 'models', 'statistics']), path: [] },
} satisfies Record<string, Part>;

/**
 * Each header value on its own, as `validate` checks it: at its key, with nothing optional inside it. An optional
 * value's node in the JSON Schema is its zod schema's inner type (the optionality is its parent's `required`), and
 * validate never checks an absent optional value.
 */
const HEADER_PARTS: Part[] = Object.entries(datasetHeaderSchema.shape).map(([key, zod]) => ({
  zod: 'innerType' in zod.def ? (zod.def.innerType as z.ZodMiniType) : zod,
  json: (datasetSchemaData.properties as Record<string, JsonSchema>)[key]!,
  optional: new Set<string>(),
  path: [key],
}));

let acceptedCases = 0;
let refusedCases = 0;

/** The interpreter and zod agree on `value`: the same yes or no, the same parsed value, and through parse-record the same issues. */
function agree(part: Part, value: unknown): void {
  const expected = part.zod.safeParse(value);
  const actual = checkSchema(part.json, value, datasetSchemaData);
  expect(actual.ok, 'accepted by one and not the other').toBe(expected.success);
  if (actual.ok && expected.success) {
    acceptedCases++;
    // Deep equality that tells -0 from 0, an undefined key from a missing one, and a plain object from others;
    // and the same key order, which JSON output shows.
    expect(actual.value).toStrictEqual(expected.data);
    expect(JSON.stringify(actual.value)).toBe(JSON.stringify(expected.data));
  } else refusedCases++;
  agreeThroughParseRecord(part, value, new Set());
  // As validate runs it: on what sanitizeInput made of the value, with the paths it reported left alone.
  const sanitizing: SanitizeContext = { issues: [], reported: new Set() };
  const at = part.path.reduce<PathNode | undefined>((parent, key) => ({ parent, key }), undefined);
  const clean = sanitizeInput(value, at, sanitizing);
  agreeThroughParseRecord(part, clean, sanitizing.reported);
}

function agreeThroughParseRecord(part: Part, value: unknown, reported: ReadonlySet<string>): void {
  const mine: SanitizeContext = { issues: [], reported: new Set(reported) };
  const theirs: SanitizeContext = { issues: [], reported: new Set(reported) };
  const a = parseRecord(part.json, value, part.path, part.optional, mine);
  const b = zodParseRecord(part.zod, value, part.path, part.optional, theirs);
  expect(mine.issues).toEqual(theirs.issues);
  expect(a).toStrictEqual(b);
}

// --- Values: good ones most of the time, near misses and junk now and then -----------------------------------------

const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad });

/** Strings at a length limit, one under and one over, counted in UTF-16 units and in code points (astral, lone surrogates). */
const nearLimit = (max: number) =>
  fc.constantFrom(
    'x'.repeat(max),
    'x'.repeat(max - 1),
    'x'.repeat(max + 1),
    `${'x'.repeat(max - 1)}😀`, // max + 1 units, max code points: fits
    `${'x'.repeat(max)}😀`,
    '😀'.repeat(max), // 2 × max units: fits
    '😀'.repeat(max + 1),
    '\uD83D'.repeat(max), // lone surrogates count one each
    '\uD83D'.repeat(max + 1),
    `\uD83D${'x'.repeat(max)}`,
    '\uDE00'.repeat(max + 1),
    `${'x'.repeat(max - 1)}\uDE00\uD83D`, // a pair the wrong way round is two code points
  );

const special = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -0,
  1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  '',
  ' ',
  '1',
  'economic',
  'more-than',
  true,
  {},
  [],
  [undefined],
  { vi: '' },
  { vi: '', en: '' },
  { en: 'x' },
  { vi: 5 },
  { value: 1 },
  { value: 1, qualifier: 'x' },
  { qualifier: 'about', value: -0 },
  { length: 5000 },
  'x'.repeat(2001),
  Object.create(null),
  Object.assign(Object.create({ id: 'from-prototype', field: 'economic' }), { name: 'x' }),
  new Date(0),
  new String('abc'),
);

const junk = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 3, arbitrary: special },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 2,
      withBoxedValues: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
  },
);

const idChar = fc.constantFrom('a', 'z', 'Đ', 'ộ', 'ư', 'ж', '中', '٣', '𝒜', '7', 'Q', '.', '_', ':', '-');
const goodId = fc.oneof(
  fc.constantFrom('s0', '18415', 'road-length', 'mô-hình-1', 'x'.repeat(64), '𝒜'.repeat(64), 'Ⅻ', '٣٣'),
  fc.tuple(fc.constantFrom('a', 'Đ', '7', 'ж', '𝒜'), fc.array(idChar, { maxLength: 20 })).map(([c, cs]) => c + cs.join('')),
);
const badId = fc.oneof(fc.constantFrom('x'.repeat(65), '𝒜'.repeat(65), '-x', '', '.a', 'a b', 'a/b', 'e\u0301', '😀', '\uD835'), fc.string({ maxLength: 10 }), junk);
const id = mostly(goodId, badId);

const text = (max: number, min = 0) =>
  mostly(fc.oneof(fc.constantFrom('Nuôi bò nhốt chuồng ở xã Thiên Lộc', 'Camera an ninh'), fc.string({ minLength: Math.max(min, 1), maxLength: 30 })), fc.oneof(nearLimit(max), fc.constant(''), junk));
const localized = fc.oneof(
  { weight: 3, arbitrary: text(2000, 1) },
  { weight: 3, arbitrary: fc.record({ vi: text(2000), en: text(2000) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.record({ en: text(2000), vi: text(2000) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({}, { vi: '' }, { en: '' }, { vi: '', en: 'x' }, { vi: undefined, en: 'a' }, { vi: 'a', extra: 1 }) },
  { weight: 1, arbitrary: junk },
);
const date = mostly(
  fc.stringMatching(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/),
  fc.oneof(fc.constantFrom('2021-13', '2021-02-30', '21', '2021-1', '2021-01-01T00:00', '', '２０２１'), junk),
);
const number = mostly(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-0)), fc.oneof(fc.constantFrom(Number.NaN, Infinity, -Infinity, '1', 1n), junk));
const reported = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: fc.record({ value: number, qualifier: mostly(fc.constantFrom(...QUALIFIERS), fc.constantFrom('roughly', 'x', '')) }, { requiredKeys: ['value'] }) },
  { weight: 1, arbitrary: fc.record({ qualifier: fc.constantFrom(...QUALIFIERS), value: number, note: junk }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: junk },
);
const period = mostly(fc.record({ from: date, to: date }, { requiredKeys: [] }), junk);
const oneOf = (values: readonly string[], wrong: string) => mostly(fc.constantFrom(...values), fc.oneof(fc.constant(wrong), fc.constant(values[0]!.toUpperCase()), junk));
const arrayOf = <T>(item: fc.Arbitrary<T>) =>
  mostly(fc.array(item, { maxLength: 3 }), fc.oneof(fc.sparseArray(item, { maxLength: 3, noTrailingHole: false }), junk));

const outcome = fc.record(
  { metric: id, value: reported, unit: oneOf(UNITS, 'miles'), period },
  { requiredKeys: ['metric', 'value', 'unit'] },
);
const ARBITRARIES = {
  source: fc.record(
    {
      id,
      title: localized,
      publisher: text(300),
      author: text(300),
      date,
      url: mostly(fc.constantFrom('https://baohatinh.vn/x', 'javascript:alert(1)'), fc.oneof(nearLimit(2000), junk)),
      language: oneOf(LANGS, 'fr'),
      note: localized,
    },
    { requiredKeys: ['id', 'title'] },
  ),
  place: fc.record(
    { code: id, name: text(200, 1), type: oneOf(PLACE_TYPES, 'hamlet'), parent: id, validFrom: date, validTo: date },
    { requiredKeys: ['code', 'name', 'type'] },
  ),
  outcome,
  model: fc.record(
    {
      id,
      name: localized,
      field: oneOf(FIELDS, 'sports'),
      place: id,
      host: oneOf(HOSTS, 'club'),
      level: oneOf(LEVELS, 'world'),
      started: date,
      status: oneOf(STATUSES, 'paused'),
      replicatedFrom: id,
      outcomes: arrayOf(outcome),
      sources: arrayOf(id),
      description: localized,
    },
    { requiredKeys: ['id', 'name', 'field', 'place'] },
  ),
  statistic: fc.record(
    {
      id,
      subject: id,
      value: reported,
      unit: oneOf(UNITS, 'miles'),
      place: id,
      period,
      field: oneOf(FIELDS, 'sports'),
      status: oneOf(STATUSES, 'paused'),
      host: oneOf(HOSTS, 'club'),
      level: oneOf(LEVELS, 'world'),
      source: id,
      note: localized,
    },
    { requiredKeys: ['subject', 'value', 'place', 'period', 'source'] },
  ),
};
const header = {
  version: mostly(fc.constant(1), fc.oneof(fc.constantFrom(2, '1', 1.5, -0), junk)),
  title: localized,
  language: oneOf(LANGS, 'fr'),
  license: text(200, 1),
  updated: date,
  synthetic: mostly(fc.boolean(), junk),
  description: localized,
};
const dataset = fc.record(
  {
    ...header,
    sources: arrayOf(ARBITRARIES.source),
    places: arrayOf(ARBITRARIES.place),
    models: arrayOf(ARBITRARIES.model),
    statistics: arrayOf(ARBITRARIES.statistic),
  },
  { requiredKeys: ['version', 'title', 'language', 'license', 'updated', 'sources'] },
);

// --- Mutations of records: any value swapped, deleted, emptied into a hole, keys added or put out of order --------

type Mutation = [n: number, op: 'replace' | 'delete' | 'hole' | 'add' | 'reverse' | 'null', junk: unknown];
const mutations = fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'hole', 'add', 'reverse', 'null'), junk) as fc.Arbitrary<Mutation>, {
  minLength: 1,
  maxLength: 4,
});

/** Every plain object and array in a tree, skipping what a mutation put there (fast-check's own values). */
function containersOf(root: unknown, skip: WeakSet<object>): object[] {
  const out: object[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || skip.has(node)) continue;
    // Plain objects and arrays only: a boxed string or a typed array refuses some of the changes.
    const proto: unknown = Object.getPrototypeOf(node);
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null) continue;
    out.push(node);
    for (const v of Object.values(node)) stack.push(v);
  }
  return out;
}

function mutate(record: unknown, ops: readonly Mutation[]): unknown {
  const copy = structuredClone(record);
  const placed = new WeakSet<object>();
  for (const [n, op, value] of ops) {
    const containers = containersOf(copy, placed);
    if (containers.length === 0) break;
    const node = containers[n % containers.length] as Record<string | number, unknown>;
    const keys = Object.keys(node);
    const key = Array.isArray(node) ? n % Math.max(1, node.length) : keys.length ? keys[n % keys.length]! : 'extra';
    if (typeof value === 'object' && value !== null) placed.add(value);
    if (op === 'replace') node[key] = value;
    else if (op === 'null') node[key] = null;
    else if (op === 'delete') {
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[key];
    } else if (op === 'hole') delete node[key];
    else if (op === 'add') {
      if (Array.isArray(node)) node.push(value);
      else node[`extra${n % 3}`] = value;
    } else if (!Array.isArray(node)) {
      const entries = Object.entries(node).reverse();
      for (const k of keys) delete node[k];
      for (const [k, v] of entries) node[k] = v;
    }
  }
  return copy;
}

// --- The properties ------------------------------------------------------------------------------------------------

describe('checkSchema(schema, value) agrees with the zod schemas it was generated from', () => {
  for (const [name, arbitrary] of Object.entries(ARBITRARIES)) {
    const part = PARTS[name as keyof typeof ARBITRARIES];

    it(`checkSchema(${name}) accepts what zod accepts, parses to what zod gives, and reports what zod reported`, () => {
      acceptedCases = refusedCases = 0;
      holds(fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: junk }), (value) => agree(part, value));
      // Neither side may hold vacuously.
      expect(acceptedCases).toBeGreaterThan(100);
      expect(refusedCases).toBeGreaterThan(100);
    });

    it(`checkSchema(${name}) agrees with zod on mutated records`, () => {
      holds(fc.tuple(arbitrary, mutations), ([value, ops]) => agree(part, mutate(value, ops)));
    });
  }

  it('checkSchema(header value) agrees with zod on every header field, as validate checks them one by one', () => {
    const keys = Object.keys(header) as (keyof typeof header)[];
    expect(HEADER_PARTS.map((p) => p.path[0])).toEqual(keys);
    holds(fc.tuple(fc.nat(keys.length - 1), fc.record(header)), ([i, values]) => agree(HEADER_PARTS[i]!, values[keys[i]!]));
  });

  it('checkSchema(dataset) agrees with zod on whole datasets', () => {
    acceptedCases = refusedCases = 0;
    holds(dataset, (value) => agree(PARTS.dataset, value));
    expect(acceptedCases).toBeGreaterThan(20);
  });

  it('checkSchema(dataset) agrees with zod on mutated datasets and on mutated ha-tinh.json', () => {
    holds(fc.tuple(dataset, mutations), ([value, ops]) => agree(PARTS.dataset, mutate(value, ops)));
    holds(mutations, (ops) => agree(PARTS.dataset, mutate(haTinh, ops)));
  });

  it('checkSchema(schema, anything) agrees with zod on values of every kind', () => {
    const parts = [...Object.values(PARTS), ...HEADER_PARTS];
    holds(fc.tuple(fc.nat(parts.length - 1), junk), ([i, value]) => agree(parts[i]!, value));
  });
});

describe('checkSchema(schema, value) on the tricky cases', () => {
  const model = { id: 'm1', name: 'Camera an ninh', field: 'defense-security', place: '18415' };
  /** What parse-record reports for a model, as [code, path, params]. */
  const report = (record: unknown) => {
    const ctx: SanitizeContext = { issues: [], reported: new Set() };
    parseRecord(PARTS.model.json, record, ['models', 0], PARTS.model.optional, ctx);
    return ctx.issues.map((i) => [i.code, i.path.join('.'), i.params]);
  };
  const cases: [string, unknown][] = [
    ['localized text {}', { ...model, name: {} }],
    ["localized text { vi: '' }", { ...model, name: { vi: '' } }],
    ["localized text { vi: '', en: '' }", { ...model, name: { vi: '', en: '' } }],
    ["localized text ''", { ...model, name: '' }],
    ['localized text { vi: 5 }', { ...model, name: { vi: 5 } }],
    ['localized text { vi: 2001 code points }', { ...model, name: { vi: '😀'.repeat(2001) } }],
    ['localized text of 2000 astral code points', { ...model, name: '😀'.repeat(2000) }],
    ['reported number { value: 1 }', { ...model, outcomes: [{ metric: 'x', value: { value: 1 }, unit: 'km' }] }],
    ["reported number { value: 1, qualifier: 'x' }", { ...model, outcomes: [{ metric: 'x', value: { value: 1, qualifier: 'x' }, unit: 'km' }] }],
    ['reported number -0', { ...model, outcomes: [{ metric: 'x', value: -0, unit: 'km' }, { metric: 'y', value: { value: -0 }, unit: 'km' }] }],
    ['reported number NaN', { ...model, outcomes: [{ metric: 'x', value: Number.NaN, unit: 'km' }] }],
    ['a unicode id', { ...model, id: 'mô-hình-𝒜-٣' }],
    ['an id of 65 characters', { ...model, id: 'x'.repeat(65) }],
    ['extra keys, keys out of order', { place: '1', extra: { deep: 1 }, field: 'economic', name: 'x', id: 'a' }],
    ['an array with holes', { ...model, sources: [, 's', , ] }], // eslint-disable-line no-sparse-arrays
    ['a key from the prototype', Object.assign(Object.create({ field: 'economic' }), { id: 'a', name: 'x', place: '1' })],
    ['a present but undefined optional key', { ...model, host: undefined }],
    ['no record at all', undefined],
    ['an array for a record', [model]],
  ];
  for (const [what, record] of cases) {
    it(`checkSchema(model) on ${what} agrees with zod`, () => agree(PARTS.model, record));
  }

  it('checkSchema(model) reports localized text and reported numbers in validate’s words', () => {
    expect(report({ ...model, name: {} })).toEqual([['invalid_value', 'models.0.name', { value: '{…}', expected: '' }]]);
    expect(report({ ...model, name: { vi: '' } })).toEqual([['invalid_value', 'models.0.name', { value: '{…}', expected: '' }]]);
    expect(report({ ...model, name: '' })).toEqual([['missing_value', 'models.0.name', { key: 'name' }]]);
    expect(report({ ...model, name: { vi: 5 } })).toEqual([['invalid_type', 'models.0.name', { expected: 'string', value: '{…}' }]]);
    expect(report({ ...model, name: 7 })).toEqual([['invalid_type', 'models.0.name', { expected: 'string | object', value: '7' }]]);
    expect(report({ ...model, name: { vi: 'x'.repeat(2001) } })).toEqual([['too_long', 'models.0.name.vi', { length: 2001, max: 2000 }]]);
    expect(report({ ...model, outcomes: [{ metric: 'x', value: { value: 1, qualifier: 'x' }, unit: 'km' }] })).toEqual([
      ['invalid_type', 'models.0.outcomes.0.value', { expected: 'number', value: '{…}' }],
    ]);
    expect(report({ ...model, sources: [, 's'] })).toEqual([['missing_value', 'models.0.sources.0', { key: '0' }]]); // eslint-disable-line no-sparse-arrays
    expect(report({ id: 'a', name: 'x', place: '1' })).toEqual([['missing_value', 'models.0.field', { key: 'field' }]]);
  });

  it('checkSchema(schema, value) counts lengths in code points, as zod and JSON Schema do', () => {
    const name = (n: string) => checkSchema($defs.LocalizedText, n, datasetSchemaData).ok;
    expect(name('😀'.repeat(2000))).toBe(true); // 4000 UTF-16 units
    expect(name('😀'.repeat(2001))).toBe(false);
    expect(name(`${'x'.repeat(1999)}😀`)).toBe(true);
    expect(name('x'.repeat(2001))).toBe(false);
    expect(checkSchema($defs.Id, '𝒜'.repeat(64)).ok).toBe(true);
    expect(checkSchema($defs.Id, '𝒜'.repeat(65)).ok).toBe(false);
  });

  it('checkSchema(schema, value) returns a value that needs no change as it is, and otherwise a new one', () => {
    const kept = checkSchema(PARTS.model.json, model, datasetSchemaData);
    expect(kept.ok && kept.value).toBe(model);
    const withExtra = { ...model, extra: 1 };
    const stripped = checkSchema(PARTS.model.json, withExtra, datasetSchemaData);
    expect(stripped.ok && stripped.value).toEqual(model);
    expect(withExtra).toEqual({ ...model, extra: 1 }); // the input is never changed
    const reordered = checkSchema(PARTS.model.json, { place: '18415', field: 'defense-security', name: 'Camera an ninh', id: 'm1' }, datasetSchemaData);
    expect(reordered.ok && Object.keys(reordered.value as object)).toEqual(['id', 'name', 'field', 'place']);
  });

  it('checkSchema(schema, value) refuses a $ref that is not in the root schema', () => {
    expect(() => checkSchema({ $ref: '#/$defs/Nothing' }, 1)).toThrow(/Nothing/);
  });
});

describe('checkSchema(schema, value) on schemas beyond the dataset’s, where zod’s rules show more', () => {
  const json = (schema: z.ZodMiniType) => validationSchema(z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>) as JsonSchema;
  const part = (zod: z.ZodMiniType, schema: JsonSchema = json(zod)): Part => ({ zod, json: schema, optional: new Set(['a', 'b']), path: ['x', 0] });
  const value = fc.oneof(
    fc.record({ a: fc.oneof(fc.string({ maxLength: 7 }), fc.string({ unit: 'binary', maxLength: 7 }), fc.constantFrom('😀😀', '😀😀😀', 'x😀😀'), fc.integer(), fc.boolean(), junk), b: fc.oneof(fc.integer(), fc.boolean(), fc.string({ maxLength: 3 }), junk), c: junk }, { requiredKeys: [] }),
    fc.string({ maxLength: 7 }),
    fc.integer(),
    fc.boolean(),
    junk,
  );
  const cases: [string, Part][] = [
    // Two options that both fail only soft checks: neither speaks for the union.
    ['overlapping options', part(z.union([z.string().check(z.minLength(5)), z.string().check(z.maxLength(2))]))],
    // An earlier option that takes the value after stripping it: the value is not kept as it is.
    ['options that overlap on objects', part(z.union([z.object({ a: z.optional(z.string()) }), z.object({ a: z.string(), b: z.number() })]))],
    // Every type an option expected, not only the first.
    ['an option failing twice', part(z.union([z.number(), z.object({ a: z.optional(z.enum(['x', 'y'])), b: z.boolean() })]))],
    ['a union in a union', part(z.union([z.string().check(z.maxLength(3)), z.union([z.number(), z.object({ a: z.optional(z.boolean()) })])]))],
    ['a literal and an enum', part(z.object({ a: z.literal(1), b: z.optional(z.enum(['x', 'y'])) }))],
    ['lengths in code points', part(z.object({ a: z.optional(z.string().check(z.minLength(3), z.maxLength(5))) }))],
    ['an array of unions', part(z.object({ a: z.optional(z.array(z.union([z.number(), z.string().check(z.minLength(2))]))) }))],
  ];
  // A refinement beside an object, as localized text has one, but on its own: it runs only when nothing stopped.
  const refined = z.object({ a: z.optional(z.string().check(z.maxLength(4))), b: z.optional(z.number()) }).check(z.refine((t) => Boolean(t.a)));
  const refinedJson: JsonSchema = {
    ...json(z.object({ a: z.optional(z.string().check(z.maxLength(4))), b: z.optional(z.number()) })),
    anyOf: [{ required: ['a'], properties: { a: { type: 'string', minLength: 1 } } }],
  };
  cases.push(['a refined object', part(refined, refinedJson)]);

  for (const [what, p] of cases) {
    it(`checkSchema(schema, value) agrees with zod on ${what}`, () => {
      holds(value, (v) => agree(p, v));
    });
  }
});
