import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, HOSTS, LEVELS, QUALIFIERS, STATUSES, UNITS, cleanText, synthesizeModels, validate, type Model } from '@danvan/core';
import { datasetSchemaData } from '../../packages/core/src/schema/dataset-schema-data.js';
import { modelSchema } from '../../packages/core/src/schema/entity-schemas.js';
import { checkSchema } from '../../packages/core/src/validate/check-schema.js';
import { NFC_AND_VISIBLE, sanitizeInput } from '../../packages/core/src/validate/sanitize-input.js';

/**
 * The fast path of `checkSchema` (and so of `validate`, for model records that can number in the millions): the
 * record itself when a structural test proves that parsing would give back an equal record, undefined otherwise.
 */
function fastModel(record: unknown): Model | undefined {
  const result = checkSchema<Model>(datasetSchemaData.$defs.Model, record, datasetSchemaData);
  return result.ok && result.value === record ? result.value : undefined;
}

/** What the interpreter's slow path makes of a record: an unknown key keeps the fast path away, and is stripped. */
function slowModel(record: unknown): { ok: boolean; value?: unknown } {
  const input = typeof record === 'object' && record !== null && !Array.isArray(record) ? { ...record, 'not-a-model-key': 1 } : record;
  return checkSchema(datasetSchemaData.$defs.Model, input, datasetSchemaData);
}

// Fixed, so that every run checks the same cases (tests are deterministic); change it locally to explore more.
const SEED = 20_251_129;

// --- Records: valid ones in the schema's own key order, and every way of spoiling them -------------------------
// Plain objects, as sanitizeInput makes them: the fast path declines others (parsing gives back plain objects).

// Each value is drawn from good values most of the time and from near misses or junk now and then.
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });

const idChar = fc.constantFrom('a', 'z', 'Đ', 'ộ', 'ư', 'ж', '中', '٣', '7', 'Q', '.', '_', ':', '-');
const goodId = fc.oneof(
  fc.constantFrom('s0', '18415', '42', 'road-length', 'mô-hình-1', 'x'.repeat(64)),
  fc.tuple(fc.constantFrom('a', 'Đ', '7', 'ж'), fc.array(idChar, { maxLength: 20 })).map(([c, cs]) => c + cs.join('')),
);
const badId = fc.oneof(
  fc.constantFrom('x'.repeat(65), '-x', '', '.a', 'a b', 'a/b', 'e\u0301', '😀'),
  fc.string({ maxLength: 10 }),
);
const id = mostly(goodId, badId);
const goodText = fc.oneof(fc.constantFrom('Nuôi bò nhốt chuồng ở xã Thiên Lộc', 'Camera an ninh', 'x'.repeat(2000)), fc.string({ minLength: 1, maxLength: 40 }));
const text = mostly(goodText, fc.constantFrom('', 'x'.repeat(2001)));
const localized = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: fc.record({ vi: text, en: text }, { requiredKeys: [], noNullPrototype: true }) },
  { weight: 1, arbitrary: fc.record({ vi: mostly(goodText, fc.constant('')), en: fc.constant('') }, { requiredKeys: [], noNullPrototype: true }) },
  // Keys in another order than the schema's: parsing accepts and reorders, the fast path declines.
  { weight: 1, arbitrary: fc.record({ en: text, vi: text }, { requiredKeys: [], noNullPrototype: true }) },
);
const date = mostly(
  fc.stringMatching(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/),
  fc.constantFrom('2021-13', '2021-02-30', '21', '2021-1', '2021-01-01T00:00', ''),
);
const number = mostly(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), fc.constantFrom(Number.NaN, Infinity, -0, '1'));
const reported = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: fc.record({ value: number, qualifier: mostly(fc.constantFrom(...QUALIFIERS), fc.constant('roughly')) }, { requiredKeys: ['value'], noNullPrototype: true }) },
  { weight: 1, arbitrary: fc.record({ qualifier: fc.constantFrom(...QUALIFIERS), value: number }, { requiredKeys: [], noNullPrototype: true }) },
);
const period = fc.record({ from: date, to: date }, { requiredKeys: [], noNullPrototype: true });
const outcome = fc.record(
  { metric: id, value: reported, unit: mostly(fc.constantFrom(...UNITS), fc.constant('miles')), period },
  { requiredKeys: ['metric', 'value', 'unit'], noNullPrototype: true },
);
const oneOf = (values: readonly string[], wrong: string) => mostly(fc.constantFrom(...values), fc.constant(wrong));
const model = fc.record(
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
    outcomes: fc.array(outcome, { maxLength: 3 }),
    sources: fc.array(id, { maxLength: 3 }),
    description: localized,
  },
  { requiredKeys: ['id', 'name', 'field', 'place'], noNullPrototype: true },
);

/** Spoils a record: a value swapped for any JSON, a key added or dropped, keys shuffled, a null, an array. */
const spoiled = fc
  .tuple(model, fc.nat(), fc.jsonValue(), fc.constantFrom('swap', 'add', 'drop', 'shuffle', 'null', 'wrap'))
  .map(([m, n, junk, how]) => {
    const keys = Object.keys(m);
    const key = keys.length ? keys[n % keys.length]! : 'id';
    const out: Record<string, unknown> = { ...m };
    if (how === 'swap') out[key] = junk;
    if (how === 'add') out[`extra${n % 3}`] = junk;
    if (how === 'drop') delete out[key];
    if (how === 'null') out[key] = null;
    if (how === 'wrap') return [m];
    if (how === 'shuffle') return Object.fromEntries(keys.map((k, i) => [keys[(i + n) % keys.length]!, m[k as keyof typeof m]]));
    return out;
  });

const anyRecord = fc.oneof(
  { weight: 4, arbitrary: model },
  { weight: 4, arbitrary: spoiled },
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.anything() },
);
let acceptedCases = 0;

// --- The properties -------------------------------------------------------------------------------------------

function agrees(record: unknown): void {
  const fast = fastModel(record);
  if (fast === undefined) return;
  acceptedCases++;
  // What the interpreter's slow path gives, and what zod gives: the same keys in the same order and the same values.
  const slow = slowModel(record);
  expect(slow.ok).toBe(true);
  expect(fast).toStrictEqual(slow.value);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.value));
  const parsed = modelSchema.safeParse(record);
  expect(parsed.success).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
}

describe('checkSchema(Model, record) fast path', () => {
  it('takes a record as it is only when the interpreter would give back an equal one (and zod too)', () => {
    acceptedCases = 0;
    fc.assert(fc.property(anyRecord, agrees), { numRuns: 20_000, seed: SEED });
    // The property must not hold vacuously: the fast path has to say yes often enough to be tested.
    expect(acceptedCases).toBeGreaterThan(500);
  });

  it('agrees with the interpreter on records sanitizeInput has copied (what validate hands it)', () => {
    fc.assert(
      fc.property(anyRecord, (record) => {
        agrees(sanitizeInput(record, undefined, { issues: [], reported: new Set() }));
      }),
      { numRuns: 10_000, seed: SEED },
    );
  });

  it('takes valid records in schema order itself, leaving nothing to copy', () => {
    let accepted = 0;
    let valid = 0;
    fc.assert(
      fc.property(model, (m) => {
        const ok = checkSchema(datasetSchemaData.$defs.Model, m, datasetSchemaData).ok;
        if (!ok) return;
        valid++;
        if (fastModel(m) !== undefined) accepted++;
      }),
      { numRuns: 5_000, seed: SEED },
    );
    // Every valid record whose keys come in schema order, bar name objects written { en, vi } (parsing reorders them).
    expect(valid).toBeGreaterThan(200);
    expect(accepted / valid).toBeGreaterThan(0.7);
    for (const m of synthesizeModels({ seed: 3, count: 2000 })) expect(fastModel(m)).toBe(m);
  });

  it('declines holes, keys from prototypes, null prototypes and odd numbers', () => {
    const base = { id: 'm1', name: 'Camera an ninh', field: 'defense-security', place: '18415' };
    // eslint-disable-next-line no-sparse-arrays
    const cases: unknown[] = [
      { ...base, sources: [, 'a'] },
      Object.assign(Object.create({ field: 'economic' }), { id: 'm1', name: 'x', place: '1' }),
      Object.assign(Object.create(null), base),
      { ...base, host: undefined },
    ];
    for (const record of cases) {
      expect(fastModel(record)).toBeUndefined();
      agrees(record);
    }
    for (const value of [Number.NaN, Infinity, '1']) expect(fastModel({ ...base, outcomes: [{ metric: 'x', value, unit: 'km' }] })).toBeUndefined();
    expect(fastModel(base)).toBe(base);
  });

  it('validate keeps the same models with or without the fast path (records out of key order are parsed)', () => {
    const models = synthesizeModels({ seed: 9, count: 300 });
    const reordered = models.map((m) => Object.fromEntries(Object.entries(m).reverse()));
    const dataset = (list: unknown[]) => ({ version: 1, title: 't', language: 'vi', license: 'x', updated: '2024', sources: [], models: list });
    const a = validate(dataset(models), { today: '2026-11-29' });
    const b = validate(dataset(reordered), { today: '2026-11-29' });
    expect(a.issues).toEqual([]);
    expect(b.issues).toEqual([]);
    expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
  });
});

describe('sanitizeInput(text) fast path', () => {
  // Text matching NFC_AND_VISIBLE skips cleanText: prove cleanText would leave every such character, and every
  // pair of them (NFC composes pairs), exactly as it is.
  const chars: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (NFC_AND_VISIBLE.test(ch)) chars.push(ch);
  }

  it('every character the fast path lets through is one cleanText keeps as it is', () => {
    expect(chars.length).toBeGreaterThan(1000);
    for (const ch of chars) expect(cleanText(ch), `U+${ch.charCodeAt(0).toString(16)}`).toEqual({ text: ch, changed: false });
    for (let c = 0xd800; c <= 0xdfff; c++) expect(NFC_AND_VISIBLE.test(String.fromCharCode(c))).toBe(false);
  });

  it('every pair of such characters is already NFC', () => {
    const bad: string[] = [];
    for (const a of chars) {
      for (const b of chars) {
        const s = a + b;
        if (s.normalize('NFC') !== s) bad.push(s);
      }
    }
    expect(bad).toEqual([]);
  });

  it('sanitizeInput(text) gives what cleanText gives, issues and all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('Hà Tĩnh', 'Ha\u0300 Ti\u0303nh', 'Hµ TÜnh', 'a\u200Bb')), (s) => {
        const ctx = { issues: [], reported: new Set<string>() };
        expect(sanitizeInput(s, undefined, ctx)).toBe(cleanText(s).text);
      }),
      { numRuns: 5_000, seed: SEED },
    );
  });
});
