// Properties of what core writes and reads back: figures, numbers, dates, and the text and URL hygiene every
// string from data goes through. Each runs 1,000 cases or more (see fc-runs.ts for seeds and replays).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIELDS,
  HOSTS,
  QUALIFIERS,
  STATUSES,
  UNITS,
  cleanText,
  compareVietnamese,
  detectLegacyEncoding,
  foldName,
  formatNumber,
  formatPartialDate,
  formatReported,
  gazetteer,
  labelsFor,
  parseDateText,
  parseNumberText,
  parsePartialDate,
  partialDateRange,
  parseReportedNumber,
  reportedQualifier,
  reportedValue,
  safeUrl,
  type Lang,
} from '@danvan/core';
import { runs } from './fc-runs.js';

const lang = fc.constantFrom<Lang>('vi', 'en');
const MARK = { vi: ',', en: '.' } as const;
/** Figures as reports give them: whole or with up to two decimals, from tiny to trillions, either sign. */
const figure = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: -1e15, max: 1e15 }).map((cents) => cents / 100),
  fc.constantFrom(0, 1, 999, 1000, 1000.5, 19_300, 1_000_000, 0.01, 0.1, 1e15, 123_456_789.12),
);
/** Any finite double, rounding cases and extremes included. */
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
/** A day between 1900 and 2100 as a partial date of each precision. */
const partialDate = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 }))
  .map(([y, m, d]) => {
    const mm = String(m).padStart(2, '0');
    if (m === 0) return String(y);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return d === 0 ? `${y}-${mm}` : `${y}-${mm}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });
// Characters clean text must not hold: C0/C1 controls other than tab and line breaks, bidi controls, zero-width
// characters and the BOM (what cleanText promises, written out independently). CR is a line break: it becomes \n.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const VI_LETTERS = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
/** Vietnamese text in any case, NFC or NFD, with spaces and punctuation. */
const vietnamese = fc
  .array(fc.constantFrom(...VI_LETTERS, ...VI_LETTERS.toUpperCase(), ' ', ' ', '-', ',', '.', '0', '7'), { maxLength: 40 })
  .map((cs) => cs.join(''));
const invisible = fc.constantFrom('\r', '\r\n', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u061C', '\u200B', '\u200D', '\u200E', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u2060');
const withInvisibles = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) }, { weight: 2, arbitrary: vietnamese }, { weight: 2, arbitrary: invisible }), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('formatReported(x, lang, unit) and parseReportedNumber(text, lang)', { timeout: 60_000 }, () => {
  it('property: parseReportedNumber(formatReported(x, lang, unit), lang) gives back the figure, its hedge and its unit', () => {
    fc.assert(
      fc.property(figure, fc.constantFrom(...QUALIFIERS), fc.constantFrom(...UNITS), lang, (x, qualifier, unit, l) => {
        const text = formatReported({ value: x, qualifier }, l, unit);
        const read = parseReportedNumber(text, l);
        expect(read, text).toBeDefined();
        expect(reportedValue(read!.value)).toBe(x === 0 ? 0 : x);
        expect(reportedQualifier(read!.value)).toBe(qualifier);
        // A plain count has no word; every other unit is named and read back.
        expect(read!.unit).toBe(unit === 'count' ? undefined : unit);
      }),
      runs(1000),
    );
  });

  it('property: parseReportedNumber(formatNumber(x, lang, { compact: "long" }), lang) is x to the two digits shown', () => {
    fc.assert(
      fc.property(fc.oneof(figure, fc.double({ min: -1e18, max: 1e18, noNaN: true })), lang, (x, l) => {
        const text = formatNumber(x, l, { compact: 'long' });
        const read = parseReportedNumber(text, l);
        expect(read, text).toBeDefined();
        // "19,3 nghìn" for 19,349: one decimal of the leading part, so within 5% (and 0.05 below a thousand).
        expect(Math.abs(reportedValue(read!.value) - x)).toBeLessThanOrEqual(0.05 * Math.abs(x) + 0.05);
      }),
      runs(1000),
    );
  });
});

describe('formatNumber(x, lang) and parseNumberText(text)', { timeout: 60_000 }, () => {
  it('property: parseNumberText(formatNumber(x, lang), its decimal mark) is x rounded to two decimals, for any finite double', () => {
    fc.assert(
      fc.property(anyDouble, lang, (x, l) => {
        const text = formatNumber(x, l);
        expect(text).not.toMatch(/NaN|∞|Infinity|e/i);
        const read = parseNumberText(text, MARK[l]);
        expect(read, text).toBeDefined();
        expect(Math.abs(read!.value - x)).toBeLessThanOrEqual(0.005 + Math.abs(x) * 1e-15);
        if (read!.value !== 0) expect(Math.sign(read!.value)).toBe(Math.sign(x));
      }),
      runs(1000),
    );
  });

  it('property: formatNumber(x, lang, { maximumFractionDigits: d }) writes what Intl.NumberFormat writes, ties and huge numbers included', () => {
    // formatNumber skips Intl for speed; this holds it to Intl's output (vi-VN, en-GB) digit for digit.
    const tie = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })).map(([k, d]) => (k + 0.5) / 10 ** d);
    const value = fc.oneof(anyDouble, tie, fc.integer({ min: -1e7, max: 1e7 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }));
    fc.assert(
      fc.property(value, lang, fc.integer({ min: 0, max: 6 }), (x, l, d) => {
        const intl = new Intl.NumberFormat(l === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: d }).format(x === 0 ? 0 : x);
        expect(formatNumber(x, l, { maximumFractionDigits: d }), String(x)).toBe(Number.isFinite(x) ? intl : '–');
      }),
      runs(3000),
    );
  });

  it('property: parseNumberText(text) is finite or undefined for any text, and a leading minus negates it', () => {
    const numberish = fc
      .array(fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '\u00A0', 'e', 'E', '+', '-', '−', '1e308', '999'), { maxLength: 25 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string({ unit: 'binary', maxLength: 30 })), fc.constantFrom(undefined, ',' as const, '.' as const), (text, mark) => {
        const read = parseNumberText(text, mark);
        if (read === undefined) return;
        expect(Number.isFinite(read.value)).toBe(true);
        const body = text.trim();
        if (/^[-−+]/.test(body) || read.value === 0) return;
        expect(parseNumberText(`-${body}`, mark)?.value).toBe(-read.value);
      }),
      runs(1000),
    );
  });
});

describe('formatPartialDate(date, lang), parseDateText(text) and partialDateRange(date)', { timeout: 60_000 }, () => {
  it('property: parseDateText(formatPartialDate(d, lang)) is d, for every partial date from 1900 to 2100', () => {
    fc.assert(
      fc.property(partialDate, lang, (d, l) => {
        expect(parseDateText(formatPartialDate(d, l))).toBe(d);
      }),
      runs(1000),
    );
  });

  it('property: partialDateRange(d) runs from the first to the last day d covers, as the calendar counts them, for years 0000-9999', () => {
    const anyDate = fc
      .tuple(fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 4, 99, 100, 400, 1900, 2000, 2024)), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 }))
      .map(([y, m, d]) => [String(y).padStart(4, '0'), m && String(m).padStart(2, '0'), d && String(d).padStart(2, '0')].filter(Boolean).join('-'));
    /** The calendar's own days in a month: proleptic Gregorian, as ISO 8601 counts year 0000 (a leap year). */
    const daysIn = (y: number, m: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
    fc.assert(
      fc.property(anyDate, (d) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number | undefined, number | undefined];
        const valid = m === undefined || (m >= 1 && m <= 12 && (day === undefined || (day >= 1 && day <= daysIn(y, m))));
        const range = partialDateRange(d);
        expect(range !== undefined, d).toBe(valid);
        if (!range) return;
        const [start, end] = range;
        expect(start <= end).toBe(true);
        expect(partialDateRange(start)).toEqual([start, start]);
        expect(partialDateRange(end)).toEqual([end, end]);
        expect(start.startsWith(d) && end.startsWith(d)).toBe(true);
        const last = m === undefined ? 31 : day ?? daysIn(y, m);
        expect(end.slice(-2)).toBe(String(last).padStart(2, '0'));
        expect(parsePartialDate(d)).toEqual({ year: y, ...(m === undefined ? {} : { month: m }), ...(day === undefined ? {} : { day }) });
      }),
      runs(1000),
    );
  });
});

describe('cleanText(text), foldName(name) and detectLegacyEncoding(text)', { timeout: 60_000 }, () => {
  it('property: cleanText(text) is NFC, holds no bidi, zero-width or control characters, and cleaning it again changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(withInvisibles, fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
        const { text: out, changed } = cleanText(text);
        expect(out).not.toMatch(INVISIBLE);
        expect(out).not.toContain('\r');
        expect(out).toBe(out.normalize('NFC'));
        expect(cleanText(out)).toEqual({ text: out, changed: false });
        // `changed` says whether characters were removed, not whether the text was normalised.
        expect(changed).toBe(INVISIBLE.test(text));
      }),
      runs(1000),
    );
  });

  it('property: foldName is idempotent and blind to case, NFD and diacritics in Vietnamese text', () => {
    const bare = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    fc.assert(
      fc.property(vietnamese, (name) => {
        const folded = foldName(name);
        expect(foldName(folded)).toBe(folded);
        expect(foldName(name.normalize('NFD'))).toBe(folded);
        expect(foldName(name.toUpperCase())).toBe(folded);
        expect(foldName(bare(name))).toBe(folded);
        expect(folded).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      runs(1000),
    );
  });

  it('property: detectLegacyEncoding never flags Unicode names of places, fields, hosts and statuses, however combined', () => {
    const vi = labelsFor('vi');
    const en = labelsFor('en');
    const words = [
      ...new Set(gazetteer.places.flatMap((p) => [p.name, gazetteer.label(p.code, 'vi'), ...(p.aliases ?? [])])),
      ...FIELDS.flatMap((f) => [vi.field[f], vi.fieldShort[f], en.field[f]]),
      ...HOSTS.map((h) => vi.host[h]),
      ...STATUSES.map((s) => vi.status[s]),
      ...Object.values(vi.metric),
      ...UNITS.map((u) => vi.unit[u]),
      ...Object.values(vi.qualifier),
      '30°C', 'm²', '«Dân vận khéo»', '“Dân vận khéo”', 'Tổng cộng', 'Nguồn: Báo Hà Tĩnh', 'tỉnh Hà Tĩnh', 'Nghị quyết 1665/NQ-UBTVQH15',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ', ', '; ', ' - ', '\n'), fc.boolean(), (parts, sep, nfd) => {
        const text = parts.join(sep);
        expect(detectLegacyEncoding(nfd ? text.normalize('NFD') : text), text).toBeUndefined();
      }),
      runs(1000),
    );
  });
});

describe('compareVietnamese(a, b)', { timeout: 60_000 }, () => {
  // Names as data gives them: Vietnamese letters with every tone in either case (NFC, and now and then NFD), the
  // Latin letters Vietnamese lacks, digits with leading zeros, spaces; loose combining marks in any order; and
  // characters its own keys leave to the collator (punctuation, a no-break space, other diacritics), so that mixed
  // comparisons are held to it too.
  const LETTERS = `${VI_LETTERS}fjwz`;
  const MARKS = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031b', '\u0323', '\u0308'];
  const char = fc.constantFrom(...LETTERS, ...LETTERS.toUpperCase(), ...MARKS, ' ', ' ', '0', '0', '1', '2', '9', '-', '.', '(', '\u00a0', 'ö', 'ç', 'ǹ');
  const name = fc.tuple(fc.array(char, { maxLength: 14 }), fc.nat(9)).map(([cs, n]) => (n === 0 ? cs.join('').normalize('NFD') : cs.join('')));
  const numbered = fc
    .tuple(fc.constantFrom('Phường ', 'xã Thử ', 'Tổ dân phố ', ''), fc.stringMatching(/^[0-9]{1,24}$/), fc.constantFrom('', ' A', 'b', ' 7'))
    .map((parts) => parts.join(''));

  it("property: orders any two names as Intl.Collator('vi', { sensitivity: 'base', numeric: true }) does", () => {
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    fc.assert(
      fc.property(fc.oneof(name, numbered), fc.oneof(name, numbered), (a, b) => {
        expect(Math.sign(compareVietnamese(a, b)), `${a} | ${b}`).toBe(Math.sign(collator.compare(a, b)));
      }),
      runs(5000),
    );
  });

  it('orders the alphabet, numbers by value, and leaves tones and case aside', () => {
    expect(['Vũ Quang', 'Cẩm Xuyên', 'Can Lộc', 'Đức Thọ', 'Dương Thủy'].sort(compareVietnamese)).toEqual(['Can Lộc', 'Cẩm Xuyên', 'Dương Thủy', 'Đức Thọ', 'Vũ Quang']);
    expect(['Phường 10', 'Phường 2', 'Phường 02'].sort(compareVietnamese)).toEqual(['Phường 2', 'Phường 02', 'Phường 10']);
    expect(compareVietnamese('THẠCH HÀ', 'thạch hà')).toBe(0);
    expect(compareVietnamese('Thach Ha', 'Thạch Hà')).toBe(0);
  });
});

describe('safeUrl(raw)', { timeout: 60_000 }, () => {
  const ALLOWED = ['https:', 'http:', 'mailto:'];
  const piece = fc.oneof(
    fc.constantFrom('javascript:', 'JaVaScRiPt:', 'java', 'script:', 'data:', 'vbscript:', 'file:', 'blob:', 'http', 'https:', 'http:', 'mailto:', ':', '//', '/', 'alert(1)', 'example.org', '%0a', '&#x3a;', '\\', 'x'),
    fc.constantFrom('\u0000', '\t', '\n', '\r', ' ', '\u000B', '\u001F', '\u007F', '\u00A0', '\u0085', '\u1680', '\u2000', '\u200B', '\u200D', '\u2028', '\u2029', '\u202E', '\u2060', '\u3000', '\uFEFF', '\u180E', '\u00AD', '\u034F'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  const raw = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));

  it('property: safeUrl(raw) returns undefined or a URL a parser reads with an allowed scheme, and refuses whatever a browser would run as another scheme', () => {
    fc.assert(
      fc.property(raw, (text) => {
        const safe = safeUrl(text);
        // What a browser does with the raw text in an href: WHATWG URL parsing (Node's URL is the same parser).
        const browser = URL.canParse(text) ? new URL(text).protocol : undefined;
        if (browser !== undefined && !ALLOWED.includes(browser)) expect(safe).toBeUndefined();
        if (safe === undefined) return;
        expect(safe).not.toMatch(/[\u0000-\u0020\u007F-\u00A0]/);
        expect(ALLOWED).toContain(/^[a-z][a-z0-9+.-]*:/i.exec(safe)![0].toLowerCase());
        if (URL.canParse(safe)) expect(ALLOWED).toContain(new URL(safe).protocol);
        expect(safeUrl(safe)).toBe(safe);
      }),
      runs(2000),
    );
  });
});
