import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importModelsCsv, type ImportModelsCsvOptions } from '../../packages/core/src/csv/import-models-csv.js';
import { sniffDelimiter } from '../../packages/core/src/csv/sniff-delimiter.js';
import { parseDateText } from '../../packages/core/src/date/parse-date-text.js';
import { formatReported } from '../../packages/core/src/format/format-reported.js';
import { parseNumberText } from '../../packages/core/src/number/parse-number-text.js';
import { parseReportedNumber } from '../../packages/core/src/number/parse-reported-number.js';
import { reportedQualifier, reportedValue } from '../../packages/core/src/number/reported-number.js';
import { modelSchema } from '../../packages/core/src/schema/entity-schemas.js';
import { QUALIFIERS } from '../../packages/core/src/vocab/qualifiers.js';

const TODAY = '2026-01-01';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url), 'utf8');
const load = (name: string, options: ImportModelsCsvOptions = {}) => importModelsCsv(fixture(name), { today: TODAY, ...options });
/** Issues as compact tuples, for exact comparison. */
const where = (issues: readonly { code: string; severity: string; row?: number; column?: number }[]) =>
  issues.map((i) => [i.code, i.severity, i.row, i.column]);
const byName = (models: readonly { name: unknown }[]) => new Map(models.map((m) => [m.name as string, m]));

describe('importModelsCsv(text) on Excel’s Vietnamese CSV', () => {
  const { models, issues, delimiter, totals } = load('excel-vi.csv');

  it('is read as Excel saves it: BOM, semicolons, CRLF, title rows, NFD text', () => {
    const raw = fixture('excel-vi.csv');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw).toContain('\r\n');
    expect(raw).not.toBe(raw.normalize('NFC')); // the fixture really holds decomposed text
    expect(delimiter).toBe(';');
  });

  it('keeps every good row, and only those, as schema-valid models', () => {
    expect(models).toHaveLength(5);
    expect(models.map((m) => m.id)).toEqual(['row-4', 'row-5', 'row-6', 'row-9', 'row-11']);
    expect(models.map((m) => m.name)).toEqual([
      'Dân vận khéo trong hiến đất mở đường',
      'Con đường bích họa',
      'Tổ tự quản an ninh trật tự',
      'Vườn mẫu kiểu mẫu',
      'Chi bộ 4 tốt',
    ]);
    for (const m of models) expect(modelSchema.safeParse(m).success).toBe(true);
  });

  it('reads each cell to the exact value', () => {
    expect(models[0]).toEqual({
      id: 'row-4',
      name: 'Dân vận khéo trong hiến đất mở đường',
      field: 'economic',
      place: '18415',
      host: 'farmers-union',
      level: 'district',
      started: '2023',
      status: 'commended',
      outcomes: [
        { metric: 'households-donating-land', value: { value: 1000, qualifier: 'more-than' }, unit: 'household' },
        { metric: 'land-donated-area', value: 12500, unit: 'm2' },
        { metric: 'road-length', value: 916, unit: 'm' },
        { metric: 'funds-mobilized', value: 150_000_000, unit: 'vnd' },
      ],
      description: 'Nhân dân tự nguyện hiến đất',
    });
    const nfd = models[1];
    expect(nfd?.name).toBe('Con đường bích họa'.normalize('NFC'));
    expect(nfd).toMatchObject({ field: 'culture-society', place: '18406', started: '2023-03', host: 'youth-union', status: 'active' });
    expect(nfd?.outcomes).toEqual([
      { metric: 'households-donating-land', value: 25, unit: 'household' },
      { metric: 'land-donated-area', value: 1200.5, unit: 'm2' },
      { metric: 'road-length', value: 7.1, unit: 'km' },
      { metric: 'funds-mobilized', value: 35_500_000, unit: 'vnd' },
    ]);
    expect(models[2]).toMatchObject({ field: 'defense-security', place: '18427', host: 'police', status: 'replicated' });
    expect(models[2]?.outcomes).toBeUndefined();
    expect(models[3]).toMatchObject({ field: 'party-building', place: '18445', host: 'party-committee', status: 'registered' });
    expect(models[3]?.outcomes?.map((o) => o.metric)).toEqual(['households-donating-land', 'funds-mobilized']);
    expect(models[4]).toMatchObject({ place: '18433', level: 'province', started: '2023-06', description: 'Ghi chú; có chấm phẩy' });
  });

  it('reports each bad cell at its line and column', () => {
    expect(where(issues)).toEqual([
      ['invalid_value', 'error', 8, 3], // "Thể thao" is not a field: row skipped
      ['invalid_number', 'warning', 9, 11], // "1.0.0": value dropped, model kept
      ['unknown_place', 'error', 10, 4], // "Xã Hư Cấu": row skipped
      ['total_row_mismatch', 'warning', 12, 12], // 260 triệu stated, 261 triệu in the rows
    ]);
    expect(issues[0]?.message.vi).toMatch(/^Dòng 8, cột 3: Giá trị “Thể thao” không hợp lệ/);
    expect(issues[1]?.message.en).toBe('Row 9, column 11: “1.0.0” is not a number.');
    expect(issues[2]?.params.value).toBe('Xã Hư Cấu');
    expect(issues[3]?.message.vi).toBe('Dòng 12, cột 12: Dòng tổng ghi 260.000.000 đồng nhưng cộng các dòng được 261.000.000 đồng.');
  });

  it('reads the totals row without counting it as a model', () => {
    expect(totals).toEqual({
      row: 12,
      count: 7,
      outcomes: [
        { metric: 'households-donating-land', value: { value: 1060, qualifier: 'more-than' }, unit: 'household' },
        { metric: 'land-donated-area', value: 14600.5, unit: 'm2' },
        { metric: 'road-length', value: 9000, unit: 'm' },
        { metric: 'funds-mobilized', value: 260_000_000, unit: 'vnd' },
      ],
    });
  });

  it('puts a source on every model when asked', () => {
    const { models: withSource } = load('excel-vi.csv', { sourceId: 'bc-can-loc-2023' });
    expect(withSource.every((m) => m.sources?.[0] === 'bc-can-loc-2023')).toBe(true);
  });
});

describe('importModelsCsv(text) file quirks', () => {
  it('reads English headers, commas, quoted cells with quotes and line breaks, and English numbers', () => {
    const { models, issues, delimiter, totals } = load('comma-en.csv');
    expect(delimiter).toBe(',');
    expect(models.map((m) => m.id)).toEqual(['row-2', 'row-4', 'row-5']);
    expect(models[0]).toMatchObject({
      name: 'Flower roads, Thiên Lộc',
      place: '18415',
      host: 'womens-union',
      started: '2021-03',
      description: 'Line one\nline two',
    });
    expect(models[0]?.outcomes).toEqual([
      { metric: 'households-donating-land', value: { value: 1000, qualifier: 'more-than' }, unit: 'household' },
      { metric: 'road-length', value: 7.1, unit: 'km' },
      { metric: 'funds-mobilized', value: 1_000_000.5, unit: 'vnd' },
    ]);
    expect(models[1]).toMatchObject({ name: 'The "safe village" team', field: 'defense-security', place: '445' });
    expect(models[2]?.outcomes?.[0]).toEqual({ metric: 'households-donating-land', value: 1000, unit: 'household' });
    expect(models[2]?.outcomes?.[1]).toEqual({ metric: 'road-length', value: 916, unit: 'm' });
    // The record after the two-line cell starts on line 4, and the bad level is on line 5.
    expect(where(issues)).toEqual([['invalid_value', 'warning', 5, 7]]);
    expect(models[2]?.level).toBeUndefined();
    expect(totals?.count).toBe(3);
  });

  it('sniffs tabs', () => {
    const { models, delimiter } = load('tab-separated.csv');
    expect(delimiter).toBe('\t');
    expect(models.map((m) => [m.name, m.field, m.place])).toEqual([
      ['Đường hoa', 'economic', '18415'],
      ['Sân chơi thiếu nhi', 'culture-society', '18445'],
    ]);
  });

  it('reads lone CR line ends and skips blank rows, keeping line numbers', () => {
    const { models, issues } = load('cr-line-ends.csv');
    expect(issues).toEqual([]);
    expect(models.map((m) => m.id)).toEqual(['row-2', 'row-4']);
  });

  it('honours Excel’s sep= line and a delimiter option', () => {
    const { models, delimiter } = load('sep-line.csv');
    expect(delimiter).toBe(';');
    expect(models.map((m) => m.description)).toEqual(['Hiến đất, mở đường', 'Một, hai, ba']);
    expect(importModelsCsv('Tên mô hình|Lĩnh vực|Địa bàn\nA|KT|Xã Thiên Lộc', { delimiter: '|', today: TODAY }).models).toHaveLength(1);
  });

  it('reads a two-row header and skips the row of column numbers', () => {
    const { models, issues } = load('two-row-header.csv', { at: '2023' });
    expect(issues).toEqual([]);
    expect(models.map((m) => m.outcomes)).toEqual([
      [
        { metric: 'households-donating-land', value: 12, unit: 'household' },
        { metric: 'land-donated-area', value: 1500, unit: 'm2' },
        { metric: 'working-days', value: 300, unit: 'working-day' },
      ],
      [
        { metric: 'households-donating-land', value: 8, unit: 'household' },
        { metric: 'land-donated-area', value: 900, unit: 'm2' },
        { metric: 'working-days', value: 1200, unit: 'working-day' },
      ],
    ]);
  });

  it('reports unknown and repeated columns once, ignores trailing empty ones, blank rows and repeated headers', () => {
    const { models, issues } = load('messy-columns.csv', { at: '2023' });
    expect(where(issues)).toEqual([
      ['unknown_column', 'warning', 1, 3],
      ['duplicate_column', 'warning', 1, 5],
    ]);
    expect(issues[0]?.params.value).toBe('Người phụ trách');
    expect(models.map((m) => [m.id, m.field])).toEqual([
      ['row-2', 'economic'],
      ['row-6', 'culture-society'],
    ]);
  });

  it('flags legacy-font text and strips invisible characters', () => {
    const { models, issues } = load('legacy-text.csv');
    expect(where(issues)).toEqual([
      ['legacy_encoding', 'warning', 2, 1],
      ['control_characters_removed', 'warning', 3, 1],
    ]);
    expect(issues[0]?.params.encoding).toBe('TCVN3');
    expect(models[1]?.name).toBe('Đường hoa');
  });

  it('reports an empty file and a file without a header', () => {
    expect(where(importModelsCsv('\uFEFF\r\n;;;\r\n').issues)).toEqual([['empty_file', 'error', undefined, undefined]]);
    expect(importModelsCsv('a;b\n1;2').issues.map((i) => i.code)).toEqual(['no_header']);
  });

  it('reports a missing required column once', () => {
    const { models, issues } = importModelsCsv('Tên mô hình;Địa bàn;Năm\nA;Xã Thiên Lộc;2023', { today: TODAY });
    expect(models).toEqual([]);
    expect(where(issues)).toEqual([['missing_column', 'error', 1, undefined]]);
  });
});

describe('importModelsCsv(text) places', () => {
  it('reads split commune and district columns, and reports ambiguous and unknown parts on their own cells', () => {
    const { models, issues } = load('split-place.csv');
    expect(models.map((m) => [m.name, m.place])).toEqual([
      ['Đường hoa', '18415'],
      ['Cánh đồng mẫu', '18769'],
      ['Mô hình cấp huyện', '443'],
    ]);
    expect(where(issues)).toEqual([
      ['ambiguous_place', 'error', 5, 5],
      ['unknown_place', 'error', 6, 4],
    ]);
    expect(issues[0]?.params.candidates).toBe('huyện Kỳ Anh (447), thị xã Kỳ Anh (449)');
  });

  it('names the candidates of an ambiguous place in one column', () => {
    const { models, issues } = importModelsCsv('Tên mô hình;Lĩnh vực;Địa bàn;Năm\nA;KT;Kỳ Anh;2023\nB;KT;Huyện Kỳ Anh;2023', { today: TODAY });
    expect(models.map((m) => m.place)).toEqual(['447']);
    expect(where(issues)).toEqual([['ambiguous_place', 'error', 2, 3]]);
    expect(issues[0]?.message.en).toContain('(huyện Kỳ Anh (447), thị xã Kỳ Anh (449))');
  });

  it('places rows in the default place when the sheet has no place column', () => {
    const { models, issues } = load('no-place-column.csv', { defaultPlace: '443' });
    expect(issues).toEqual([]);
    expect(models.map((m) => m.place)).toEqual(['443', '443']);
  });

  it('looks names up within the default place first', () => {
    const csv = 'Tên mô hình;Lĩnh vực;Địa bàn;Năm\nA;KT;Thiên Lộc;2023\nB;KT;;2023\nC;KT;Xã Kỳ Tiến, huyện Kỳ Anh;2023';
    const { models, issues } = importModelsCsv(csv, { defaultPlace: '443', today: TODAY });
    expect(issues).toEqual([]);
    expect(models.map((m) => m.place)).toEqual(['18415', '443', '18769']);
  });

  it('resolves names at the row’s date, at `at`, or at the nearest date the gazetteer knows', () => {
    const csv = 'Tên mô hình;Lĩnh vực;Địa bàn;Năm\nA;KT;Xã Tùng Lộc;2023\nB;KT;Xã Tùng Lộc;2017\nC;KT;Xã Tùng Lộc;2026';
    expect(importModelsCsv(csv, { today: TODAY }).models.map((m) => m.place)).toEqual(['18445', '18445', 'R1665-28']);
    expect(importModelsCsv(csv, { today: TODAY, at: '2023' }).models.map((m) => m.place)).toEqual(['18445', '18445', '18445']);
  });

  it('reads a village before the commune as the commune', () => {
    const csv = 'Tên mô hình;Lĩnh vực;Địa bàn;Năm\nA;KT;Thôn Trung Tiến, xã Thiên Lộc;2023\nB;KT;Tổ dân phố 3, Thị trấn Nghèn, huyện Can Lộc;2023';
    const { models, issues } = importModelsCsv(csv, { today: TODAY });
    expect(issues).toEqual([]);
    expect(models.map((m) => m.place)).toEqual(['18415', '18406']);
  });

  it('reads English headers for split places and ids', () => {
    const csv = 'No.,ID,Model name,Field,Commune,District,Started\n1,M-1,A,KT,Thiên Lộc,Can Lộc,2023\n2,M-2,B,economic,,Huyện Kỳ Anh,2023';
    const { models, issues } = importModelsCsv(csv, { today: TODAY });
    expect(issues).toEqual([]);
    expect(models.map((m) => [m.id, m.place, m.started])).toEqual([
      ['M-1', '18415', '2023'],
      ['M-2', '447', '2023'],
    ]);
  });

  it('reports an unknown default place', () => {
    const { issues } = load('no-place-column.csv', { defaultPlace: '99999' });
    expect(issues.map((i) => i.code)).toEqual(['unknown_place', 'missing_column']);
  });
});

describe('importModelsCsv(text) values', () => {
  it('reads field, status, host and level aliases in both languages', () => {
    const { models, issues } = load('aliases.csv', { at: '2023' });
    expect(models).toHaveLength(20);
    expect(models.map((m) => m.field).join(' ')).toBe(
      [
        ...Array<string>(3).fill('economic'),
        ...Array<string>(5).fill('culture-society'),
        ...Array<string>(6).fill('defense-security'),
        ...Array<string>(5).fill('party-building'),
        'economic',
      ].join(' '),
    );
    expect(models.slice(0, 10).map((m) => m.host)).toEqual([
      'womens-union',
      'youth-union',
      'farmers-union',
      'veterans-association',
      'fatherland-front',
      'police',
      'military',
      'party-committee',
      'party-committee',
      'government',
    ]);
    expect(models.slice(0, 6).map((m) => m.status)).toEqual(['registered', 'active', 'commended', 'replicated', 'discontinued', 'discontinued']);
    expect(models.slice(0, 4).map((m) => m.level)).toEqual(['commune', 'district', 'province', 'central']);
    // Unknown optional values are dropped with a warning on their cell; the model stays.
    expect(where(issues)).toEqual([
      ['invalid_value', 'warning', 21, 4],
      ['invalid_value', 'warning', 21, 5],
      ['invalid_value', 'warning', 21, 6],
    ]);
    expect(models[19]).toEqual({ id: 'row-21', name: 'T', field: 'economic', place: '18415' });
  });

  it('reads numbers with the sheet’s decimal comma, hedges, units and scales', () => {
    const { models, issues } = load('numbers-vi.csv');
    const values = models.map((m) => (m.outcomes ?? []).map((o) => [o.metric, o.value, o.unit]));
    expect(values[0]).toEqual([
      ['road-length', 7.1, 'km'],
      ['land-donated-area', 1000, 'm2'],
      ['funds-mobilized', 1_234_567, 'vnd'],
      ['beneficiaries', 19_300, 'person'],
      ['working-days', { value: 70, qualifier: 'nearly' }, 'working-day'],
    ]);
    expect(values[1]).toEqual([
      ['road-length', 1, 'km'], // "1,000" in a sheet whose other figures show a decimal comma
      ['land-donated-area', 2500, 'm2'],
      ['funds-mobilized', { value: 50_000_000, qualifier: 'about' }, 'vnd'],
      ['beneficiaries', { value: 12, qualifier: 'at-least' }, 'person'],
      ['working-days', { value: 3, qualifier: 'at-most' }, 'working-day'],
    ]);
    expect(values[2]).toEqual([
      ['road-length', 916, 'm'],
      ['land-donated-area', 1.5, 'ha'],
      ['funds-mobilized', 1_200_000_000, 'vnd'],
      ['beneficiaries', { value: 100, qualifier: 'more-than' }, 'person'],
      ['working-days', { value: 40, qualifier: 'less-than' }, 'working-day'],
    ]);
    expect(values[3]).toEqual([
      ['beneficiaries', { value: 9, qualifier: 'at-least' }, 'person'],
      ['working-days', { value: 8, qualifier: 'about' }, 'working-day'],
    ]);
    expect(where(issues)).toEqual([
      ['negative_number', 'warning', 5, 5],
      ['impossible_unit', 'warning', 5, 6],
    ]);
  });

  it('reads "1,000" as a thousand when the sheet shows no decimal comma', () => {
    const csv = 'Tên mô hình;Lĩnh vực;Địa bàn;Năm;Số hộ hiến đất\nA;KT;Xã Thiên Lộc;2023;1,000\nB;KT;Xã Thiên Lộc;2023;1.000';
    expect(importModelsCsv(csv, { today: TODAY }).models.map((m) => m.outcomes?.[0]?.value)).toEqual([1000, 1000]);
  });

  it('reads partial dates, and reports invalid and future ones', () => {
    const { models, issues } = load('dates.csv');
    expect(models.map((m) => m.started)).toEqual([
      '2021',
      '2021-03',
      '2021-03',
      '2021-03-15',
      '2021-03',
      '2021-03-15',
      '2021-03',
      '2021-03',
      '2021-04',
      undefined,
      '2099',
      '2020',
      undefined,
    ]);
    expect(where(issues)).toEqual([
      ['invalid_date', 'warning', 11, 4],
      ['future_date', 'warning', 12, 4],
    ]);
  });

  it('takes ids from the id column, generates the rest, and refuses repeats', () => {
    const { models, issues } = load('ids.csv');
    expect(models.map((m) => [m.id, m.name])).toEqual([
      ['MH-01', 'Một'],
      ['MH-02', 'Hai'],
      ['row-5', 'Bốn'],
      ['row-6', 'Năm'],
    ]);
    expect(where(issues)).toEqual([
      ['duplicate_id', 'error', 4, 1],
      ['invalid_format', 'warning', 5, 1],
    ]);
  });

  it('skips a row without a name or field, with an error on the empty cell', () => {
    const csv = 'STT;Tên mô hình;Lĩnh vực;Địa bàn\n1;;KT;Xã Thiên Lộc\n2;B;;Xã Thiên Lộc\n3;C;KT;Xã Thiên Lộc';
    const { models, issues } = importModelsCsv(csv, { today: TODAY, at: '2023' });
    expect(models.map((m) => m.name)).toEqual(['C']);
    expect(where(issues)).toEqual([
      ['missing_value', 'error', 2, 2],
      ['missing_value', 'error', 3, 3],
    ]);
  });

  it('reports schema problems found after reading on their cells', () => {
    const csv = `Tên mô hình;Lĩnh vực;Địa bàn;Ghi chú\nA;KT;Xã Thiên Lộc;${'x'.repeat(2001)}`;
    const { models, issues } = importModelsCsv(csv, { today: TODAY, at: '2023' });
    expect(models[0]?.description).toBeUndefined();
    expect(where(issues)).toEqual([['too_long', 'warning', 2, 4]]);
  });
});

describe('importModelsCsv(text) totals rows', () => {
  it('checks subtotals against their section and the grand total against the sheet, with units and hedges', () => {
    const { models, issues, totals } = load('totals.csv');
    expect(models).toHaveLength(4);
    expect(where(issues)).toEqual([
      ['total_row_mismatch', 'warning', 7, 6], // "Cộng 12": the section adds up to 11
      ['total_row_mismatch', 'warning', 8, 1], // "Tổng cộng: 5 mô hình": there are 4
    ]);
    expect(issues[0]?.message.en).toBe('Row 7, column 6: The totals row says 12 households but the rows add up to 11 households.');
    expect(issues[1]?.message.vi).toBe('Dòng 8, cột 1: Dòng tổng ghi 5 mô hình nhưng cộng các dòng được 4 mô hình.');
    expect(totals).toMatchObject({ row: 8, count: 5 });
  });

  it('keeps "Tổng …" and "Cộng …" model names as models', () => {
    const csv = 'Tên mô hình;Lĩnh vực;Địa bàn\nTổng vệ sinh môi trường;VH-XH;Xã Thiên Lộc\nCộng đồng tự quản;QP-AN;Xã Thiên Lộc\nTổng;;';
    const { models, totals } = importModelsCsv(csv, { today: TODAY, at: '2023' });
    expect(models.map((m) => m.name)).toEqual(['Tổng vệ sinh môi trường', 'Cộng đồng tự quản']);
    expect(totals).toEqual({ row: 4, count: undefined, outcomes: [] });
  });
});

describe('parseReportedNumber(text, lang)', () => {
  it.each([
    ['1.000', 1000],
    ['7,1', 7.1],
    ['1,000.5', 1000.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['19 300', 19_300],
    ['19\u00A0300,5', 19_300.5],
    ['0,500', 0.5],
    ['1234,567', 1234.567],
    ['-12,5', -12.5],
    ['1,5E+06', 1_500_000],
  ])('reads %s', (text, value) => {
    expect(parseReportedNumber(text)).toEqual({ value });
  });

  it.each([
    ['hơn 1.000', 'more-than'],
    ['trên 1.000', 'more-than'],
    ['gần 1.000', 'nearly'],
    ['khoảng 1.000', 'about'],
    ['ít nhất 1.000', 'at-least'],
    ['tối thiểu 1.000', 'at-least'],
    ['dưới 1.000', 'less-than'],
    ['không quá 1.000', 'at-most'],
    ['more than 1,000', 'more-than'],
    ['over 1,000', 'more-than'],
    ['nearly 1,000', 'nearly'],
    ['almost 1,000', 'nearly'],
    ['about 1,000', 'about'],
    ['around 1,000', 'about'],
    ['at least 1,000', 'at-least'],
    ['less than 1,000', 'less-than'],
    ['under 1,000', 'less-than'],
    ['at most 1,000', 'at-most'],
    ['HƠN 1.000', 'more-than'],
    ['> 1.000', 'more-than'],
    ['≤1.000', 'at-most'],
  ])('reads the hedge in %s', (text, qualifier) => {
    expect(parseReportedNumber(text)).toEqual({ value: { value: 1000, qualifier } });
  });

  it('reads units and scales', () => {
    expect(parseReportedNumber('916m')).toEqual({ value: 916, unit: 'm' });
    expect(parseReportedNumber('7,1 km')).toEqual({ value: 7.1, unit: 'km' });
    expect(parseReportedNumber('2.500 m²')).toEqual({ value: 2500, unit: 'm2' });
    expect(parseReportedNumber('khoảng 50 triệu đồng')).toEqual({ value: { value: 50_000_000, qualifier: 'about' }, unit: 'vnd' });
    expect(parseReportedNumber('0,7 tr.đ')).toEqual({ value: 700_000, unit: 'vnd' });
    expect(parseReportedNumber('120 hộ')).toEqual({ value: 120, unit: 'household' });
    expect(parseReportedNumber('hơn 19.300 mô hình')).toEqual({ value: { value: 19_300, qualifier: 'more-than' }, unit: 'model' });
  });

  it('settles "1,000" and "1.000" by language, and by default reads both as a thousand', () => {
    expect(parseReportedNumber('1,000')).toEqual({ value: 1000 });
    expect(parseReportedNumber('1,000', 'vi')).toEqual({ value: 1 });
    expect(parseReportedNumber('1.000', 'vi')).toEqual({ value: 1000 });
    expect(parseReportedNumber('1.000', 'en')).toEqual({ value: 1 });
    expect(parseNumberText('1,000', ',')).toEqual({ value: 1, evidence: undefined });
    expect(parseNumberText('7,1')?.evidence).toBe(',');
    expect(parseNumberText('1,234,567')?.evidence).toBe('.');
  });

  it.each(['', 'abc', '1.0.0', '1,2,3', '1..000', '1.000,000,5', '12 3', '1 000.000.5', '5%', '1.000 cây', 'hơn', 'rất nhiều 5', '--5', 'NaN', 'Infinity', '1e999'])(
    'refuses %j',
    (text) => {
      expect(parseReportedNumber(text)).toBeUndefined();
    },
  );

  it('gives back what formatReported wrote, in vi and en, for any figure with up to 2 decimals', () => {
    const lang = fc.constantFrom('vi' as const, 'en' as const);
    const qualifier = fc.constantFrom(...QUALIFIERS);
    const check = (x: number, q: (typeof QUALIFIERS)[number], l: 'vi' | 'en') => {
      const read = parseReportedNumber(formatReported({ value: x, qualifier: q }, l), l);
      expect(read).toBeDefined();
      expect(reportedValue(read!.value)).toBe(x === 0 ? 0 : x);
      expect(reportedQualifier(read!.value)).toBe(q);
    };
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), qualifier, lang, (cents, q, l) => check(cents / 100, q, l)), {
      numRuns: 500,
    });
    const twoDecimals = fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((x) => Math.round(x * 100) / 100)
      .filter(Number.isFinite);
    fc.assert(fc.property(twoDecimals, qualifier, lang, check), { numRuns: 500 });
  });
});

describe('parseDateText(text)', () => {
  it.each([
    ['2021', '2021'],
    ['03/2021', '2021-03'],
    ['3/2021', '2021-03'],
    ['15/03/2021', '2021-03-15'],
    ['2021-03', '2021-03'],
    ['2021-03-15', '2021-03-15'],
    ['T3/2021', '2021-03'],
    ['tháng 3/2021', '2021-03'],
    ['Tháng 3 năm 2021', '2021-03'],
    ['ngày 15 tháng 3 năm 2021', '2021-03-15'],
    ['Quý II/2021', '2021-04'],
    ['Q4 2021', '2021-10'],
    ['2021 - 2023', '2021'],
    ['March 2021', '2021-03'],
    ['15 March 2021', '2021-03-15'],
  ])('reads %s as %s', (text, date) => {
    expect(parseDateText(text)).toBe(date);
  });

  it.each(['31/02/2021', '03/15/2021', '1800', '21', 'tháng 13/2021', 'Quý V/2021', 'abc'])('refuses %s', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});

describe('sniffDelimiter(text)', () => {
  it('prefers the delimiter that is consistent over the one that is frequent', () => {
    expect(sniffDelimiter('Tên;Địa bàn\nA;Xã Thiên Lộc, huyện Can Lộc, tỉnh Hà Tĩnh\nB;Xã Tùng Lộc, huyện Can Lộc')).toBe(';');
    expect(sniffDelimiter('a,b,c\n"x;y;z",2,3')).toBe(',');
    expect(sniffDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(sniffDelimiter('one column')).toBe(',');
  });
});

describe('importModelsCsv(text) on any input', () => {
  const header = 'STT;Tên mô hình;Lĩnh vực;Địa bàn;Xã;Huyện;Năm;Số hộ hiến đất;Đường GTNT (m);Kinh phí (triệu đồng);Tình trạng;Mã';
  const cell = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom(
      '', '"', '""', '"a;b"', '\r', '\n', '\r\n', ';', ',', '\t', '\uFEFF', '\u200B', 'Ha\u0300 Ti\u0303nh',
      'Tên mô hình', 'Lĩnh vực', 'Địa bàn', 'Kết quả', 'Kinh phí (triệu đồng)', 'Đường GTNT (m)', 'Số hộ hiến đất (km)',
      'KT', 'VH-XH', 'Thể thao', 'Xã Thiên Lộc', 'Kỳ Anh', 'Huyện Kỳ Anh', '443', 'R1665-28', 'Thiên Lộc, Can Lộc',
      'Tổng cộng', 'Tổng cộng: 3 mô hình', 'Cộng', '(1)', 'hơn 1.000', '7,1 km', '-5', '1,000', '1e999', 'tr', 'x'.repeat(300),
      '2023', 'T3/2021', 'Quý IV/2021', '31/02/2021', '2099', 'row-2', 'MH-01', '__proto__', 'constructor',
    ),
  );
  const sheet = fc.tuple(fc.boolean(), fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 25 }), fc.constantFrom(';', ',', '\t'));

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        const { models, issues } = importModelsCsv(text, { today: TODAY });
        expect(Array.isArray(models) && Array.isArray(issues)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary cells, and keeps only schema-valid models with located issues', () => {
    fc.assert(
      fc.property(sheet, ([withHeader, rows, d]) => {
        const text = [...(withHeader ? [header.replaceAll(';', d)] : []), ...rows.map((r) => r.join(d))].join('\n');
        const { models, issues } = importModelsCsv(text, { today: TODAY });
        for (const m of models) expect(modelSchema.safeParse(m).success).toBe(true);
        expect(new Set(models.map((m) => m.id)).size).toBe(models.length);
        for (const i of issues) {
          expect(i.message.vi.length > 0 && i.message.en.length > 0).toBe(true);
          if (i.row !== undefined) expect(i.row).toBeGreaterThanOrEqual(1);
          if (i.column !== undefined) expect(i.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on 10 MB inputs, real and hostile', () => {
    const places = ['Xã Thiên Lộc', 'Thị trấn Nghèn', 'Xã Tùng Lộc', 'Vượng Lộc', 'Xã Thanh Lộc, huyện Can Lộc'];
    const lines = [header];
    for (let i = 1, size = 0; size < 10_000_000; i++) {
      const line = `${i};Mô hình dân vận khéo số ${i};${i % 3 ? 'Kinh tế' : 'VH-XH'};${places[i % 5]};;;${2015 + (i % 9)};hơn ${i % 1000};7,1 km;15,5;Nhân rộng;`;
      lines.push(line, i % 1000 === 0 ? 'Cộng;;;;;;;;;;;' : '');
      size += line.length + 4;
    }
    const { models } = importModelsCsv(lines.join('\r\n'), { today: TODAY });
    expect(models.length).toBeGreaterThan(50_000);
    // Each of these is quadratic somewhere in a naive importer: minutes, not seconds.
    for (const hostile of [
      `"${'a'.repeat(10_000_000)}`,
      ';'.repeat(10_000_000),
      '\n'.repeat(10_000_000),
      '"'.repeat(10_000_000),
      `${header}\n1;${'Tổng, '.repeat(500_000)};KT;${'Xã, '.repeat(200_000)}`,
      `${header}\n${'Tổng cộng;;;;;;;1;1;1\n1;a;KT;Xã Thiên Lộc;;;2023;1;1;1\n'.repeat(50_000)}`,
      `${header}${';x'.repeat(200_000)}\n${'1;a;KT;Xã Thiên Lộc\n'.repeat(100_000)}`,
    ]) {
      expect(() => importModelsCsv(hostile, { today: TODAY })).not.toThrow();
    }
  }, 60_000);
});

describe('importModelsCsv(text) and the signature block under the totals', () => {
  const sheet = (...extra: string[]) =>
    [
      'DANH SÁCH MÔ HÌNH;;;',
      'STT;Tên mô hình;Lĩnh vực;Địa bàn',
      '1;Một;Kinh tế;Xã Thiên Lộc',
      '2;Hai;QP-AN;Xã Tùng Lộc',
      'Tổng cộng;2 mô hình;;',
      ';;;',
      ...extra,
    ].join('\r\n');

  it('importModelsCsv(text) skips the place, date and signer lines below the totals row, without issues', () => {
    // Cells of the block fall in any column, the field column too: a two-row header leaves few columns to use.
    const footer = [';;;Can Lộc, ngày 15 tháng 12 năm 2023', 'NGƯỜI LẬP BIỂU;;TM. BAN DÂN VẬN;', ';;(Đã ký);', 'Trần Thị B;;Nguyễn Văn A;'];
    const { models, issues, totals } = importModelsCsv(sheet(...footer), { today: TODAY });
    expect(issues).toEqual([]);
    expect(models.map((m) => m.name)).toEqual(['Một', 'Hai']);
    expect(totals?.count).toBe(2);
  });

  it('importModelsCsv(text) still reads, and reports, rows with a name or a field below the totals row', () => {
    const { models, issues } = importModelsCsv(sheet('3;Ba;Kinh tế;Xã Thiên Lộc', '4;Bốn;;Xã Thiên Lộc', ';;Kinh tế;'), { today: TODAY });
    expect(models.map((m) => m.name)).toEqual(['Một', 'Hai', 'Ba']);
    expect(where(issues).filter(([code]) => code === 'missing_value')).toEqual([
      ['missing_value', 'error', 8, 3],
      ['missing_value', 'error', 9, 2],
    ]);
  });
});
