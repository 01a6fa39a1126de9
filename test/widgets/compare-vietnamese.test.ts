// core's compareVietnamese sorts names by keys of its own rather than with Intl.Collator (a page's first collator
// costs some 10 ms in Chromium). Core's property test holds it to Node's ICU; this one holds it to this browser's,
// the one readers' pages run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese } from '@danvan/core';

const VI_LETTERS = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz';

describe('compareVietnamese(a, b) in Chromium', () => {
  it("property: orders any two names as this browser's Intl.Collator('vi', { sensitivity: 'base', numeric: true }) does", () => {
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    const char = fc.constantFrom(...VI_LETTERS, ...VI_LETTERS.toUpperCase(), ' ', ' ', '0', '1', '2', '9', '-', '.', '\u00a0', 'ö', '\u0301', '\u0306');
    const name = fc.oneof(
      fc.array(char, { maxLength: 14 }).map((cs) => cs.join('')),
      fc.tuple(fc.constantFrom('Phường ', 'xã Thử ', ''), fc.stringMatching(/^[0-9]{1,24}$/), fc.constantFrom('', ' A', 'b')).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(Math.sign(compareVietnamese(a, b)), `${a} | ${b}`).toBe(Math.sign(collator.compare(a, b)));
      }),
      // The seed of the core property tests (fc-runs.ts, which reads process.env: not in a browser).
      { seed: 20_260_101, numRuns: 3000 },
    );
  });
});
