import type { DatasetParsers } from '@danvan/core';

// The CSV importer (header aliases in two languages, number and date readers, place matching) is the largest
// part of core; an element alone only carries it when the page asks for CSV, by importing
// '@danvan/widgets/csv.js' (the CDN bundle always does).
let parser: DatasetParsers['csv'];

/** Lets elements read models spreadsheets (CSV) from `src`. Called by `@danvan/widgets/csv.js`. */
export function registerCsvParser(csv: NonNullable<DatasetParsers['csv']>): void {
  parser = csv;
}

/** The registered CSV parser, if a page loaded one. */
export function csvParser(): DatasetParsers['csv'] {
  return parser;
}
