// Counterexamples that the property tests and the malformed CSV corpus found, each shrunk to its smallest form,
// kept in test/fixtures/properties/counterexamples.json with what was wrong and where it was fixed. Each is an
// ordinary test here, so the bug stays fixed whatever seed the properties run with.
import { describe, expect, it } from 'vitest';
import { cleanText, importModelsCsv, parsePartialDate, parseReportedNumber, partialDateRange, query, type ImportModelsCsvOptions, type Model, type Query } from '@danvan/core';
import counterexamples from '../fixtures/properties/counterexamples.json';

interface Counterexample {
  readonly found: string;
  readonly counterexample: string;
  readonly fixed: string;
  readonly call: string;
  readonly args: readonly unknown[];
  readonly expect: unknown;
}

const CALLS: Record<string, (...args: never[]) => unknown> = {
  parseReportedNumber: (text: string, lang: 'vi' | 'en') => parseReportedNumber(text, lang),
  partialDateRange: (date: string) => partialDateRange(date),
  parsePartialDate: (date: string) => parsePartialDate(date),
  cleanText: (text: string) => cleanText(text),
  // Models in full; issues by code (their rows and columns are the corpus test's business).
  importModelsCsv: (text: string, options: ImportModelsCsvOptions) => {
    const { models, issues } = importModelsCsv(text, options);
    return { models, issues: issues.map((i) => i.code) };
  },
  // Rows as key and figure, from a dataset of the given models.
  query: (models: Model[], q: Query) =>
    query({ version: 1, title: 't', language: 'vi', license: 'CC0-1.0', updated: '2025', sources: [], models }, q).rows.map((r) => [r.key, r.value.value]),
};

describe('counterexamples found by the property tests and the malformed CSV corpus', () => {
  for (const c of counterexamples as readonly Counterexample[]) {
    it(`${c.call}(${c.args.map((a) => JSON.stringify(a)).join(', ').slice(0, 80)}): ${c.counterexample}`, () => {
      const call = CALLS[c.call];
      expect(call, c.call).toBeDefined();
      expect((call as (...args: unknown[]) => unknown)(...c.args)).toEqual(c.expect);
    });
  }
});
