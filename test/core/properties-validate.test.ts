// Properties of validate on datasets close to real ones (Hà Tĩnh's statistics, synthetic models) with records
// broken in the ways files break: it is idempotent, its output is clean, it leaves its input alone, it keeps every
// good record and reports every bad one where it is. 1,000 runs each (see fc-runs.ts for seeds and replays).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import haTinhJson from '@danvan/core/data/ha-tinh.json';
import { cleanText, safeUrl, synthesizeModels, validate, type Model, type ValidationIssue } from '@danvan/core';
import { runs } from './fc-runs.js';

const TODAY = '2026-01-01';
type Json = Record<string, unknown>;
const haTinh = haTinhJson as unknown as Json & { sources: Json[]; statistics: Json[]; places: Json[]; models: Json[] };
const POOL: readonly Model[] = [...synthesizeModels({ seed: 7, count: 120, from: 2013, to: 2025, outcomeShare: 0.6 }), ...(haTinh.models as unknown as Model[])];
const SOURCE_IDS = [...new Set(POOL.flatMap((m) => m.sources ?? []))];
const SOURCES = [...haTinh.sources, ...SOURCE_IDS.filter((id) => !haTinh.sources.some((s) => s.id === id)).map((id) => ({ id, title: id }))];

// Values files hold where they should not: wrong types, non-finite numbers, invisible and decomposed text,
// links with other schemes, dangerous keys.
const junk = fc.oneof(
  fc.constantFrom<unknown>(
    null, '', 7, -1, NaN, Infinity, -Infinity, 1e309, true, [], {}, 'Thể thao', '99999', '2023-13', '2099', 'Ha\u0300 Ti\u0303nh',
    'a\u202Eb\u200B', 'javascript:alert(1)', ' JaVa\tScRiPt:x', 'https://baohatinh.vn/a', { value: 5, qualifier: 'roughly' },
    { value: -3, qualifier: 'more-than' }, 'x'.repeat(3000), JSON.parse('{"__proto__":{"polluted":1}}'),
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
const MODEL_KEYS = ['id', 'name', 'field', 'place', 'host', 'level', 'started', 'status', 'outcomes', 'sources', 'description', 'replicatedFrom'];
const STAT_KEYS = ['id', 'subject', 'value', 'unit', 'place', 'period', 'source', 'field', 'note'];
const SOURCE_KEYS = ['id', 'title', 'url', 'publisher', 'date', 'author'];

/** A change to one record: a key set to junk, a key removed, a dangerous key added, or the record replaced. */
const edit = (keys: readonly string[]) =>
  fc.oneof(
    fc.tuple(fc.constant('set' as const), fc.constantFrom(...keys), junk),
    fc.tuple(fc.constant('delete' as const), fc.constantFrom(...keys), fc.constant(undefined)),
    fc.tuple(fc.constant('poison' as const), fc.constantFrom('__proto__', 'constructor', 'prototype'), junk),
    fc.tuple(fc.constant('replace' as const), fc.constant(''), junk),
  );
type Edit = [op: 'set' | 'delete' | 'poison' | 'replace', key: string, value: unknown];

function apply(record: unknown, edits: readonly Edit[]): unknown {
  let out: unknown = structuredClone(record);
  // Values are copied: fast-check hands out one instance of each constant, which an edit must not change.
  for (const [op, key, original] of edits) {
    const value = structuredClone(original);
    if (op === 'replace') out = value;
    else if (typeof out !== 'object' || out === null || Array.isArray(out)) continue;
    else if (op === 'delete') delete (out as Json)[key];
    // defineProperty makes an own "__proto__" key, as JSON.parse does, rather than setting the prototype.
    else Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return out;
}

/** A list drawn from `pool`, each record intact or edited; `edited[i]` says which were touched. */
const listOf = (pool: readonly unknown[], keys: readonly string[], max: number) =>
  fc.array(fc.tuple(fc.nat(pool.length - 1), fc.oneof({ weight: 3, arbitrary: fc.constant([] as Edit[]) }, { weight: 2, arbitrary: fc.array(edit(keys) as fc.Arbitrary<Edit>, { minLength: 1, maxLength: 3 }) })), { maxLength: max }).map((picks) => ({
    records: picks.map(([i, edits]) => apply(pool[i], edits)),
    edited: picks.map(([, edits]) => edits.length > 0),
  }));

const dataset = fc
  .record({
    models: listOf(POOL, MODEL_KEYS, 15),
    statistics: listOf(haTinh.statistics, STAT_KEYS, 8),
    sources: listOf(SOURCES, SOURCE_KEYS, 4),
    header: fc.array(fc.tuple(fc.constantFrom('title', 'language', 'license', 'updated', 'synthetic', 'description', 'extra'), junk), { maxLength: 2 }),
  })
  .map(({ models, statistics, sources, header }) => {
    const base: Json = { version: 1, title: 't', language: 'vi', license: 'CC0-1.0', updated: '2025', sources: [...SOURCES, ...sources.records], places: haTinh.places };
    for (const [k, v] of header) base[k] = v;
    return { ...base, models: models.records, statistics: statistics.records, edited: models.edited };
  });
/** The dataset alone, without the bookkeeping of which records were edited. */
const input = ({ edited: _e, ...d }: { edited: boolean[] } & Json) => d;

const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/** Everything wrong with a value validate handed back, as readable strings. */
function dirt(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path}: ${value}`);
  else if (typeof value === 'string') {
    if (INVISIBLE.test(value)) out.push(`${path}: invisible characters in ${JSON.stringify(value)}`);
    if (value.normalize('NFC') !== value) out.push(`${path}: not NFC`);
  } else if (typeof value === 'object' && value !== null) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) out.push(`${path}: odd prototype`);
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string' || ['__proto__', 'constructor', 'prototype'].includes(key)) out.push(`${path}: key ${String(key)}`);
      const v = (value as Json)[key as string];
      if (key === 'url' && (typeof v !== 'string' || safeUrl(v) !== v)) out.push(`${path}.url: unsafe ${String(v)}`);
      dirt(v, `${path}.${String(key)}`, out);
    }
  } else if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') out.push(`${path}: ${typeof value}`);
  return out;
}

const codes = (issues: readonly ValidationIssue[]) => [...new Set(issues.map((i) => i.code))].sort();

describe('validate(input) on datasets with broken records', { timeout: 60_000 }, () => {
  it('property: validate is idempotent: what it keeps validates again to itself, without errors, and a third pass changes nothing', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        const first = validate(input(d), { today: TODAY });
        fc.pre(first.data !== undefined);
        const second = validate(first.data, { today: TODAY });
        expect(second.data).toEqual(first.data);
        expect(second.issues.filter((i) => i.severity === 'error')).toEqual([]);
        // What may still be said (a header value replaced by a neutral one, a total that disagrees with its parts)
        // is said again in the same words: the second pass is a fixed point.
        expect(validate(second.data, { today: TODAY })).toEqual(second);
      }),
      runs(1000),
    );
  });

  it('property: what validate keeps has no dangerous keys, odd prototypes, non-finite numbers, invisible or NFD text, or unsafe links', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        const { data } = validate(input(d), { today: TODAY });
        expect(dirt(data)).toEqual([]);
        expect(({} as Json).polluted).toBeUndefined();
      }),
      runs(1000),
    );
  });

  it('property: validate leaves its input as it was, and takes deep-frozen input without throwing', () => {
    const freeze = (v: unknown): unknown => {
      if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
        Object.freeze(v);
        for (const k of Object.keys(v)) freeze((v as Json)[k]);
      }
      return v;
    };
    fc.assert(
      fc.property(dataset, (d) => {
        const value = input(d);
        const before = JSON.stringify(value);
        validate(value, { today: TODAY });
        expect(JSON.stringify(value)).toBe(before);
        expect(validate(freeze(structuredClone(value)), { today: TODAY })).toEqual(validate(value, { today: TODAY }));
      }),
      runs(1000),
    );
  });

  it("property: cleaning in place (text, or `inPlace` on a parse of one's own) gives what copying gives", () => {
    fc.assert(
      fc.property(dataset, (d) => {
        const text = JSON.stringify(input(d));
        const copied = validate(JSON.parse(text), { today: TODAY });
        expect(validate(text, { today: TODAY })).toEqual(copied);
        expect(validate(JSON.parse(text), { today: TODAY, inPlace: true })).toEqual(copied);
        expect(({} as Json).polluted).toBeUndefined();
      }),
      runs(1000),
    );
  });

  it('property: a model is kept exactly when no error points at it or a required value, in order, and an intact model is refused only as a repeat', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        const { data, issues } = validate(input(d), { today: TODAY });
        const models = d.models as unknown[];
        // Ids as validate keeps them: NFC, without invisible characters.
        const idOf = (m: unknown) => {
          const id = typeof m === 'object' && m !== null ? (m as Json).id : undefined;
          return typeof id === 'string' ? cleanText(id).text : id;
        };
        // An error on the record or on a required value refuses the record; one deeper in an optional value (an
        // outcome in an impossible unit, a dangerous key) refuses only that value.
        const REQUIRED = [undefined, 'id', 'name', 'field', 'place'];
        const refused = new Set(issues.filter((x) => x.severity === 'error' && x.path[0] === 'models' && REQUIRED.includes(x.path[2] as string)).map((x) => x.path[1]));
        const kept = models.flatMap((m, i) => (refused.has(i) ? [] : [idOf(m)]));
        expect((data?.models ?? []).map((m) => m.id)).toEqual(kept);
        const keptBefore = new Set<unknown>();
        models.forEach((m, i) => {
          if (!d.edited[i] && refused.has(i)) expect(keptBefore.has(idOf(m)), `intact models[${i}] refused`).toBe(true);
          if (!refused.has(i)) keptBefore.add(idOf(m));
        });
      }),
      runs(1000),
    );
  });

  it('property: every issue path leads into the input, and says where in vi and en', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        const value = input(d);
        const { issues } = validate(value, { today: TODAY });
        for (const issue of issues) {
          let node: unknown = value;
          // All but the last step must exist (the last may name the value that is missing).
          for (const key of issue.path.slice(0, -1)) {
            expect(typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, key), `${issue.code} at ${issue.path.join('.')}`).toBe(true);
            node = (node as Json)[key as string];
          }
          expect(issue.message.vi).not.toBe(issue.message.en);
          expect(issue.message.vi.length * issue.message.en.length).toBeGreaterThan(0);
        }
      }),
      runs(1000),
    );
  });

  it('property: the order of keys in any object changes nothing validate keeps or says', () => {
    const shuffle = (v: unknown, key: (s: string) => number): unknown => {
      if (Array.isArray(v)) return v.map((x) => shuffle(x, key));
      if (typeof v !== 'object' || v === null) return v;
      const out: Json = {};
      const keys = Object.keys(v).sort((a, b) => key(a) - key(b));
      for (const k of keys) Object.defineProperty(out, k, { value: shuffle((v as Json)[k], key), enumerable: true, configurable: true, writable: true });
      return out;
    };
    const sorted = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.code} ${i.severity} ${i.path.join('.')}`).sort();
    fc.assert(
      fc.property(dataset, fc.func(fc.integer()), (d, key) => {
        const value = input(d);
        const a = validate(value, { today: TODAY });
        const b = validate(shuffle(value, key), { today: TODAY });
        expect(JSON.stringify(b.data && { ...b.data })).toBe(JSON.stringify(a.data && { ...a.data }));
        expect(sorted(b.issues)).toEqual(sorted(a.issues));
      }),
      runs(1000),
    );
  });

  it('property: a bad optional value is dropped with a warning on it, and its model kept', () => {
    const OPTIONAL: [string, unknown][] = [['host', 'alien'], ['level', 7], ['started', '2023-13'], ['status', 'lost'], ['description', 5], ['replicatedFrom', 12]];
    fc.assert(
      fc.property(fc.subarray([...POOL], { minLength: 1, maxLength: 6 }), fc.nat(), fc.constantFrom(...OPTIONAL), (models, n, [key, bad]) => {
        const i = n % models.length;
        const broken = models.map((m, j) => (j === i ? { ...m, [key]: bad } : m));
        const { data, issues } = validate({ version: 1, title: 't', language: 'vi', license: 'x', updated: '2025', sources: SOURCES, places: haTinh.places, models: broken }, { today: TODAY });
        expect(data?.models?.map((m) => m.id)).toEqual(models.map((m) => m.id));
        const { [key as keyof Model]: _dropped, ...rest } = models[i]!;
        expect(data?.models?.[i]).toEqual(rest);
        expect(issues.filter((x) => x.path[0] === 'models' && x.path[1] === i).map((x) => [x.severity, x.path[2]])).toEqual([['warning', key]]);
      }),
      runs(1000),
    );
  });
});
