import { importModelsCsv } from '../csv/import-models-csv.js';
import type { Dataset } from '../types.js';
import type { ValidateOptions } from '../validate/validate.js';
import { checkLoaded, type LoadResult } from './load-dataset.js';

/**
 * Turns a models spreadsheet (CSV text) into a dataset, so a portal can point a chart at the file its office
 * already keeps. The file itself is the source: its name is the title and, when it was fetched over http(s), its
 * address is the link. Issues carry the row and column of each bad cell.
 *
 * @example
 * const { dataset, issues } = csvDataset(text, 'https://so.example.gov.vn/mo-hinh-2023.csv');
 */
export function csvDataset(text: string, url = '', options: ValidateOptions = {}): LoadResult {
  const { models, issues } = importModelsCsv(text, { today: options.today, sourceId: 'csv' });
  const name = url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  const file = decodeName(name) || 'CSV';
  const dataset: Dataset = {
    version: 1,
    title: file,
    language: 'vi',
    license: '',
    updated: (options.today ?? new Date().toISOString()).slice(0, 10),
    sources: [{ id: 'csv', title: file, ...(/^https?:/i.test(url) ? { url } : {}) }],
    models,
  };
  return checkLoaded({ data: dataset, issues });
}

/** A file name from a URL, percent-decoded; as it is when it holds a `%` that starts no escape ("50%.csv"). */
function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
