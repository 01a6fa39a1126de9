import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import haTinh from '@danvan/core/data/ha-tinh.json';
import {
  FIELDS,
  HOSTS,
  ISSUE_CODES,
  LEVELS,
  METRICS,
  PLACE_TYPES,
  STATUSES,
  UNITS,
  detectLegacyEncoding,
  gazetteer,
  labelsFor,
  setMessages,
  validate,
  type ValidationIssue,
} from '@danvan/core';
import { messagesCsvEn } from '../../packages/core/src/csv/messages-csv-en.js';
import { messagesCsvVi } from '../../packages/core/src/csv/messages-csv-vi.js';
import { modelSchema, placeSchema, sourceSchema, statisticSchema } from '../../packages/core/src/schema/entity-schemas.js';
import { messagesEn } from '../../packages/core/src/validate/messages-en.js';
import { messagesVi } from '../../packages/core/src/validate/messages-vi.js';
import { MAX_DEPTH } from '../../packages/core/src/validate/sanitize-input.js';

const TODAY = '2026-01-15';
/** Letters only Vietnamese writes: a Vietnamese message that has none of them is probably English or a key. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

type Json = Record<string, unknown>;
/** A minimal valid dataset with the given models (and anything else). */
const dataset = (extra: Json = {}): Json => ({
  version: 1,
  title: 'Kiểm thử',
  language: 'vi',
  license: 'CC0-1.0',
  updated: '2025',
  sources: [{ id: 's', title: 'Nguồn' }],
  ...extra,
});
const model = (extra: Json = {}): Json => ({ id: 'a', name: 'Mô hình A', field: 'economic', place: '18415', ...extra });
const check = (input: unknown) => validate(input, { today: TODAY });
const codes = (issues: readonly ValidationIssue[]) => issues.map((i) => i.code);
const find = (issues: readonly ValidationIssue[], code: string) => issues.filter((i) => i.code === code);

/** What is wrong with an issue, if anything: it must be complete and readable in both languages. */
function problemsOf(issue: ValidationIssue, inputText = ''): string[] {
  const out: string[] = [];
  if (!(ISSUE_CODES as readonly string[]).includes(issue.code)) out.push(`unknown code ${issue.code}`);
  if (issue.severity !== 'error' && issue.severity !== 'warning') out.push(`severity ${String(issue.severity)}`);
  if (!Array.isArray(issue.path) || issue.path.some((k) => typeof k !== 'string' && typeof k !== 'number')) out.push('path');
  for (const lang of ['vi', 'en'] as const) {
    const text = issue.message[lang];
    if (typeof text !== 'string' || text.trim() === '') out.push(`empty ${lang} message`);
    else if (text.includes('[object Object]')) out.push(`${lang}: ${text}`);
    else if (text.includes('undefined') && !inputText.includes('undefined')) out.push(`${lang}: ${text}`);
  }
  if (!VIETNAMESE.test(issue.message.vi)) out.push(`vi message not Vietnamese: ${issue.message.vi}`);
  if (issue.message.vi === issue.message.en) out.push(`same text in both languages: ${issue.message.en}`);
  return out;
}

/** Every issue must be complete and readable in both languages. */
function expectWellFormed(issue: ValidationIssue, inputText = ''): void {
  expect(problemsOf(issue, inputText), issue.code).toEqual([]);
}

describe('validate(input)', () => {
  it('accepts the default Hà Tĩnh dataset without errors', () => {
    const { data, issues } = validate(haTinh);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(data?.statistics).toHaveLength(haTinh.statistics.length);
    expect(data?.models).toHaveLength(haTinh.models.length);
  });

  it('validate(haTinh) reports no issue at all, and its published total reconciles with its parts', () => {
    expect(validate(haTinh, { today: TODAY }).issues).toEqual([]);
  });
});

describe('validate(input) and prototype keys', () => {
  afterEach(() => {
    // A failure here means a test polluted the prototype: every later test would be suspect.
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('validate(input) rejects __proto__ keys by name, at the top, in a record and deep inside it', () => {
    const text = JSON.stringify(dataset({ models: [model({ outcomes: [{ metric: 'x', value: 1, unit: 'count', POLLUTE3: 1 }], POLLUTE2: 1 })], POLLUTE1: 1 }))
      .replace('"POLLUTE1":1', '"__proto__":{"polluted":1}')
      .replace('"POLLUTE2":1', '"__proto__":{"polluted":2}')
      .replace('"POLLUTE3":1', '"__proto__":{"polluted":3}');
    const input: unknown = JSON.parse(text);
    expect(Object.hasOwn(input as object, '__proto__')).toBe(true); // JSON.parse makes it an own key, as an attacker would
    for (const { data, issues } of [check(input), check(text)]) {
      const unsafe = find(issues, 'unsafe_key');
      expect(unsafe.map((i) => i.path)).toEqual([['models', 0, 'outcomes', 0, '__proto__'], ['models', 0, '__proto__'], ['__proto__']]);
      expect(unsafe.every((i) => i.severity === 'error' && i.params.key === '__proto__')).toBe(true);
      expect(unsafe[2]!.message.en).toBe('__proto__: The key “__proto__” is refused for safety.');
      expect(unsafe[2]!.message.vi).toBe('__proto__: Khóa “__proto__” bị từ chối vì lý do an toàn.');
      expect(unsafe[0]!.message.en).toBe('models[0].outcomes[0].__proto__: The key “__proto__” is refused for safety.');
      // The records holding the keys are kept: only the keys go.
      expect(data?.models).toHaveLength(1);
      expect(data?.models?.[0]?.outcomes).toEqual([{ metric: 'x', value: 1, unit: 'count' }]);
      expect(Object.hasOwn(data!, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
      expect((data as unknown as Json).polluted).toBeUndefined();
    }
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('validate(input) rejects constructor and prototype keys by name', () => {
    const input = JSON.parse(
      '{"version":1,"title":"t","language":"vi","license":"x","updated":"2025","sources":[{"id":"s","title":"S","constructor":{"prototype":{"polluted":1}}}],' +
        '"models":[{"id":"a","name":"A","field":"economic","place":"18415","prototype":{"polluted":2}}],"constructor":1}',
    );
    const { data, issues } = check(input);
    expect(find(issues, 'unsafe_key').map((i) => [i.path.join('.'), i.params.key])).toEqual([
      ['sources.0.constructor', 'constructor'],
      ['models.0.prototype', 'prototype'],
      ['constructor', 'constructor'],
    ]);
    expect(data?.sources).toEqual([{ id: 's', title: 'S' }]);
    expect(data?.models?.map((m) => m.id)).toEqual(['a']);
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();
  });

  it('validate(input) never pollutes Object.prototype, whatever keys random objects carry', { timeout: 60_000 }, () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'a', 'models', 'sources');
    fc.assert(
      fc.property(fc.object({ key, maxDepth: 4 }), (obj) => {
        const { issues } = validate(obj);
        validate(dataset({ models: [{ ...model(), extra: obj }], statistics: [obj], sources: [obj] }));
        expect(({} as Json).polluted).toBeUndefined();
        expect(({} as Json).a).toBeUndefined();
        for (const i of issues) expectWellFormed(i);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validate(input) and numbers', () => {
  it('validate(data) rejects NaN, Infinity, -Infinity and 1e309 with non_finite_number, and keeps the record', () => {
    const { data, issues } = check(
      dataset({
        models: [
          model({
            outcomes: [
              { metric: 'canal-built', value: Number.NaN, unit: 'km' },
              { metric: 'canal-dredged', value: { value: Number.NEGATIVE_INFINITY, qualifier: 'more-than' }, unit: 'km' },
              { metric: 'road-length', value: 916, unit: 'm' },
            ],
          }),
        ],
        statistics: [
          { subject: 'models', value: Number.POSITIVE_INFINITY, place: '42', period: {}, source: 's' },
          { subject: 'models', value: Number('1e309'), place: '42', period: {}, source: 's' },
          { subject: 'models', value: 5, place: '42', period: {}, source: 's' },
        ],
      }),
    );
    const nonFinite = find(issues, 'non_finite_number');
    expect(nonFinite.map((i) => [i.path.join('.'), i.params.value, i.severity])).toEqual([
      ['models.0.outcomes.0.value', 'NaN', 'error'],
      ['models.0.outcomes.1.value.value', '-Infinity', 'error'],
      ['statistics.0.value', 'Infinity', 'error'],
      ['statistics.1.value', 'Infinity', 'error'],
    ]);
    expect(nonFinite[0]!.message.en).toBe('models[0].outcomes[0].value: The number “NaN” is not finite and was skipped.');
    expect(nonFinite[0]!.message.vi).toBe('models[0].outcomes[0].value: Số “NaN” không hữu hạn nên bị bỏ qua.');
    // The model keeps its good outcome; the statistics without a value are gone.
    expect(data?.models?.[0]?.outcomes).toEqual([{ metric: 'road-length', value: 916, unit: 'm' }]);
    expect(data?.statistics?.map((s) => s.value)).toEqual([5]);
  });

  it('validate(text) rejects 1e309 in JSON text, which JSON.parse reads as Infinity', () => {
    const text = JSON.stringify(dataset({ statistics: [{ subject: 'models', value: 7, place: '42', period: {}, source: 's' }] })).replace('"value":7', '"value":1e309');
    const { data, issues } = check(text);
    expect(find(issues, 'non_finite_number').map((i) => i.path)).toEqual([['statistics', 0, 'value']]);
    expect(data?.statistics).toEqual([]);
  });

  it('validate(data) turns -0 into 0', () => {
    const { data, issues } = check(
      dataset({
        models: [model({ outcomes: [{ metric: 'canal-built', value: -0, unit: 'km' }, { metric: 'road-length', value: { value: -0 }, unit: 'km' }] })],
      }),
    );
    expect(issues).toEqual([]);
    const [a, b] = data!.models![0]!.outcomes!;
    expect(Object.is(a!.value, 0)).toBe(true);
    expect(Object.is((b!.value as { value: number }).value, 0)).toBe(true);
  });
});

describe('validate(input) and nesting', () => {
  /** `levels` objects, each inside the previous one, built without recursion. */
  const nest = (levels: number, make: () => Json | unknown[] = () => ({})): { root: unknown; depth: number } => {
    const root = make();
    let cur = root;
    for (let i = 1; i < levels; i++) {
      const next = make();
      if (Array.isArray(cur)) cur.push(next);
      else (cur as Json).a = next;
      cur = next;
    }
    return { root, depth: levels };
  };

  it(`validate(input) keeps ${MAX_DEPTH} levels of objects and cuts the next one with too_deep`, () => {
    // The dataset is the first level, so an extension holds MAX_DEPTH - 1 more.
    const fits = check(dataset({ extension: nest(MAX_DEPTH - 1).root }));
    expect(codes(fits.issues)).toEqual([]);
    const cut = check(dataset({ extension: nest(MAX_DEPTH).root }));
    expect(codes(cut.issues)).toEqual(['too_deep']);
    expect(cut.issues[0]!.path).toHaveLength(MAX_DEPTH);
    expect(cut.issues[0]!.params).toEqual({ max: MAX_DEPTH });
    expect(cut.issues[0]!.message.en).toMatch(/nested too deeply \(more than 32 levels\); this part was skipped\.$/);
    expect(cut.data?.models).toBeUndefined();
  });

  it('validate(input) cuts 100,000 nested objects and arrays without a stack overflow', () => {
    for (const make of [() => ({}), () => []]) {
      const deep = nest(100_000, make).root;
      const { data, issues } = check(dataset({ models: [model({ description: deep })], extension: deep }));
      expect(codes(issues).filter((c) => c === 'too_deep')).toHaveLength(2);
      expect(data?.models?.map((m) => m.id)).toEqual(['a']); // the bad description is dropped, the model kept
      expect(data?.models?.[0]?.description).toBeUndefined();
    }
  });

  it('validate(text) cuts JSON text nested 100,000 deep without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const { data, issues } = check(JSON.stringify(dataset({ extension: 0 })).replace('"extension":0', `"extension":${deep}`));
    expect(codes(issues)).toEqual(['too_deep']);
    expect(data?.sources).toHaveLength(1);
    const bare = check(deep);
    expect(bare.data).toBeUndefined();
    expect(codes(bare.issues)).toEqual(['too_deep', 'not_a_dataset']);
  });
});

describe('validate(input) and text', () => {
  it('validate(input) normalises NFD text to NFC without a warning', () => {
    const nfd = 'Ha\u0300 Ti\u0303nh'.normalize('NFD');
    expect(nfd).not.toBe('Hà Tĩnh');
    const { data, issues } = check(dataset({ models: [model({ name: { vi: nfd, en: 'Ha Tinh' } })], places: [{ code: 'x-1', name: 'Tô\u0309 1', type: 'village', parent: '18415' }] }));
    expect(issues).toEqual([]);
    expect(data?.models?.[0]?.name).toEqual({ vi: 'Hà Tĩnh', en: 'Ha Tinh' });
    expect(data?.places?.[0]?.name).toBe('Tổ 1');
    expect(data?.places?.[0]?.name).toBe('Tổ 1'.normalize('NFC'));
  });

  it('validate(input) strips bidi controls and zero-width characters from labels, with control_characters_removed', () => {
    const controls = ['\u202E', '\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
    for (const c of controls) {
      const { data, issues } = check(dataset({ models: [model({ name: `Đường${c} hoa` })] }));
      expect(data?.models?.[0]?.name, `U+${c.charCodeAt(0).toString(16)}`).toBe('Đường hoa');
      expect(issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([['control_characters_removed', 'warning', 'models.0.name']]);
    }
    // "Trojan Source": an override that makes 'ikuyoT' read as another word, in a source title and a place name.
    const { data, issues } = check(
      dataset({
        sources: [{ id: 's', title: { vi: 'Báo cáo \u202Enạb\u202C', en: 'Report' } }],
        places: [{ code: 'x-1', name: 'Thôn\u200B 1', type: 'village', parent: '18415' }],
      }),
    );
    expect(data?.sources[0]?.title).toEqual({ vi: 'Báo cáo nạb', en: 'Report' });
    expect(data?.places?.[0]?.name).toBe('Thôn 1');
    expect(issues.map((i) => i.path.join('.'))).toEqual(['sources.0.title.vi', 'places.0.name']);
    expect(issues[0]!.message.vi).toBe(
      'sources[0].title.vi: Đã xóa các ký tự điều khiển vô hình (định hướng văn bản, độ rộng 0) khỏi văn bản.',
    );
  });

  it('validate(input) flags TCVN3 text with legacy_encoding, naming the encoding, and keeps the record', () => {
    const { data, issues } = check(dataset({ models: [model({ name: { vi: 'Hµ TÜnh', en: 'Ha Tinh' } }), model({ id: 'b', name: 'Kinh tÕ' })] }));
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.'), i.params.encoding, i.params.value])).toEqual([
      ['legacy_encoding', 'warning', 'models.0.name.vi', 'TCVN3', 'Hµ TÜnh'],
      ['legacy_encoding', 'warning', 'models.1.name', 'TCVN3', 'Kinh tÕ'],
    ]);
    expect(issues[0]!.message.en).toContain('old TCVN3 encoding');
    expect(issues[0]!.message.vi).toContain('bảng mã cũ TCVN3');
    expect(data?.models).toHaveLength(2);
  });

  it('validate(input) flags VNI text with legacy_encoding, naming the encoding', () => {
    const { issues } = check(dataset({ models: [model({ name: 'Haø Tónh' }), model({ id: 'b', name: 'Kinh teá' })] }));
    expect(issues.map((i) => [i.code, i.path.join('.'), i.params.encoding])).toEqual([
      ['legacy_encoding', 'models.0.name', 'VNI'],
      ['legacy_encoding', 'models.1.name', 'VNI'],
    ]);
  });

  it('validate(input) does not flag ordinary Vietnamese, "30°C" or "m²"', () => {
    const names = ['Hà Tĩnh', 'Kinh tế', 'Văn hóa - xã hội', 'Nhiệt độ 30°C', 'Diện tích 2.500 m²', 'Hoà Bình', 'Khoá học', '«Dân vận khéo»'];
    const { issues } = check(dataset({ models: names.map((name, i) => model({ id: `m${i}`, name })) }));
    expect(issues).toEqual([]);
  });
});

describe('detectLegacyEncoding(text)', () => {
  it('detectLegacyEncoding(text) names TCVN3 for text typed in ABC fonts', () => {
    for (const text of [
      'Hµ TÜnh',
      'Kinh tÕ',
      'V¨n hãa - x· héi',
      'Quèc phßng - an ninh',
      'X©y dùng §¶ng',
      'M« h×nh d©n vËn khÐo',
      'x· Thiªn Léc, huyÖn Can Léc',
      'Héi N«ng d©n',
      '§oµn Thanh niªn',
      'Hå ChÝ Minh',
      'NguyÔn Du',
      '§øc Thä',
    ]) {
      expect(detectLegacyEncoding(text), text).toBe('TCVN3');
    }
  });

  it('detectLegacyEncoding(text) names VNI for text typed in VNI fonts', () => {
    for (const text of ['Haø Tónh', 'Kinh teá', 'Vieät Nam', 'ñöôøng', 'Hoäi Noâng daân', 'Thieân Loäc', 'Ñoaøn Thanh nieân', 'Caàn Thô', 'HAØ TÓNH']) {
      expect(detectLegacyEncoding(text), text).toBe('VNI');
    }
  });

  it('detectLegacyEncoding(text) leaves ordinary text alone: Vietnamese, symbols, units, quotes', () => {
    for (const text of [
      'Hà Tĩnh',
      'Kinh tế',
      'Văn hóa - xã hội',
      'Quốc phòng - an ninh',
      'Xây dựng Đảng, hệ thống chính trị',
      'HÀ TĨNH',
      'Hoà Bình, hoá học, loã xoã, khuất, tuần, Xuân',
      'Nhiệt độ 30°C',
      '2.500 m²',
      '5 m³',
      '± 5%',
      '½ km',
      '© 2023 Báo Hà Tĩnh',
      '«Dân vận khéo»',
      'Phụ nữ',
      'lịch sử',
      'café',
      'São Paulo',
      '',
      'plain ASCII',
    ]) {
      expect(detectLegacyEncoding(text), text).toBeUndefined();
    }
  });

  it('detectLegacyEncoding(text) flags no name in the gazetteer and no label of the library', () => {
    const texts = gazetteer.places.flatMap((p) => [p.name, ...(p.aliases ?? [])]);
    for (const lang of ['vi', 'en'] as const) {
      const l = labelsFor(lang);
      texts.push(
        ...FIELDS.map((f) => l.field[f]),
        ...FIELDS.map((f) => l.fieldShort[f]),
        ...STATUSES.map((s) => l.status[s]),
        ...HOSTS.map((h) => l.host[h]),
        ...LEVELS.map((x) => l.level[x]),
        ...METRICS.map((m) => l.metric[m]),
        ...UNITS.map((u) => l.unit[u]),
        ...PLACE_TYPES.map((t) => l.placeType[t]),
      );
    }
    for (const issues of [messagesVi.issues, messagesEn.issues, messagesCsvVi, messagesCsvEn]) {
      for (const fn of Object.values(issues)) texts.push(fn({ value: 'x', key: 'k', expected: 'y', max: 32, length: 3, count: 2, date: '2025-07-01' }));
    }
    const flagged = texts.filter((t) => detectLegacyEncoding(t) !== undefined);
    expect(flagged).toEqual([]);
    expect(texts.length).toBeGreaterThan(500);
  });
});

describe('validate(input) and records', () => {
  it('validate(input) keeps the first of two models with one id and reports the second as duplicate_id', () => {
    const { data, issues } = check(dataset({ models: [model({ name: 'Thứ nhất' }), model({ name: 'Thứ hai' }), model({ id: 'b' })] }));
    expect(issues.map((i) => [i.code, i.severity, i.path, i.params.value])).toEqual([['duplicate_id', 'error', ['models', 1], 'a']]);
    expect(data?.models?.map((m) => [m.id, m.name])).toEqual([
      ['a', 'Thứ nhất'],
      ['b', 'Mô hình A'],
    ]);
    expect(issues[0]!.message.vi).toBe('models[1]: Mã “a” bị trùng; bản ghi lặp lại đã bị bỏ qua.');
  });

  it('validate(input) reports duplicate source and place ids too', () => {
    const { data, issues } = check(
      dataset({
        sources: [{ id: 's', title: 'Một' }, { id: 's', title: 'Hai' }],
        places: [
          { code: 'x-1', name: 'Thôn 1', type: 'village', parent: '18415' },
          { code: 'x-1', name: 'Thôn 2', type: 'village', parent: '18415' },
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_id', 'sources.1'],
      ['duplicate_id', 'places.1'],
    ]);
    expect(data?.sources.map((s) => s.title)).toEqual(['Một']);
    expect(data?.places?.map((p) => p.name)).toEqual(['Thôn 1']);
  });

  it('validate(input) keeps the first of two statistics with one id and every statistic without one, and points later issues at the input', () => {
    const figure = (value: unknown, more: object = {}) => ({ subject: 'models', value, place: '42', period: {}, source: 's', ...more });
    const { data, issues } = check(
      dataset({
        statistics: [
          figure(10, { id: 'a' }),
          figure(20, { id: 'a' }),
          figure(30),
          figure(30),
          figure({ value: 100, qualifier: 'more-than' }, { period: { from: '2020' } }),
          figure(40, { field: 'economic', period: { from: '2020' } }),
          figure(50, { field: 'party-building', period: { from: '2020' } }),
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_id', 'statistics.1'],
      ['inconsistent_total', 'statistics.4'],
    ]);
    expect(data?.statistics?.map((s) => s.value)).toEqual([10, 30, 30, { value: 100, qualifier: 'more-than' }, 40, 50]);
  });

  it('validate(input) warns of unknown place codes with unknown_place and keeps the model', () => {
    const { data, issues } = check(
      dataset({
        models: [model({ place: '99999' }), model({ id: 'b', place: 'x-1' }), model({ id: 'c', place: 'R1665-27' })],
        places: [{ code: 'x-1', name: 'Thôn 1', type: 'village', parent: '18415' }],
        statistics: [{ subject: 'models', value: 3, place: '4242', period: {}, source: 's' }],
      }),
    );
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.'), i.params.value])).toEqual([
      ['unknown_place', 'warning', 'models.0.place', '99999'],
      ['unknown_place', 'warning', 'statistics.0.place', '4242'],
    ]);
    expect(issues[0]!.message.en).toBe('models[0].place: The place “99999” is not in the gazetteer of administrative units.');
    expect(data?.models).toHaveLength(3);
    expect(data?.statistics).toHaveLength(1);
  });

  it('validate(input, { today }) warns of start dates after today with future_date', () => {
    const started = ['2030', '2026-02', '2026-01-16', '2026-01', '2026-01-15', '2025', '2013'];
    const { data, issues } = check(dataset({ models: started.map((s, i) => model({ id: `m${i}`, started: s })) }));
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.'), i.params.value])).toEqual([
      ['future_date', 'warning', 'models.0.started', '2030'],
      ['future_date', 'warning', 'models.1.started', '2026-02'],
      ['future_date', 'warning', 'models.2.started', '2026-01-16'],
    ]);
    expect(data?.models).toHaveLength(started.length);
    // "today" decides: the same data a year later is fine.
    expect(validate(dataset({ models: [model({ started: '2026-02' })] }), { today: '2027-01-01' }).issues).toEqual([]);
  });

  it('validate(input) drops only the outcome whose unit cannot measure its metric, with impossible_unit', () => {
    const { data, issues } = check(
      dataset({
        models: [
          model({
            outcomes: [
              { metric: 'canal-built', value: 5, unit: 'household' },
              { metric: 'canal-built', value: 400, unit: 'm' },
              { metric: 'households-donating-land', value: 2, unit: 'km' },
              { metric: 'a-metric-of-our-own', value: 3, unit: 'ha' },
            ],
          }),
          model({ id: 'b' }),
        ],
        statistics: [
          { subject: 'road-length', value: 3, unit: 'vnd', place: '443', period: {}, source: 's' },
          { subject: 'road-length', value: 3, unit: 'km', place: '443', period: {}, source: 's' },
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.'), i.params.unit, i.params.expected])).toEqual([
      ['impossible_unit', 'error', 'models.0.outcomes.0.unit', 'household', 'length'],
      ['impossible_unit', 'error', 'models.0.outcomes.2.unit', 'km', 'household'],
      ['impossible_unit', 'error', 'statistics.0.unit', 'vnd', 'length'],
    ]);
    expect(data?.models?.map((m) => m.id)).toEqual(['a', 'b']);
    expect(data?.models?.[0]?.outcomes).toEqual([
      { metric: 'canal-built', value: 400, unit: 'm' },
      { metric: 'a-metric-of-our-own', value: 3, unit: 'ha' },
    ]);
    expect(data?.statistics?.map((s) => s.unit)).toEqual(['km']);
  });

  it('validate(input) drops a bad optional value with a warning and keeps the model', () => {
    const { data, issues } = check(dataset({ models: [model({ status: 'foo', host: 'nobody', started: '2021-13' })] }));
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['invalid_value', 'warning', 'models.0.host'],
      ['invalid_format', 'warning', 'models.0.started'],
      ['invalid_value', 'warning', 'models.0.status'],
    ]);
    expect(issues[2]!.params).toEqual({ value: 'foo', expected: STATUSES.join(', ') });
    expect(data?.models).toEqual([{ id: 'a', name: 'Mô hình A', field: 'economic', place: '18415' }]);
  });

  it('validate(input) drops one bad outcome of many and keeps the others', () => {
    const { data, issues } = check(
      dataset({ models: [model({ outcomes: [{ metric: 'canal-built', value: 'nhiều', unit: 'km' }, { metric: 'road-length', value: 916, unit: 'm' }] })] }),
    );
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([['invalid_type', 'warning', 'models.0.outcomes.0.value']]);
    expect(data?.models?.[0]?.outcomes).toEqual([{ metric: 'road-length', value: 916, unit: 'm' }]);
  });

  it('validate(input) skips only the model whose required value is bad', () => {
    const { data, issues } = check(dataset({ models: [model(), model({ id: 'b', field: 'foo' }), model({ id: 'c', name: '' }), model({ id: 'd' })] }));
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['invalid_value', 'error', 'models.1.field'],
      ['missing_value', 'error', 'models.2.name'],
    ]);
    expect(issues[1]!.message.en).toBe('models[2].name: The required value “name” is missing.');
    expect(issues[0]!.message.en).toBe(
      'models[1].field: “foo” is not allowed; expected one of: economic, culture-society, defense-security, party-building.',
    );
    expect(data?.models?.map((m) => m.id)).toEqual(['a', 'd']);
  });

  it('validate(input) removes unsafe source URLs with unsafe_url and keeps https: and mailto:', () => {
    const urls = [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      'https://baohatinh.vn/dan-van-kheo',
      'mailto:banbientap@baohatinh.vn',
      'http://example.org',
    ];
    const { data, issues } = check(dataset({ sources: urls.map((url, i) => ({ id: `s${i}`, title: 'Nguồn', url })) }));
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['unsafe_url', 'warning', 'sources.0.url'],
      ['unsafe_url', 'warning', 'sources.1.url'],
      ['unsafe_url', 'warning', 'sources.2.url'],
      ['unsafe_url', 'warning', 'sources.3.url'],
      ['unsafe_url', 'warning', 'sources.4.url'],
      ['unsafe_url', 'warning', 'sources.5.url'],
    ]);
    expect(data?.sources.map((s) => s.url)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'https://baohatinh.vn/dan-van-kheo',
      'mailto:banbientap@baohatinh.vn',
      'http://example.org',
    ]);
    expect(data?.sources.every((s) => !('url' in s) || s.url !== undefined)).toBe(true);
    expect(issues[0]!.message.en).toBe(
      'sources[0].url: The link “javascript:alert(1)” is not allowed (only https:, http: and mailto:); it was removed.',
    );
  });

  it('validate(input) refuses an unsupported version: no data', () => {
    for (const version of [2, '1', 0]) {
      const { data, issues } = check(dataset({ version }));
      expect(data).toBeUndefined();
      expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([['unsupported_version', 'error', ['version']]]);
      expect(issues[0]!.message.en).toBe(`version: Format version “${version}” is not supported; danvan reads version 1.`);
    }
  });

  it('validate(text) reports invalid_json for a syntax error: no data, no throw', () => {
    const { data, issues } = check('{"version": 1, "title": "t",');
    expect(data).toBeUndefined();
    expect(codes(issues)).toEqual(['invalid_json']);
    expect(issues[0]!.severity).toBe('error');
    expect(issues[0]!.message.vi).toMatch(/^Tệp JSON bị lỗi cú pháp: .+\.$/);
    expect(issues[0]!.message.en).toMatch(/^The JSON is malformed: .+\.$/);
  });

  it('validate(input) reports not_a_dataset for values that are not a dataset', () => {
    for (const input of [null, undefined, 42, 'null', '[]', [], {}, { title: 'no collections' }, () => 1]) {
      const { data, issues } = check(input);
      expect(data).toBeUndefined();
      expect(codes(issues)).toEqual(['not_a_dataset']);
    }
  });

  it('validate(input) replaces a missing header value and names the key in the warning', () => {
    const { data, issues } = check({ version: 1, sources: [] });
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.'), i.params.key])).toEqual([
      ['missing_value', 'warning', 'title', 'title'],
      ['missing_value', 'warning', 'language', 'language'],
      ['missing_value', 'warning', 'license', 'license'],
      ['missing_value', 'warning', 'updated', 'updated'],
    ]);
    expect(issues[1]!.message.en).toBe('language: The required value “language” is missing.');
    expect(issues[1]!.message.vi).toBe('language: Thiếu giá trị bắt buộc “language”.');
    expect(data).toMatchObject({ version: 1, language: 'vi', sources: [] });
  });

  it('validate(input) gives every issue a known code, a path, a severity and messages in both languages', () => {
    const { issues } = check(
      JSON.parse(
        JSON.stringify(
          dataset({
            version: 1,
            title: '',
            sources: [{ id: 's', title: 'S', url: 'javascript:x' }, { id: 's', title: 'S' }],
            places: [{ code: 'x', name: 'Thôn\u200B', type: 'hamlet' }],
            models: [
              model({ name: 'Hµ TÜnh', place: '0', started: '2099', sources: ['nope'], status: 'x', outcomes: [{ metric: 'canal-built', value: 1, unit: 'ha' }] }),
              model(),
              model({ id: 'c', field: 7 }),
              model({ id: 'd', name: 'x'.repeat(3000) }),
              model({ id: 'e', outcomes: 'nhiều' }),
              model({ id: 'f', version: { major: 2 } }),
            ],
            statistics: [
              { subject: 'models', value: { value: 100, qualifier: 'more-than' }, place: '42', period: {}, source: 's' },
              { subject: 'models', field: 'economic', value: 40, place: '42', period: {}, source: 's' },
              { subject: 'models', field: 'party-building', value: 50, place: '42', period: {}, source: 's' },
            ],
          }),
        ),
      ),
    );
    expect(new Set(codes(issues))).toEqual(
      new Set([
        'missing_value',
        'invalid_value',
        'control_characters_removed',
        'legacy_encoding',
        'unsafe_url',
        'duplicate_id',
        'unknown_place',
        'unknown_source',
        'future_date',
        'impossible_unit',
        'invalid_type',
        'too_long',
        'inconsistent_total',
      ]),
    );
    for (const issue of issues) expectWellFormed(issue);
    const total = find(issues, 'inconsistent_total')[0]!;
    expect(total.message.vi).toBe('statistics[0]: Tổng hơn 100 không khớp với tổng các phần (90).');
    expect(total.message.en).toBe('statistics[0]: The total more than 100 does not agree with the sum of its parts (90).');
  });

  it('every issue code has a message in both languages that reads as that language, in the core maps or the CSV maps, never both', () => {
    const vis = { ...messagesVi.issues, ...messagesCsvVi };
    const ens = { ...messagesEn.issues, ...messagesCsvEn };
    for (const [core, csv] of [[messagesVi.issues, messagesCsvVi], [messagesEn.issues, messagesCsvEn]] as const) {
      expect(Object.keys(core).filter((code) => code in csv)).toEqual([]);
      expect(Object.keys({ ...core, ...csv }).sort()).toEqual([...ISSUE_CODES].sort());
    }
    const params = { value: 'Hà Tĩnh', key: 'title', expected: 'number', max: 32, length: 3000, encoding: 'TCVN3', detail: 'x', metric: 'canal-built', unit: 'household', total: 100, totalQualifier: 'more-than', sum: 90, sumQualifier: 'exact', count: 3, date: '2025-07-01', to: 'xã Can Lộc', candidates: '447, 449' };
    for (const code of ISSUE_CODES) {
      const vi = vis[code](params);
      const en = ens[code](params);
      expect(vi, code).toMatch(VIETNAMESE);
      expect(en, code).not.toBe(vi);
      for (const text of [vi, en]) {
        expect(text, code).not.toMatch(/undefined|\[object Object\]|NaN/);
        expect(text.length, code).toBeGreaterThan(10);
      }
    }
  });
});

describe('setMessages(lang, overrides)', () => {
  afterEach(() => {
    setMessages('en', { issues: messagesEn.issues, cell: messagesEn.cell });
    setMessages('vi', { issues: messagesVi.issues, cell: messagesVi.cell });
  });

  it('setMessages(lang, { issues }) replaces one message in one language; later issues use it', () => {
    setMessages('en', { issues: { unknown_place: (p) => `We do not know “${p.value}”.` } });
    const { issues } = check(dataset({ models: [model({ place: '99999', status: 'foo' })] }));
    const unknown = find(issues, 'unknown_place')[0]!;
    expect(unknown.message.en).toBe('models[0].place: We do not know “99999”.');
    expect(unknown.message.vi).toBe('models[0].place: Không tìm thấy địa bàn “99999” trong danh mục đơn vị hành chính.');
    // The other messages keep their wording.
    expect(find(issues, 'invalid_value')[0]!.message.en).toMatch(/^models\[0\]\.status: “foo” is not allowed/);
  });

  it('setMessages(lang, { cell }) rewords where a CSV issue is', () => {
    setMessages('vi', { cell: (row, column) => `Hàng ${row}/cột ${column}` });
    const { issues } = validate(dataset({ models: [model({ place: '99999' })] }));
    expect(issues[0]!.message.vi).toMatch(/^models\[0\]\.place: /); // JSON paths are untouched
  });
});

describe('validate(input) never throws', () => {
  const anything = fc.anything({
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'a', 'id', 'value', 'models', 'sources'),
    maxDepth: 4,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withUnicodeString: true,
  });
  const special = fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    '',
    'javascript:alert(1)',
    'Hµ TÜnh',
    'Haø Tónh',
    'Đường\u202E hoa',
    'Ha\u0300 Ti\u0303nh',
    '2099',
    '2023-02-30',
    '__proto__',
    '18415',
    'R1665-27',
    { value: 1, qualifier: 'more-than' },
    { value: Number.NaN },
    JSON.parse('{"__proto__":{"polluted":1}}'),
  );
  const value = fc.oneof(anything, special);

  function expectSafe(input: unknown): void {
    let text = '';
    try {
      text = JSON.stringify(input) ?? '';
    } catch {
      text = 'undefined'; // BigInt: the check on "undefined" in messages is skipped
    }
    const { data, issues } = validate(input, { today: TODAY });
    const problems = issues.flatMap((i) => problemsOf(i, text));
    if (({} as Json).polluted !== undefined) problems.push('Object.prototype polluted');
    if (!data) {
      if (!issues.some((i) => i.severity === 'error')) problems.push('no data, yet no error');
    } else {
      // What validate keeps passes the schemas it checks against.
      const bad = (schema: { safeParse(x: unknown): { success: boolean } }, list: readonly unknown[] | undefined, name: string) => {
        for (const x of list ?? []) if (!schema.safeParse(x).success) problems.push(`${name} fails its schema: ${JSON.stringify(x)}`);
      };
      bad(sourceSchema, data.sources, 'source');
      bad(placeSchema, data.places, 'place');
      bad(modelSchema, data.models, 'model');
      bad(statisticSchema, data.statistics, 'statistic');
      const ids = (data.models ?? []).map((m) => m.id);
      if (new Set(ids).size !== ids.length) problems.push('duplicate model ids kept');
    }
    expect(problems).toEqual([]);
  }

  it('validate(anything) never throws, and every issue is well formed', { timeout: 60_000 }, () => {
    fc.assert(fc.property(value, expectSafe), { numRuns: 1000 });
  });

  it('validate(text) never throws on arbitrary strings', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json().map((j) => j.slice(0, -1))), (text) => {
        const { issues } = validate(text, { today: TODAY });
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expectWellFormed(issue, text);
      }),
      { numRuns: 1000 },
    );
  });

  it('validate(dataset-shaped input) never throws and keeps only schema-valid records', { timeout: 60_000 }, () => {
    const record = fc.dictionary(
      fc.constantFrom('id', 'name', 'field', 'place', 'host', 'level', 'started', 'status', 'outcomes', 'sources', 'subject', 'value', 'unit', 'period', 'source', 'title', 'url', 'code', 'type', 'parent', '__proto__'),
      fc.oneof(value, fc.constantFrom<unknown>('economic', 'km', 'household', 'canal-built', 'models', '42', 's', 'village', [{ metric: 'canal-built', value: 2, unit: 'household' }])),
      { maxKeys: 8 },
    );
    const shaped = fc.record(
      {
        version: fc.oneof(fc.constant(1), value),
        title: fc.oneof(fc.constant('t'), value),
        language: fc.constantFrom<unknown>('vi', 'en', 'fr', 1),
        license: fc.oneof(fc.constant('CC0-1.0'), value),
        updated: fc.constantFrom<unknown>('2025', '2025-13', 7),
        sources: fc.oneof(fc.array(record, { maxLength: 4 }), value),
        places: fc.array(record, { maxLength: 3 }),
        models: fc.oneof(fc.array(record, { maxLength: 6 }), value),
        statistics: fc.array(record, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(shaped, expectSafe), { numRuns: 1000 });
  });

  it('validate(mutated ha-tinh.json) never throws and keeps only schema-valid records', { timeout: 60_000 }, () => {
    /** Every path in a JSON tree, parents before children. */
    const pathsOf = (root: unknown): (string | number)[][] => {
      const out: (string | number)[][] = [[]];
      const stack: [unknown, (string | number)[]][] = [[root, []]];
      while (stack.length) {
        const [node, path] = stack.pop()!;
        if (typeof node !== 'object' || node === null) continue;
        for (const [k, v] of Object.entries(node)) {
          const p = [...path, Array.isArray(node) && /^\d+$/.test(k) ? Number(k) : k];
          out.push(p);
          stack.push([v, p]);
        }
      }
      return out;
    };
    const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 3 }), special);
    const mutation = fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'duplicate', 'poison'), jsonish);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const copy = structuredClone(haTinh) as unknown;
        for (const [n, op, v] of mutations) {
          const paths = pathsOf(copy).filter((p) => p.length > 0);
          if (paths.length === 0) break;
          const path = paths[n % paths.length]!;
          let parent = copy as Record<string | number, unknown>;
          for (const k of path.slice(0, -1)) parent = Object.getOwnPropertyDescriptor(parent, k)?.value as Record<string | number, unknown>;
          const key = path.at(-1)!;
          if (op === 'replace') parent[key] = v;
          else if (op === 'delete') {
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete parent[key];
          } else if (op === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[key]));
          else if (op === 'poison' && typeof parent[key] === 'object' && parent[key] !== null) {
            Object.defineProperty(parent[key], '__proto__', { value: { polluted: 1 }, enumerable: true, configurable: true, writable: true });
          }
        }
        expectSafe(copy);
        let text: string | undefined;
        try {
          text = JSON.stringify(copy);
        } catch {
          text = undefined; // BigInt values cannot be written as JSON; the object itself was checked
        }
        if (text !== undefined) expectSafe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fetchDataset(url) refuses URLs that are not http(s), however disguised', () => {
  for (const url of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'java\u200Bscript:alert(1)', 'data:application/json,{}', 'vbscript:x', 'file:///etc/passwd']) {
    it(`fetchDataset(${JSON.stringify(url)}) rejects with unsafe_url`, async () => {
      const { fetchDataset, parseDataset } = await import('@danvan/core');
      await expect(fetchDataset(url, {}, { json: parseDataset })).rejects.toMatchObject({ code: 'unsafe_url' });
    });
  }
});
