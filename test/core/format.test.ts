import { describe, expect, it } from 'vitest';
import haTinhJson from '@danvan/core/data/ha-tinh.json';
import fixtureJson from '../fixtures/core/models.json';
import {
  DIMENSIONS,
  FIELDS,
  HOSTS,
  LANGS,
  LEVELS,
  METRICS,
  PLACE_TYPES,
  QUALIFIERS,
  STATUSES,
  UNITS,
  formatNumber,
  formatPartialDate,
  formatPeriod,
  formatReported,
  formatSource,
  labelsFor,
  pickText,
  query,
  queryTitle,
  summarize,
  toInterval,
  validate,
  type Dataset,
  type QueryResult,
} from '@danvan/core';

const haTinh = validate(haTinhJson).data as Dataset;
const fixture = validate(fixtureJson, { today: '2026-01-01' }).data as Dataset;

describe('formatReported(value, lang)', () => {
  it('formatReported({ value, qualifier }, lang) writes every hedge in Vietnamese and English', () => {
    const vi = QUALIFIERS.map((qualifier) => formatReported({ value: 19300, qualifier }, 'vi'));
    const en = QUALIFIERS.map((qualifier) => formatReported({ value: 19300, qualifier }, 'en'));
    expect(Object.fromEntries(QUALIFIERS.map((q, i) => [q, [vi[i], en[i]]]))).toEqual({
      exact: ['19.300', '19,300'],
      about: ['khoảng 19.300', 'about 19,300'],
      'more-than': ['hơn 19.300', 'more than 19,300'],
      'at-least': ['ít nhất 19.300', 'at least 19,300'],
      nearly: ['gần 19.300', 'nearly 19,300'],
      'at-most': ['không quá 19.300', 'at most 19,300'],
      'less-than': ['dưới 19.300', 'less than 19,300'],
    });
  });

  it('formatReported(number, lang) writes a plain number as exact, and { value } without a qualifier too', () => {
    expect(formatReported(2200, 'vi')).toBe('2.200');
    expect(formatReported({ value: 2200 }, 'en')).toBe('2,200');
    expect(formatReported({ value: 8000, qualifier: 'nearly' }, 'vi')).toBe('gần 8.000');
  });

  it('formatReported(interval, lang) keeps the hedge of an interval', () => {
    expect(formatReported(toInterval({ value: 19300, qualifier: 'more-than' }), 'vi')).toBe('hơn 19.300');
    expect(formatReported(toInterval({ value: 1.2, qualifier: 'nearly' }), 'en', 'km')).toBe('nearly 1.2 km');
  });

  it('formatReported(value, lang, unit) writes units after the figure, with decimals in the reader’s way', () => {
    expect(formatReported(7.1, 'vi', 'km')).toBe('7,1 km');
    expect(formatReported(7.1, 'en', 'km')).toBe('7.1 km');
    expect(formatReported(916, 'vi', 'm')).toBe('916 m');
    expect(formatReported(2500, 'vi', 'm2')).toBe('2.500 m²');
    expect(formatReported(1.5, 'en', 'ha')).toBe('1.5 ha');
    expect(formatReported({ value: 1000, qualifier: 'more-than' }, 'vi', 'household')).toBe('hơn 1.000 hộ');
    expect(formatReported({ value: 1000, qualifier: 'more-than' }, 'en', 'household')).toBe('more than 1,000 households');
    expect(formatReported(50_000_000, 'vi', 'vnd')).toBe('50.000.000 đồng');
    expect(formatReported(50_000_000, 'en', 'vnd')).toBe('50,000,000 VND');
    expect(formatReported(1500, 'vi', 'working-day')).toBe('1.500 ngày công');
    expect(formatReported({ value: 19300, qualifier: 'more-than' }, 'vi', 'model')).toBe('hơn 19.300 mô hình');
    expect(formatReported(12, 'en', 'count')).toBe('12');
  });

  it('formatReported(1, "en", unit) writes the singular; other numbers and Vietnamese do not change the noun', () => {
    expect(formatReported(1, 'en', 'household')).toBe('1 household');
    expect(formatReported(2, 'en', 'household')).toBe('2 households');
    expect(formatReported(0, 'en', 'household')).toBe('0 households');
    expect(formatReported(1.5, 'en', 'household')).toBe('1.5 households');
    expect(formatReported(1, 'en', 'person')).toBe('1 person');
    expect(formatReported(3, 'en', 'person')).toBe('3 people');
    expect(formatReported(1, 'en', 'model')).toBe('1 model');
    expect(formatReported(1, 'en', 'working-day')).toBe('1 working day');
    expect(formatReported(1, 'vi', 'household')).toBe('1 hộ');
    expect(formatReported(2, 'vi', 'household')).toBe('2 hộ');
    expect(formatReported({ value: 1, qualifier: 'more-than' }, 'en', 'household')).toBe('more than 1 household');
  });

  it('formatReported(-0, lang) writes 0, never "-0"', () => {
    expect(formatReported(-0, 'vi')).toBe('0');
    expect(formatReported(-0, 'en', 'household')).toBe('0 households');
    expect(formatReported({ value: -0, qualifier: 'more-than' }, 'en')).toBe('more than 0');
    expect(formatNumber(-0, 'vi', { compact: 'long' })).toBe('0');
  });

  it('formatReported(value, lang) writes large and negative numbers in full, and non-finite ones as "–"', () => {
    expect(formatReported(1_234_567_890_123, 'vi')).toBe('1.234.567.890.123');
    expect(formatReported(1_234_567_890_123, 'en')).toBe('1,234,567,890,123');
    expect(formatReported(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatReported(Number.MAX_SAFE_INTEGER, 'vi')).toBe('9.007.199.254.740.991');
    expect(formatReported(-3.5, 'vi', 'km')).toBe('-3,5 km');
    expect(formatReported(Number.NaN, 'vi')).toBe('–');
    expect(formatReported(Number.POSITIVE_INFINITY, 'en')).toBe('–');
  });

  it('formatReported(value, lang, unit, { maximumFractionDigits }) rounds to two decimals unless told', () => {
    expect(formatReported(7.123, 'vi')).toBe('7,12');
    expect(formatReported(7.123, 'vi', 'km', { maximumFractionDigits: 3 })).toBe('7,123 km');
    expect(formatReported(8.016, 'en', 'km', { maximumFractionDigits: 0 })).toBe('8 km');
    expect(formatReported(0.5, 'vi')).toBe('0,5');
  });
});

describe('formatNumber(value, lang, { compact })', () => {
  it('formatNumber(value, lang, { compact: "long" }) writes nghìn, triệu, tỷ and thousand, million, billion', () => {
    expect(formatNumber(19_300, 'vi', { compact: 'long' })).toBe('19,3 nghìn');
    expect(formatNumber(1_200_000, 'vi', { compact: 'long' })).toBe('1,2 triệu');
    expect(formatNumber(1_200_000_000, 'vi', { compact: 'long' })).toBe('1,2 tỷ');
    expect(formatNumber(19_300, 'en', { compact: 'long' })).toBe('19.3 thousand');
    expect(formatNumber(1_200_000, 'en', { compact: 'long' })).toBe('1.2 million');
    expect(formatNumber(1_200_000_000, 'en', { compact: 'long' })).toBe('1.2 billion');
    expect(formatNumber(950, 'vi', { compact: 'long' })).toBe('950');
  });

  it('formatNumber(value, lang) writes every digit, grouped the reader’s way', () => {
    expect(formatNumber(19_300, 'vi')).toBe('19.300');
    expect(formatNumber(19_300, 'en')).toBe('19,300');
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('formatReported(value, lang, unit, { compact }) keeps the hedge and unit around a compact number', () => {
    expect(formatReported({ value: 19_300, qualifier: 'more-than' }, 'vi', 'model', { compact: 'long' })).toBe('hơn 19,3 nghìn mô hình');
    expect(formatReported({ value: 1_200_000, qualifier: 'nearly' }, 'en', undefined, { compact: 'long' })).toBe('nearly 1.2 million');
  });
});

describe('formatPartialDate(date, lang) and formatPeriod(period, lang)', () => {
  it('formatPartialDate(date, lang) says no more than the date knows', () => {
    expect(formatPartialDate('2021', 'vi')).toBe('2021');
    expect(formatPartialDate('2021-03', 'vi')).toBe('tháng 3/2021');
    expect(formatPartialDate('2021-03-15', 'vi')).toBe('15/3/2021');
    expect(formatPartialDate('2021', 'en')).toBe('2021');
    expect(formatPartialDate('2021-03', 'en')).toBe('March 2021');
    expect(formatPartialDate('2021-03-15', 'en')).toBe('15 March 2021');
    expect(formatPartialDate('2023-12-01', 'en')).toBe('1 December 2023');
  });

  it('formatPartialDate(text, lang) returns text that is not a partial date as it is', () => {
    expect(formatPartialDate('2023-02-30', 'vi')).toBe('2023-02-30');
    expect(formatPartialDate('sometime', 'en')).toBe('sometime');
  });

  it('formatPeriod(period, lang) writes spans, open ends and single dates', () => {
    expect(formatPeriod({ from: '2013', to: '2023' }, 'vi')).toBe('2013–2023');
    expect(formatPeriod({ from: '2013', to: '2023' }, 'en')).toBe('2013–2023');
    expect(formatPeriod({ from: '2013' }, 'vi')).toBe('từ 2013');
    expect(formatPeriod({ from: '2013' }, 'en')).toBe('since 2013');
    expect(formatPeriod({ to: '2023' }, 'vi')).toBe('đến 2023');
    expect(formatPeriod({ to: '2023' }, 'en')).toBe('to 2023');
    expect(formatPeriod({ from: '2023', to: '2023' }, 'en')).toBe('2023');
    expect(formatPeriod({ from: '2023-01', to: '2023-09' }, 'vi')).toBe('tháng 1/2023–tháng 9/2023');
    expect(formatPeriod({ from: '2023-01', to: '2023-09' }, 'en')).toBe('January 2023–September 2023');
    expect(formatPeriod({}, 'en')).toBe('');
  });
});

describe('labelsFor(lang)', () => {
  const vocabularies = {
    field: FIELDS,
    fieldShort: FIELDS,
    status: STATUSES,
    host: HOSTS,
    level: LEVELS,
    metric: METRICS,
    placeType: PLACE_TYPES,
    dimension: DIMENSIONS,
  } as const;

  it('labelsFor(lang) labels every value of every vocabulary in both languages', () => {
    for (const lang of LANGS) {
      const labels = labelsFor(lang);
      for (const [table, values] of Object.entries(vocabularies)) {
        const map = labels[table as keyof typeof vocabularies] as Readonly<Record<string, string>>;
        expect(Object.keys(map).sort(), `${lang} ${table}`).toEqual([...values].sort());
        for (const v of values) expect(map[v]?.trim(), `${lang} ${table}.${v}`).toBeTruthy();
      }
      expect(labels.models).toBeTruthy();
    }
  });

  it('labelsFor(lang) labels units and hedges, leaving only a plain count and an exact figure bare', () => {
    for (const lang of LANGS) {
      const labels = labelsFor(lang);
      expect(Object.keys(labels.unit).sort()).toEqual([...UNITS].sort());
      expect(Object.keys(labels.unitOne).sort()).toEqual([...UNITS].sort());
      expect(Object.keys(labels.qualifier).sort()).toEqual([...QUALIFIERS].sort());
      for (const u of UNITS) {
        expect(Boolean(labels.unit[u]), `${lang} unit.${u}`).toBe(u !== 'count');
        expect(Boolean(labels.unitOne[u]), `${lang} unitOne.${u}`).toBe(u !== 'count');
      }
      for (const q of QUALIFIERS) expect(Boolean(labels.qualifier[q]), `${lang} qualifier.${q}`).toBe(q !== 'exact');
    }
  });

  it('labelsFor(lang) gives distinct labels within a vocabulary, so a legend never shows two alike', () => {
    for (const lang of LANGS) {
      const labels = labelsFor(lang);
      for (const table of Object.keys(vocabularies) as (keyof typeof vocabularies)[]) {
        const texts = Object.values(labels[table] as Readonly<Record<string, string>>);
        expect(new Set(texts).size, `${lang} ${table}`).toBe(texts.length);
      }
    }
  });

  it('labelsFor("vi") is NFC and Vietnamese; labelsFor("en") is not Vietnamese', () => {
    const texts = (lang: 'vi' | 'en') => {
      const l = labelsFor(lang);
      return [l.field, l.fieldShort, l.status, l.host, l.level, l.metric, l.placeType, l.dimension, l.unit, l.unitOne, l.qualifier].flatMap((m) =>
        Object.values(m as Readonly<Record<string, string>>),
      );
    };
    for (const t of texts('vi')) expect(t, t).toBe(t.normalize('NFC'));
    expect(labelsFor('vi').field).toEqual({
      economic: 'Kinh tế',
      'culture-society': 'Văn hóa - xã hội',
      'defense-security': 'Quốc phòng - an ninh',
      'party-building': 'Xây dựng Đảng, hệ thống chính trị',
    });
    expect(labelsFor('vi').fieldShort).toEqual({ economic: 'KT', 'culture-society': 'VH-XH', 'defense-security': 'QP-AN', 'party-building': 'XDĐ' });
    const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
    expect(texts('en').filter((t) => vietnamese.test(t))).toEqual([]);
    expect(Object.values(labelsFor('vi').metric).every((t) => vietnamese.test(t))).toBe(true);
  });
});

describe('summarize(result, lang)', () => {
  it('summarize(query(haTinh, { by: "field" }), lang) names the largest field and the total', () => {
    const r = query(haTinh, { by: 'field' });
    expect(summarize(r, 'vi')).toBe('Kinh tế có nhiều mô hình nhất: gần 8.000 trên tổng số hơn 19.300.');
    expect(summarize(r, 'en')).toBe('Economic has the most models: nearly 8,000 of more than 19,300.');
  });

  it('summarize(query(records, { by: "field" }), lang) counts records exactly', () => {
    const r = query(fixture, { by: 'field' });
    expect(summarize(r, 'vi')).toBe('Kinh tế có nhiều mô hình nhất: 14 trên tổng số 40.');
    expect(summarize(r, 'en')).toBe('Economic has the most models: 14 of 40.');
  });

  it('summarize(query(q with by: "year"), lang) says where the series starts and ends', () => {
    const r = query(fixture, { by: 'year', from: '2013', to: '2023' });
    expect(summarize(r, 'vi')).toBe('Từ 2013 đến 2023, số mô hình đi từ 4 lên 5.');
    expect(summarize(r, 'en')).toBe('From 2013 to 2023, models went from 4 to 5.');
    const cumulative = query(fixture, { by: 'year', from: '2013', to: '2023', cumulative: true });
    expect(summarize(cumulative, 'en')).toBe('From 2013 to 2023, models went from 4 to 39.');
  });

  it('summarize(result, lang, metric) names the metric and keeps its unit and hedge', () => {
    const r = query(fixture, { metric: 'road-length', by: 'district' });
    expect(r.unit).toBe('km');
    expect(summarize(r, 'vi', 'road-length')).toBe(
      'Huyện Can Lộc có nhiều chiều dài đường giao thông nhất: khoảng 10,22 km trên tổng số khoảng 10,72 km.',
    );
    expect(summarize(r, 'en', 'road-length')).toBe('Can Lộc district has the most road length: about 10.22 km of about 10.72 km.');
  });

  it('summarize(query(haTinh, { field }), lang) states a published total without grouping', () => {
    const r = query(haTinh, { field: 'economic' });
    expect(summarize(r, 'vi')).toBe('Tổng số: gần 8.000 mô hình.');
    expect(summarize(r, 'en')).toBe('Total: nearly 8,000 models.');
    const canals = query(haTinh, { metric: 'canal-built', place: '443' });
    expect(summarize(canals, 'en', 'canal-built')).toBe('Total: more than 7.1 km intra-field canals built.');
  });

  it('summarize(empty result, lang) says there is nothing to show', () => {
    const r: QueryResult = query(fixture, { by: 'field', host: 'police', field: 'economic' });
    expect(r.rows).toEqual([]);
    expect(summarize(r, 'vi')).toBe('Không có dữ liệu để hiển thị.');
    expect(summarize(r, 'en')).toBe('No data to show.');
  });
});

describe('queryTitle(q, result, lang, placeName)', () => {
  it('queryTitle(q, result, lang, placeName) says what is counted, by what, where and when', () => {
    const r = query(haTinh, { by: 'field' });
    expect(queryTitle({ by: 'field' }, r, 'vi', 'tỉnh Hà Tĩnh')).toBe('Số mô hình theo lĩnh vực, tỉnh Hà Tĩnh, 2013–2023');
    expect(queryTitle({ by: 'field' }, r, 'en', 'Hà Tĩnh province')).toBe('Models by field, Hà Tĩnh province, 2013–2023');
  });

  it('queryTitle(q, undefined, lang) takes the period from the query and names metrics', () => {
    expect(queryTitle({ metric: 'canal-built', by: 'year', from: '2020', to: '2023' }, undefined, 'vi')).toBe(
      'Kênh mương nội đồng xây mới theo năm, 2020–2023',
    );
    expect(queryTitle({ metric: 'road-length', by: 'commune', from: '2021' }, undefined, 'en', 'Can Lộc district')).toBe(
      'Road length by commune, Can Lộc district, since 2021',
    );
    expect(queryTitle({ by: 'host' }, undefined, 'vi')).toBe('Số mô hình theo đơn vị thực hiện');
    expect(queryTitle({}, undefined, 'en')).toBe('Models');
    expect(queryTitle({ metric: 'our-own-metric', by: 'level' }, undefined, 'en')).toBe('our-own-metric by recognition level');
  });

  it('queryTitle(q, result, lang) uses the result’s period, which published figures may narrow', () => {
    const r = query(haTinh, { metric: 'canal-built', place: '443' });
    expect(queryTitle({ metric: 'canal-built', place: '443' }, r, 'en', 'Can Lộc district')).toBe(
      'Intra-field canals built, Can Lộc district, January 2023–September 2023',
    );
  });
});

describe('formatSource(source, lang) and pickText(text, lang)', () => {
  it('formatSource(source, lang) writes author, “title”, publisher, date', () => {
    const source = {
      id: 'bc',
      title: { vi: 'Báo cáo sơ kết phong trào Dân vận khéo', en: 'Interim report on the Skilled Mass Mobilization movement' },
      author: 'Thu Hà',
      publisher: 'Ban Dân vận Tỉnh ủy Hà Tĩnh',
      date: '2023-09-30',
    };
    expect(formatSource(source, 'vi')).toBe('Thu Hà, “Báo cáo sơ kết phong trào Dân vận khéo”, Ban Dân vận Tỉnh ủy Hà Tĩnh, 30/9/2023');
    expect(formatSource(source, 'en')).toBe(
      'Thu Hà, “Interim report on the Skilled Mass Mobilization movement”, Ban Dân vận Tỉnh ủy Hà Tĩnh, 30 September 2023',
    );
  });

  it('formatSource(source, lang) keeps a title in its own language when there is no translation, and skips what is missing', () => {
    expect(formatSource({ id: 's', title: 'Dân vận khéo ở Hà Tĩnh', author: 'Thu Hà', date: '2023' }, 'en')).toBe('Thu Hà, “Dân vận khéo ở Hà Tĩnh”, 2023');
    expect(formatSource({ id: 's', title: { vi: 'Báo cáo' }, date: '2023-09' }, 'en')).toBe('“Báo cáo”, September 2023');
    expect(formatSource({ id: 's', title: { en: 'Report' } }, 'vi')).toBe('“Report”');
  });

  it('formatSource(haTinh.sources[0], lang) cites the seed article', () => {
    expect(formatSource(haTinh.sources[0]!, 'vi')).toBe(
      'Thu Hà, “Actively building and replicating the model of “Skilled Mass Mobilization” in various fields”, 2023',
    );
  });

  it('pickText(text, lang) picks the reader’s language and falls back to the other', () => {
    expect(pickText({ vi: 'Kinh tế', en: 'Economic' }, 'en')).toBe('Economic');
    expect(pickText({ vi: 'Kinh tế', en: 'Economic' }, 'vi')).toBe('Kinh tế');
    expect(pickText({ vi: 'Kinh tế' }, 'en')).toBe('Kinh tế');
    expect(pickText({ en: 'Economic' }, 'vi')).toBe('Economic');
    expect(pickText('Hà Tĩnh', 'en')).toBe('Hà Tĩnh');
    expect(pickText(undefined, 'vi')).toBe('');
  });
});
