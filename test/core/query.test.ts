import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import haTinhJson from '@danvan/core/data/ha-tinh.json';
import fixtureJson from '../fixtures/core/models.json';
import { DIMENSIONS, exactInterval, formatReported, gazetteer, query, validate, type Dataset, type QueryResult, type ResultRow } from '@danvan/core';
import { finishRows } from '../../packages/core/src/query/finish-rows.js';

const TODAY = '2026-01-01';
const haTinh = validate(haTinhJson).data as Dataset;
/** Forty hand-made models across fields, districts 436-449 and their 2020-2024 communes, started 2013-2023. */
const fixture = validate(fixtureJson, { today: TODAY }).data as Dataset;

describe('query(dataset, q) on published statistics', () => {
  it("query(haTinh, { by: 'field' }) gives the four fields and the total as published", () => {
    const r = query(haTinh, { by: 'field' });
    expect(r.basis).toBe('statistics');
    expect(r.rows.map((row) => row.key)).toEqual(['economic', 'culture-society', 'defense-security', 'party-building']);
    expect(r.rows.map((row) => formatReported(row.value, 'vi'))).toEqual(['gần 8.000', 'hơn 5.800', 'hơn 3.300', '2.200']);
    expect(r.rows.map((row) => formatReported(row.value, 'en'))).toEqual(['nearly 8,000', 'more than 5,800', 'more than 3,300', '2,200']);
    expect(formatReported(r.total!, 'vi')).toBe('hơn 19.300');
    expect(r.reconciliation?.consistent).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.sources.map((s) => s.id)).toEqual(['seed-article']);
    expect(r.period).toEqual({ from: '2013', to: '2023' });
    expect(r.place).toBe('42');
    expect(r.rows[0]!.share).toBeCloseTo(8000 / 19300, 5);
  });

  it("query(haTinh, { by: 'field', sort: 'value', limit: 2 }) keeps shares of the whole", () => {
    const r = query(haTinh, { by: 'field', sort: 'value', limit: 2 });
    expect(r.rows.map((row) => row.key)).toEqual(['economic', 'culture-society']);
    expect(r.rows[1]!.share).toBeCloseTo(5800 / 19300, 5);
  });

  it("query(haTinh, { field: 'economic' }) answers one published figure", () => {
    const r = query(haTinh, { field: 'economic' });
    expect(r.basis).toBe('statistics');
    expect(formatReported(r.total!, 'en')).toBe('nearly 8,000');
  });

  it("query(haTinh, { metric: 'canal-built', place: '443' }) keeps the unit and hedge", () => {
    const r = query(haTinh, { metric: 'canal-built', place: '443' });
    expect(formatReported(r.total!, 'vi', r.unit)).toBe('hơn 7,1 km');
    expect(r.period).toEqual({ from: '2023-01', to: '2023-09' });
  });
});

describe('query(haTinh, q) without by', () => {
  it('query(haTinh, {}) answers one row, the published total, as records do', () => {
    const r = query(haTinh, {});
    expect(r.basis).toBe('statistics');
    expect(r.rows.map((row) => [row.key, row.label.vi, row.label.en, formatReported(row.value, 'vi'), row.share])).toEqual([
      ['total', 'Tổng số', 'Total', 'hơn 19.300', 1],
    ]);
    expect(formatReported(r.total!, 'en')).toBe('more than 19,300');
  });
});

describe('query(dataset, q) on records: test/fixtures/core/models.json', () => {
  const rows = (r: QueryResult) => r.rows.map((row) => [row.key, row.value.value]);
  const values = (r: QueryResult) => Object.fromEntries(r.rows.map((row) => [row.key, row.value.value]));

  it('validate(fixture) keeps all 40 models without an issue', () => {
    const { data, issues } = validate(fixtureJson, { today: TODAY });
    expect(issues).toEqual([]);
    expect(data?.models).toHaveLength(40);
  });

  it("query(fixture, { by: 'field' }) counts 14, 11, 8 and 7 models, exactly, with shares of 40", () => {
    const r = query(fixture, { by: 'field' });
    expect(r.basis).toBe('records');
    expect(r.unit).toBe('model');
    expect(rows(r)).toEqual([
      ['economic', 14],
      ['culture-society', 11],
      ['defense-security', 8],
      ['party-building', 7],
    ]);
    expect(r.rows.every((row) => row.value.qualifier === 'exact')).toBe(true);
    expect(r.rows.map((row) => row.share)).toEqual([14 / 40, 11 / 40, 8 / 40, 7 / 40]);
    expect(r.total).toEqual(exactInterval(40));
    expect(r.sources.map((s) => s.id)).toEqual(['fixture-core']);
    expect(r.warnings).toEqual([]);
    expect(r.rows[0]!.label).toEqual({ vi: 'Kinh tế', en: 'Economic' });
  });

  it("query(fixture, { by: 'year' }) counts models by the year they started, the undated one last", () => {
    const r = query(fixture, { by: 'year' });
    expect(rows(r)).toEqual([
      ['2013', 4],
      ['2014', 3],
      ['2015', 3],
      ['2016', 3],
      ['2017', 3],
      ['2018', 4],
      ['2019', 3],
      ['2020', 3],
      ['2021', 4],
      ['2022', 4],
      ['2023', 5],
      ['unknown', 1],
    ]);
    expect(r.rows.at(-1)!.label).toEqual({ vi: 'Không rõ', en: 'Unknown' });
  });

  it("query(fixture, { by: 'district' }) counts models in each district, in Vietnamese alphabetical order", () => {
    const r = query(fixture, { by: 'district' });
    expect(r.rows.map((row) => [row.label.vi, row.value.value])).toEqual([
      ['huyện Can Lộc', 9],
      ['huyện Cẩm Xuyên', 3],
      ['huyện Đức Thọ', 3],
      ['huyện Hương Khê', 2],
      ['huyện Hương Sơn', 2],
      ['huyện Kỳ Anh', 2],
      ['huyện Lộc Hà', 2],
      ['huyện Nghi Xuân', 3],
      ['huyện Thạch Hà', 3],
      ['huyện Vũ Quang', 1],
      ['thành phố Hà Tĩnh', 4],
      ['thị xã Hồng Lĩnh', 2],
      ['thị xã Kỳ Anh', 3],
      ['Không rõ', 1], // the province-wide model
    ]);
    expect(r.rows.map((row) => row.key)).toEqual(['443', '446', '440', '444', '439', '447', '448', '442', '445', '441', '436', '437', '449', 'unknown']);
    expect(r.rows[0]!.label.en).toBe('Can Lộc district');
  });

  it("query(fixture, { by: 'district' }) places a model of 2013 in a commune the gazetteer lists from 2020 in its district", () => {
    const early = { ...fixture, models: fixture.models!.filter((m) => m.id === 'm01' || m.id === 'm29') }; // 2013, Thiên Lộc and Phố Châu
    expect(values(query(early, { by: 'district' }))).toEqual({ '443': 1, '439': 1 });
    expect(values(query(early, { by: 'commune' }))).toEqual({ '18415': 1, '18133': 1 });
    expect(query(early, { place: '443' }).total?.value).toBe(1);
  });

  it("query(fixture, { by: 'commune' }) counts 33 communes and the 2 models placed above a commune", () => {
    const r = query(fixture, { by: 'commune' });
    expect(r.rows).toHaveLength(34);
    const v = values(r);
    expect([v['18415'], v['18082'], v['18796'], v.unknown]).toEqual([4, 2, 2, 2]);
    expect(r.rows.filter((row) => row.value.value === 1)).toHaveLength(30);
    expect(r.rows.find((row) => row.key === '18415')!.label).toEqual({ vi: 'xã Thiên Lộc', en: 'Thiên Lộc commune' });
    expect(r.rows.at(-1)!.key).toBe('unknown');
  });

  it("query(fixture, { by: 'place' }) groups by the province’s children, and the province itself", () => {
    const v = values(query(fixture, { by: 'place' }));
    expect(v).toEqual({ '436': 4, '437': 2, '439': 2, '440': 3, '441': 1, '442': 3, '443': 9, '444': 2, '445': 3, '446': 3, '447': 2, '448': 2, '449': 3, '42': 1 });
    expect(values(query(fixture, { by: 'place', place: '443' }))).toEqual({ '18406': 1, '18415': 4, '18427': 1, '18484': 1, '18490': 1, '443': 1 });
  });

  it("query(fixture, { by: 'status' | 'host' | 'level' }) counts each in the vocabulary's order", () => {
    expect(rows(query(fixture, { by: 'status' }))).toEqual([
      ['registered', 5],
      ['active', 13],
      ['commended', 7],
      ['replicated', 12],
      ['discontinued', 3],
    ]);
    expect(rows(query(fixture, { by: 'host' }))).toEqual([
      ['party-committee', 8],
      ['government', 3],
      ['fatherland-front', 2],
      ['womens-union', 5],
      ['youth-union', 4],
      ['farmers-union', 8],
      ['veterans-association', 2],
      ['police', 5],
      ['military', 2],
      ['other', 1],
    ]);
    expect(rows(query(fixture, { by: 'level' }))).toEqual([
      ['commune', 20],
      ['district', 12],
      ['province', 7],
      ['central', 1],
    ]);
    expect(query(fixture, { by: 'host' }).rows[3]!.label).toEqual({ vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union" });
  });

  it('query(fixture, { field: [...] }) keeps the listed fields only', () => {
    const r = query(fixture, { by: 'district', field: ['economic', 'party-building'] });
    expect(r.total?.value).toBe(21);
    expect(values(r)).toEqual({ '443': 7, '446': 1, '440': 2, '444': 1, '439': 1, '447': 1, '448': 1, '442': 1, '445': 2, '436': 1, '437': 1, '449': 1, unknown: 1 });
    expect(query(fixture, { field: 'defense-security' }).total?.value).toBe(8);
  });

  it('query(fixture, { place: district }) includes the district’s communes and the district itself', () => {
    const r = query(fixture, { place: '443', by: 'commune' });
    expect(r.total?.value).toBe(9);
    expect(rows(r)).toEqual([
      ['18484', 1],
      ['18406', 1],
      ['18490', 1],
      ['18415', 4],
      ['18427', 1],
      ['unknown', 1], // the model of huyện Can Lộc itself
    ]);
    expect(r.place).toBe('443');
    expect(query(fixture, { place: '18415' }).total?.value).toBe(4);
    expect(query(fixture, { place: '42' }).total?.value).toBe(40);
  });

  it('query(fixture, { from, to }) keeps models started in the period, and says how many had no date', () => {
    const r = query(fixture, { by: 'year', from: '2020', to: '2022' });
    expect(rows(r)).toEqual([
      ['2020', 3],
      ['2021', 4],
      ['2022', 4],
    ]);
    expect(r.total?.value).toBe(11);
    expect(r.period).toEqual({ from: '2020', to: '2022' });
    expect(r.warnings.map((w) => [w.code, w.params.count])).toEqual([['undated_records', 1]]);
    expect(r.warnings[0]!.message.vi).toBe('1 mô hình không ghi năm bắt đầu nên không được tính theo thời gian.');
    // A month and a day are periods too: "2021-03-15" is in March 2021, "2021" overlaps it.
    expect(query(fixture, { from: '2021-03', to: '2021-03' }).total?.value).toBe(4);
    expect(query(fixture, { from: '2023-06' }).total?.value).toBe(4);
  });

  it('query(fixture, { level | status | host }) filters on each', () => {
    expect(values(query(fixture, { by: 'district', level: 'province' }))).toEqual({ '443': 1, '439': 1, '442': 2, '436': 2, '437': 1 });
    expect(rows(query(fixture, { by: 'field', status: 'replicated' }))).toEqual([
      ['economic', 4],
      ['culture-society', 3],
      ['defense-security', 2],
      ['party-building', 3],
    ]);
    expect(query(fixture, { host: 'police' }).total?.value).toBe(5);
    expect(query(fixture, { host: 'police', status: 'active', level: 'commune' }).total?.value).toBe(1);
  });

  it('query(fixture, { by: "year", cumulative: true }) gives running totals and no total', () => {
    const r = query(fixture, { by: 'year', from: '2013', to: '2023', cumulative: true });
    expect(r.rows.map((row) => row.value.value)).toEqual([4, 7, 10, 13, 16, 20, 23, 26, 30, 34, 39]);
    expect(r.total).toBeUndefined();
    expect(r.rows.every((row) => row.share === undefined)).toBe(true);
  });

  it('query(fixture, { sort: "value", limit }) keeps the largest rows with their shares of the whole', () => {
    const r = query(fixture, { by: 'district', sort: 'value', limit: 3 });
    expect(rows(r)).toEqual([
      ['443', 9],
      ['436', 4],
      ['446', 3], // ties keep the natural order: Cẩm Xuyên comes first of the districts with 3
    ]);
    expect(r.rows.map((row) => row.share)).toEqual([9 / 40, 4 / 40, 3 / 40]);
    expect(r.total?.value).toBe(40);
    const asc = query(fixture, { by: 'field', sort: 'value', order: 'asc' });
    expect(asc.rows.map((row) => row.key)).toEqual(['party-building', 'defense-security', 'culture-society', 'economic']);
    expect(query(fixture, { by: 'field', limit: 0 }).rows).toEqual([]);
  });

  it('query(fixture, { sort: "label", order }) sorts by the Vietnamese label', () => {
    const asc = query(fixture, { by: 'status', sort: 'label' }).rows.map((row) => row.label.vi);
    expect(asc).toEqual(['Dừng thực hiện', 'Đang triển khai', 'Đăng ký', 'Được khen thưởng', 'Được nhân rộng']);
    const desc = query(fixture, { by: 'status', sort: 'label', order: 'desc' }).rows.map((row) => row.label.vi);
    expect(desc).toEqual([...asc].reverse());
  });

  it('query(fixture, { by: "district", series: "field" }) splits each row by field; the parts add up to the row', () => {
    const r = query(fixture, { by: 'district', series: 'field' });
    for (const row of r.rows) {
      expect(row.parts!.reduce((a, p) => a + p.value.value, 0), row.key).toBe(row.value.value);
      expect(row.parts!.reduce((a, p) => a + p.share!, 0)).toBeCloseTo(1, 12);
    }
    const canLoc = r.rows.find((row) => row.key === '443')!;
    expect(canLoc.parts!.map((p) => [p.key, p.value.value])).toEqual([
      ['economic', 5],
      ['culture-society', 1],
      ['defense-security', 1],
      ['party-building', 2],
    ]);
    expect(canLoc.parts![0]!.label).toEqual({ vi: 'Kinh tế', en: 'Economic' });
  });

  it('query(fixture, { metric: "road-length" }) adds 916 m to 7.1 km in km, carrying the hedge', () => {
    const thienLoc = query(fixture, { metric: 'road-length', place: '18415' });
    expect(thienLoc.basis).toBe('records');
    expect(thienLoc.unit).toBe('km');
    expect(thienLoc.total!.qualifier).toBe('more-than'); // "more than 7.1 km" + 916 m + 1 km
    expect(thienLoc.total!.value).toBeCloseTo(9.016, 12);
    expect(thienLoc.total!.high).toBe(Infinity);
    expect(formatReported(thienLoc.total!, 'vi', thienLoc.unit, { maximumFractionDigits: 3 })).toBe('hơn 9,016 km');
    expect(formatReported(thienLoc.total!, 'en', thienLoc.unit, { maximumFractionDigits: 3 })).toBe('more than 9.016 km');

    const province = query(fixture, { metric: 'road-length' });
    expect(province.total!.qualifier).toBe('about'); // "more than" and "nearly" together
    expect(province.total!.value).toBeCloseTo(10.716, 12);
    expect(formatReported(province.total!, 'vi', province.unit)).toBe('khoảng 10,72 km');
  });

  it('query(fixture, { metric, by }) groups only the records that report the metric: no "0 km" rows', () => {
    const r = query(fixture, { metric: 'road-length', by: 'district' });
    expect(r.rows.map((row) => [row.key, formatReported(row.value, 'en', r.unit)])).toEqual([
      ['443', 'about 10.22 km'],
      ['445', '0.5 km'],
    ]);
    const canals = query(fixture, { metric: 'canal-built', by: 'commune' });
    expect(canals.rows.map((row) => [row.label.vi, formatReported(row.value, 'vi', canals.unit)])).toEqual([
      ['xã Thạch Thắng', 'khoảng 3 km'],
      ['xã Thiên Lộc', '2,4 km'], // 2 km + 400 m
    ]);
    const none = query(fixture, { metric: 'funds-mobilized', by: 'district' });
    expect(none.rows).toEqual([]);
    expect(none.basis).toBe('none');
    expect(none.warnings.map((w) => w.code)).toEqual(['no_data']);
  });

  it("query(dataset, q) uses published statistics when they answer exactly (basis: 'statistics'), records otherwise", () => {
    const period = { from: '2013', to: '2023' };
    const published: Dataset = {
      ...fixture,
      statistics: [
        { subject: 'models', value: { value: 40, qualifier: 'at-least' }, place: '42', period, source: 'fixture-core' },
        { subject: 'models', field: 'economic', value: { value: 15, qualifier: 'nearly' }, place: '42', period, source: 'fixture-core' },
        { subject: 'models', field: 'culture-society', value: 11, place: '42', period, source: 'fixture-core' },
        { subject: 'models', field: 'defense-security', value: { value: 8, qualifier: 'more-than' }, place: '42', period, source: 'fixture-core' },
        { subject: 'models', field: 'party-building', value: 7, place: '42', period, source: 'fixture-core' },
      ],
    };
    const byField = query(published, { by: 'field' });
    expect(byField.basis).toBe('statistics');
    expect(byField.rows.map((row) => formatReported(row.value, 'vi'))).toEqual(['gần 15', '11', 'hơn 8', '7']);
    expect(formatReported(byField.total!, 'en')).toBe('at least 40');
    expect(byField.reconciliation?.consistent).toBe(true);
    expect(byField.period).toEqual(period);

    const byDistrict = query(published, { by: 'district' });
    expect(byDistrict.basis).toBe('records');
    expect(byDistrict.total).toEqual(exactInterval(40));
    expect(query(published, { place: '443' }).basis).toBe('records');
    expect(query(published, {}).basis).toBe('statistics');
  });

  it("query(fixture, { by: 'commune', at: '2025-08-01' }) maps pre-reform communes to the new ones and says so", () => {
    const r = query(fixture, { by: 'commune', at: '2025-08-01' });
    expect(r.total?.value).toBe(40);
    const v = values(r);
    expect(v['R1665-27']).toBe(6); // xã Can Lộc: Nghèn, Thiên Lộc (4) and Vượng Lộc
    expect(v['R1665-59']).toBe(4); // phường Thành Sen: Trần Phú, Bắc Hà and Đại Nài (2), which was split
    expect(v['R1665-62']).toBe(3); // phường Vũng Áng: Kỳ Long and Kỳ Lợi (2), which was split three ways
    expect(v['R1665-37']).toBe(2); // xã Đức Thọ: thị trấn Đức Thọ and Tùng Ảnh
    expect(v.unknown).toBe(3); // the province, the district of Can Lộc, and Phú Phong, whose successor is not known
    expect(r.rows).toHaveLength(26);
    expect(r.rows.every((row) => row.key === 'unknown' || row.key.startsWith('R1665-'))).toBe(true);
    expect(r.rows.find((row) => row.key === 'R1665-27')!.label).toEqual({ vi: 'xã Can Lộc', en: 'Can Lộc commune' });
    expect(r.warnings.map((w) => [w.code, w.params])).toEqual([
      ['mapped_across_reform', { count: 39, date: '2025-08-01' }],
      ['split_unit', { value: 'phường Đại Nài', to: 'phường Thành Sen' }],
      ['split_unit', { value: 'xã Kỳ Lợi', to: 'phường Vũng Áng' }],
    ]);
    expect(r.warnings[1]!.message.en).toBe(
      'The unit “phường Đại Nài” was split between several new units; its models were counted in “phường Thành Sen”.',
    );
    expect(r.warnings[0]!.message.vi).toBe('39 mô hình ở đơn vị hành chính cũ được tính vào đơn vị mới sau sắp xếp ngày 2025-08-01.');
    expect(gazetteer.crosswalk('18082').map((c) => c.share)).toEqual(['part', 'part']);
  });

  it("query(fixture, { place: 'R1665-27' }) includes records of Thiên Lộc (18415) dated 2023, and older ones", () => {
    const r = query(fixture, { place: 'R1665-27', by: 'year' });
    expect(r.total?.value).toBe(6);
    // Counted records: the years between with no record are 0, not gaps.
    expect(rows(r)).toEqual([
      ['2013', 1],
      ['2014', 0],
      ['2015', 0],
      ['2016', 1],
      ['2017', 0],
      ['2018', 0],
      ['2019', 0],
      ['2020', 1],
      ['2021', 1],
      ['2022', 1],
      ['2023', 1],
    ]);
    const inThienLoc2023 = query({ ...fixture, models: fixture.models!.filter((m) => m.id === 'm02') }, { place: 'R1665-27' });
    expect(fixture.models!.find((m) => m.id === 'm02')).toMatchObject({ place: '18415', started: '2023-05' });
    expect(inThienLoc2023.total?.value).toBe(1);
    expect(query(fixture, { place: 'R1665-59' }).total?.value).toBe(4); // phường Thành Sen, with Đại Nài's models
  });

  it('property: for any subset of the fixture and any dimension, rows add up to the total and shares to 1', () => {
    const models = fixture.models!;
    fc.assert(
      fc.property(
        fc.subarray(models, { minLength: 1 }),
        fc.constantFrom(...DIMENSIONS),
        fc.constantFrom<string | undefined>(undefined, '443', '436', 'R1665-27', '42'),
        fc.constantFrom<string | undefined>(undefined, '2025-08-01'),
        (subset, by, place, at) => {
          const r = query({ ...fixture, models: subset }, { by, place, at });
          const keys = r.rows.map((row) => row.key);
          expect(new Set(keys).size).toBe(keys.length);
          for (const row of r.rows) expect(row.label.vi && row.label.en).toBeTruthy();
          if (r.rows.length === 0) {
            expect(r.basis).toBe('none');
            return;
          }
          const sum = r.rows.reduce((a, row) => a + row.value.value, 0);
          expect(sum).toBe(r.total!.value);
          expect(r.rows.reduce((a, row) => a + row.share!, 0)).toBeCloseTo(1, 9);
          if (place === undefined) expect(r.total!.value).toBe(subset.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('query(dataset, q): years, running totals and the place a question is about', () => {
  it("query(haTinh, { by: 'year' }) is not answered by Can Lộc's 2023 figure", () => {
    const r = query(haTinh, { by: 'year' });
    expect(r.basis).not.toBe('statistics');
    expect(r.rows.some((row) => row.value.value === 119)).toBe(false);
  });

  it("query(fixture, { by: 'year', series: 'field', cumulative: true }) runs each series part too", () => {
    const r = query(fixture, { by: 'year', series: 'field', cumulative: true });
    const last = r.rows.at(-1)!;
    for (const part of last.parts ?? []) {
      const alone = query(fixture, { field: part.key as never });
      expect(part.value.value, part.key).toBe(alone.total?.value);
    }
    for (let i = 1; i < r.rows.length; i++) expect(r.rows[i]!.value.value).toBeGreaterThanOrEqual(r.rows[i - 1]!.value.value);
  });
});

describe('query(dataset, q): every series key in every row', () => {
  it("query(fixture, { by: 'year', series: 'field' }) gives each year a part for every field, 0 where none started", () => {
    const r = query(fixture, { by: 'year', series: 'field' });
    const keys = new Set(r.rows.flatMap((row) => row.parts!.map((p) => p.key)));
    expect(keys.size).toBe(4);
    let zeros = 0;
    for (const row of r.rows) {
      expect(row.parts!.map((p) => p.key).sort(), row.key).toEqual([...keys].sort());
      expect(row.parts!.reduce((a, p) => a + p.value.value, 0), row.key).toBe(row.value.value);
      zeros += row.parts!.filter((p) => p.value.value === 0).length;
    }
    // The fixture has years without, say, a defence model: those are the zeros, not missing points.
    expect(zeros).toBeGreaterThan(0);
  });

  it('finishRows with cumulative carries a series key through a row that has no part for it', () => {
    const row = (key: string, parts: [string, number][]): ResultRow => ({
      key,
      label: { vi: key, en: key },
      value: exactInterval(parts.reduce((a, [, v]) => a + v, 0)),
      share: undefined,
      parts: parts.map(([k, v]) => ({ key: k, label: { vi: k, en: k }, value: exactInterval(v), share: undefined })),
    });
    // A published series that skips 2021 for "party-building".
    const rows = [row('2020', [['economic', 3], ['party-building', 2]]), row('2021', [['economic', 4]]), row('2022', [['economic', 1], ['party-building', 5]])];
    const out = finishRows(rows, undefined, { by: 'year', series: 'field', cumulative: true }, () => 0);
    expect(out.map((r) => r.parts!.map((p) => [p.key, p.value.value]))).toEqual([
      [['economic', 3], ['party-building', 2]],
      [['economic', 7], ['party-building', 2]],
      [['economic', 8], ['party-building', 7]],
    ]);
    expect(out.map((r) => r.value.value)).toEqual([5, 9, 15]);
  });
});
