// The malformed CSV corpus (test/fixtures/csv-malformed/, described in its README): every way an office's sheet
// reaches danvan broken. For each file, importModelsCsv must not throw, must finish within a time bound, and must
// say what is wrong in the words the table below expects: each bad cell with its row and column, or the whole file
// refused with one clear reason. Files are read as bytes and decoded as fetchText decodes them (UTF-8), so that
// encodings are tested as they arrive; the very large inputs are generated here instead of committed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvDataset, importModelsCsv, LoadError, type ImportModelsCsvResult, type ValidationIssue } from '@danvan/core';

const TODAY = '2026-01-01';
const DIR = new URL('../fixtures/csv-malformed/', import.meta.url);
/** Per file: what it costs at most, in milliseconds, however loaded the machine (a quadratic loop costs seconds). */
const TIME_BOUND = 2000;
/** For the generated inputs of a megabyte or more. */
const LARGE_TIME_BOUND = 5000;

/**
 * What each file must give: how many models survive, every issue as `code` (the whole file), `code@row` (a row) or
 * `code@row:column` (a cell), in order, and for a refused file the kind of thing it is.
 */
const EXPECTED: Record<string, { models: number; issues: string[]; kind?: string }> = {
  // a header row of empty cells names nothing
  'all-empty-header-cells.csv': { models: 0, issues: ['no_header'] },
  // 30/02 and 13/2021 do not exist, "năm ngoái" is words, 2099 is ahead; 2023/03/15 is read
  'bad-dates.csv': { models: 5, issues: ['invalid_date@2:5', 'invalid_date@4:5', 'future_date@5:5', 'invalid_date@6:5'] },
  'bad-fields.csv': { models: 0, issues: ['invalid_value@2:3', 'invalid_value@3:3', 'invalid_value@4:3'] },
  // unknown, ambiguous (two Kỳ Anh), outside the province, empty
  'bad-places.csv': { models: 0, issues: ['unknown_place@2:4', 'ambiguous_place@3:4', 'unknown_place@4:4', 'missing_value@5:4'] },
  'bidi-override.csv': { models: 2, issues: ['control_characters_removed@2:2', 'control_characters_removed@3:2', 'control_characters_removed@3:3'] },
  'binary-pdf.csv': { models: 0, issues: ['not_csv'], kind: 'binary' },
  'binary-png.csv': { models: 0, issues: ['not_csv'], kind: 'binary' },
  'binary-random.csv': { models: 0, issues: ['not_csv'], kind: 'binary' },
  // an old .xls workbook (OLE2)
  'binary-xls-ole.csv': { models: 0, issues: ['not_csv'], kind: 'binary' },
  // an .xlsx workbook renamed .csv (a zip)
  'binary-xlsx.csv': { models: 0, issues: ['not_csv'], kind: 'binary' },
  // two exports pasted together: the second BOM and header are skipped
  'bom-mid-file.csv': { models: 2, issues: [] },
  'bom-then-sep-line.csv': { models: 1, issues: [] },
  'control-characters.csv': { models: 1, issues: ['control_characters_removed@2:2'] },
  'cr-only.csv': { models: 3, issues: [] },
  'double-bom.csv': { models: 1, issues: [] },
  'duplicate-headers.csv': { models: 1, issues: ['duplicate_column@1:5'] },
  'duplicate-ids.csv': { models: 2, issues: ['duplicate_id@3:1', 'invalid_format@4:1'] },
  'duplicate-name-headers.csv': { models: 1, issues: ['duplicate_column@1:2'] },
  // a value under an empty header cell is reported once, not lost silently
  'empty-headers.csv': { models: 2, issues: ['unnamed_column@2:3'] },
  'empty.csv': { models: 0, issues: ['empty_file'] },
  // "50 ₫" and "1.500.000 đ" and "2 triệu VNĐ" are đồng; "$1,500" and a leading ₫ are not read
  'excel-currency.csv': { models: 5, issues: ['invalid_number@4:7', 'invalid_number@6:7'] },
  'excel-errors.csv': { models: 2, issues: ['invalid_date@2:5', 'invalid_number@2:6', 'invalid_number@2:7', 'invalid_number@3:6', 'invalid_number@3:7'] },
  // formulas saved as text are not numbers; a formula in a name is just text
  'excel-formulas.csv': { models: 3, issues: ['invalid_number@4:6', 'invalid_number@4:7', 'invalid_number@5:6', 'invalid_number@5:7'] },
  // a merged field cell leaves the rows below it empty
  'excel-merged-field-cells.csv': { models: 2, issues: ['missing_value@3:3', 'missing_value@4:3'] },
  // merged title rows, a two-row header and a numbering row read cleanly
  'excel-merged-title.csv': { models: 2, issues: [] },
  // the majority (decimal comma) settles "1,000"
  'excel-mixed-decimal-marks.csv': { models: 3, issues: [] },
  // -12 and −5 are negative; (20) and "- 3" are not numbers; a lone dash is nothing
  'excel-negative-numbers.csv': { models: 3, issues: ['negative_number@2:6', 'negative_number@3:6', 'invalid_number@3:7', 'invalid_number@4:6'] },
  'excel-percent-and-text-numbers.csv': { models: 3, issues: ['invalid_number@2:6', 'invalid_number@2:7', 'invalid_number@3:6', 'invalid_number@3:7', 'invalid_number@4:6', 'invalid_number@4:7'] },
  // 1,2E+03 and 2,5E-01 are read; 1E+400 overflows
  'excel-scientific.csv': { models: 2, issues: ['invalid_number@3:6'] },
  // Excel date serials (44927 is 2023-01-01) are not dates a sheet should hold
  'excel-serial-dates.csv': { models: 2, issues: ['invalid_date@2:5', 'invalid_date@3:5'] },
  'excel-text-qualifiers.csv': { models: 3, issues: ['invalid_number@4:6', 'invalid_number@4:7'] },
  'excel-trailing-delimiters.csv': { models: 2, issues: [] },
  'excel-unicode-text-export.csv': { models: 1, issues: [] },
  'header-impossible-unit.csv': { models: 1, issues: ['impossible_unit@1:4'] },
  // more than 50 title rows: the header is not looked for that far
  'header-too-far-down.csv': { models: 0, issues: ['no_header'] },
  'header-without-field.csv': { models: 0, issues: ['missing_column@1'] },
  'header-without-name.csv': { models: 0, issues: ['no_header'] },
  'header-without-place.csv': { models: 0, issues: ['missing_column@1'] },
  'html-saved-as-csv.csv': { models: 0, issues: ['not_csv'], kind: 'markup' },
  'html-table-fragment.csv': { models: 0, issues: ['not_csv'], kind: 'markup' },
  'impossible-units-in-cells.csv': { models: 2, issues: ['impossible_unit@2:4', 'impossible_unit@2:5', 'impossible_unit@3:4', 'impossible_unit@3:5'] },
  'json-array-saved-as-csv.csv': { models: 0, issues: ['not_csv'], kind: 'json' },
  // a danvan JSON dataset saved as .csv
  'json-saved-as-csv.csv': { models: 0, issues: ['not_csv'], kind: 'json' },
  // TCVN3 (ABC) text read as Latin-1
  'legacy-tcvn3.csv': { models: 0, issues: ['legacy_encoding@2:1', 'legacy_encoding@2:2', 'invalid_value@2:2', 'legacy_encoding@2:3'] },
  // VNI text read as Latin-1
  'legacy-vni.csv': { models: 0, issues: ['legacy_encoding@2:1', 'legacy_encoding@2:2', 'invalid_value@2:2', 'legacy_encoding@2:3'] },
  'missing-names.csv': { models: 0, issues: ['missing_value@2:2', 'missing_value@3:2', 'missing_value@4:2'] },
  'mixed-delimiters.csv': { models: 2, issues: ['missing_value@3:2', 'missing_value@3:3'] },
  'mixed-line-ends.csv': { models: 3, issues: [] },
  'multiline-header-cells.csv': { models: 1, issues: [] },
  'names-too-long.csv': { models: 1, issues: ['too_long@2:2'] },
  'nfd-everything.csv': { models: 2, issues: [] },
  'no-header-just-data.csv': { models: 0, issues: ['no_header'] },
  'nul-bytes.csv': { models: 2, issues: ['control_characters_removed@2:2', 'control_characters_removed@3:3'] },
  'only-bom.csv': { models: 0, issues: ['empty_file'] },
  'only-delimiters.csv': { models: 0, issues: ['empty_file'] },
  // a numbering row is not a model
  'only-header-and-numbering.csv': { models: 0, issues: ['no_rows@1'] },
  'only-header.csv': { models: 0, issues: ['no_rows@1'] },
  // the totals row counts 5 models; there are none
  'only-totals-row.csv': { models: 0, issues: ['no_rows@1', 'total_row_mismatch@2:1'] },
  'only-whitespace.csv': { models: 0, issues: ['empty_file'] },
  'overflowing-numbers.csv': { models: 2, issues: ['invalid_number@2:6', 'invalid_number@3:6', 'invalid_number@3:7'] },
  // text after a closing quote shifts the row: every shifted cell is reported
  'quote-then-text.csv': { models: 1, issues: ['invalid_value@2:3', 'invalid_date@2:5', 'unnamed_column@2:8'] },
  // cells past the header are reported once per column
  'ragged-long-rows.csv': { models: 2, issues: ['unnamed_column@2:8', 'unnamed_column@2:9'] },
  'ragged-short-rows.csv': { models: 1, issues: ['missing_value@3:4', 'missing_value@4:3'] },
  'sep-line-unknown.csv': { models: 1, issues: [] },
  'stray-quotes-inside.csv': { models: 2, issues: [] },
  'tab-and-semicolon.csv': { models: 1, issues: ['missing_value@3:2'] },
  'totals-before-rows.csv': { models: 2, issues: [] },
  'totals-mismatch.csv': { models: 2, issues: ['total_row_mismatch@4:1', 'total_row_mismatch@4:6'] },
  'unknown-headers.csv': { models: 1, issues: ['unknown_column@1:5', 'unknown_column@1:6', 'unknown_column@1:7'] },
  // an unquoted ";" in a name shifts the row
  'unquoted-delimiter-in-name.csv': { models: 1, issues: ['invalid_value@2:3', 'invalid_date@2:5', 'unnamed_column@2:8'] },
  // a lone quote on the last line
  'unterminated-quote-last-line.csv': { models: 2, issues: ['unterminated_quote@4:1'] },
  // the quote swallows rows 3-4 into one cell
  'unterminated-quote.csv': { models: 1, issues: ['unterminated_quote@3:2', 'missing_value@3:3'] },
  'utf16be-bom.csv': { models: 0, issues: ['not_csv'], kind: 'utf-16' },
  // Excel "Unicode Text": UTF-16 LE with a BOM, decoded as UTF-8
  'utf16le-bom.csv': { models: 0, issues: ['not_csv'], kind: 'utf-16' },
  'utf16le-no-bom.csv': { models: 0, issues: ['not_csv'], kind: 'utf-16' },
  // the file ends in the middle of "ộ"
  'utf8-truncated-character.csv': { models: 1, issues: ['not_utf8@3:4', 'unknown_place@3:4'] },
  // a UTF-8 header over Windows-1258 rows
  'windows-1258-rows-only.csv': { models: 0, issues: ['not_utf8@2:2', 'invalid_value@2:3', 'invalid_value@3:3'] },
  // Vietnamese in Windows-1258 decoded as UTF-8: the header is unreadable
  'windows-1258.csv': { models: 0, issues: ['not_utf8@1:2'] },
  'xml-saved-as-csv.csv': { models: 0, issues: ['not_csv'], kind: 'markup' },
};

/** Issues with no row: the file as a whole. Issues with a row but no column: a row (the header's, mostly). */
const FILE_LEVEL = new Set(['empty_file', 'no_header', 'not_csv', 'not_utf8']);
const ROW_LEVEL = new Set(['missing_column', 'no_rows']);

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const where = (i: ValidationIssue) => `${i.code}${i.row === undefined ? '' : `@${i.row}${i.column === undefined ? '' : `:${i.column}`}`}`;

function timed(text: string): { result: ImportModelsCsvResult; ms: number } {
  const start = performance.now();
  const result = importModelsCsv(text, { today: TODAY });
  return { result, ms: performance.now() - start };
}

describe('importModelsCsv(text) on the malformed CSV corpus', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort();

  it('has at least 60 files, each with its expectation in the table', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((f) => !files.includes(f))).toEqual([]);
  });

  for (const file of files) {
    it(`importModelsCsv(${file}) says what the table says, in time, locating every issue`, () => {
      const { result, ms } = timed(decode(readFileSync(new URL(file, DIR))));
      expect(ms).toBeLessThan(TIME_BOUND);
      const want = EXPECTED[file]!;
      expect(result.issues.map(where)).toEqual(want.issues);
      expect(result.models).toHaveLength(want.models);
      if (want.kind) expect(result.issues[0]?.params.kind).toBe(want.kind);
      for (const issue of result.issues) {
        // A cell problem says its row and column; a row problem its row; only a file problem says neither.
        if (!FILE_LEVEL.has(issue.code)) expect(issue.row, where(issue)).toBeGreaterThanOrEqual(1);
        if (!FILE_LEVEL.has(issue.code) && !ROW_LEVEL.has(issue.code)) expect(issue.column, where(issue)).toBeGreaterThanOrEqual(1);
        expect(issue.message.vi).not.toBe(issue.message.en);
        expect(issue.message.vi).not.toMatch(/undefined|\[object/);
        expect(issue.message.en).not.toMatch(/undefined|\[object/);
      }
    });
  }

  it('csvDataset(text) — what a widget runs on a fetched sheet — either loads the good rows or refuses with the first reason first', () => {
    for (const file of files) {
      const text = decode(readFileSync(new URL(file, DIR)));
      const want = EXPECTED[file]!;
      try {
        const { dataset } = csvDataset(text, `https://example.org/${file}`, { today: TODAY });
        expect(dataset.models, file).toHaveLength(want.models);
      } catch (e) {
        expect(e, file).toBeInstanceOf(LoadError);
        expect((e as LoadError).code, file).toBe('invalid_data');
        expect(want.models, file).toBe(0);
        // A sheet refused for its encoding or its kind says so first, not "no header".
        if (want.issues[0]?.startsWith('not_')) expect((e as LoadError).issues[0]?.code, file).toBe(want.issues[0].split('@')[0]);
      }
    }
  });

  it('says which encoding and kind of file it refused, in both languages', () => {
    const message = (file: string) => importModelsCsv(decode(readFileSync(new URL(file, DIR))), { today: TODAY }).issues[0]!.message;
    expect(message('utf16le-bom.csv').en).toContain('UTF-16');
    expect(message('utf16le-bom.csv').vi).toContain('CSV UTF-8');
    expect(message('binary-xlsx.csv').en).toContain('.xlsx');
    expect(message('html-saved-as-csv.csv').vi).toContain('trang web');
    expect(message('json-saved-as-csv.csv').en).toContain('JSON');
    expect(message('windows-1258.csv').en).toMatch(/^Row 1, column 2: The file is not saved as UTF-8: \d+ characters could not be read/);
    expect(message('windows-1258.csv').vi).toContain('Windows-1258');
    expect(message('unterminated-quote.csv').en).toBe(
      'Row 3, column 2: A quotation mark opens this cell and is never closed, so the rest of the file (2 lines) was read into this one cell; close or remove the quotation mark.',
    );
  });
});

describe('importModelsCsv(text) on very large malformed input, generated', () => {
  const header = 'STT;Tên mô hình;Lĩnh vực;Địa bàn;Năm;Số hộ hiến đất';
  const CASES: [string, () => string, (r: ImportModelsCsvResult) => void][] = [
    ['a 5 MB quoted name full of delimiters and line breaks', () => `${header}\n1;"${'Đường; hoa\n'.repeat(400_000)}";KT;Xã Thiên Lộc;2023;1`, (r) => {
      expect(r.models).toHaveLength(0);
      expect(r.issues.map(where)).toEqual(['too_long@2:2']);
    }],
    ['a 2 MB number', () => `${header}\n1;A;KT;Xã Thiên Lộc;2023;${'1'.repeat(2_000_000)}`, (r) => {
      expect(r.issues.map(where)).toEqual(['invalid_number@2:6']);
    }],
    ['a 5 MB cell whose quote never closes', () => `${header}\n1;"${'x'.repeat(5_000_000)}\n2;B;KT;Xã Thiên Lộc`, (r) => {
      expect(r.issues.map(where)).toEqual(['unterminated_quote@2:2', 'missing_value@2:3']);
    }],
    ['a million quotes inside a quoted cell', () => `${header}\n1;"${'""'.repeat(500_000)}";KT;Xã Thiên Lộc;2023;1`, (r) => {
      expect(r.issues.map(where)).toEqual(['too_long@2:2']);
    }],
    ['a header 20,000 columns wide over 5,000 rows', () => `${header};${'Cột lạ;'.repeat(20_000)}\n${'1;A;KT;Xã Thiên Lộc;2023;1\n'.repeat(5_000)}`, (r) => {
      expect(r.models).toHaveLength(5_000);
      expect(r.issues.every((i) => i.code === 'unknown_column' && i.row === 1)).toBe(true);
      expect(r.issues).toHaveLength(20_000);
    }],
    ['a megabyte of NUL bytes', () => '\u0000'.repeat(1_000_000), (r) => {
      expect(r.issues.map(where)).toEqual(['not_csv']);
    }],
    ['a row of 500,000 replacement characters', () => `${header}\n${'\uFFFD;'.repeat(500_000)}`, (r) => {
      // Said once for the file, and once for each of the first ten columns without a header: not half a million times.
      expect(r.issues.map(where).slice(0, 2)).toEqual(['not_utf8@2:1', 'invalid_value@2:3']);
      expect(r.issues.filter((i) => i.code === 'unnamed_column')).toHaveLength(10);
    }],
    ['20,000 rows each with a cell past the header', () => `${header}\n${'1;A;KT;Xã Thiên Lộc;2023;1;thừa\n'.repeat(20_000)}`, (r) => {
      expect(r.models).toHaveLength(20_000);
      expect(r.issues.map(where)).toEqual(['unnamed_column@2:7']);
    }],
  ];
  for (const [what, make, check] of CASES) {
    it(`importModelsCsv(${what}) answers within the time bound`, { timeout: 60_000 }, () => {
      const { result, ms } = timed(make());
      check(result);
      expect(ms).toBeLessThan(LARGE_TIME_BOUND);
    });
  }
});
