import type { ValidateOptions } from '../validate/validate.js';
import { fetchText, type FetchLimits } from './fetch-text.js';
import type { LoadResult } from './load-dataset.js';
import { LoadError } from './load-error.js';
import { sniffFormat } from './sniff-format.js';
import { stripUrlControls } from '../url/strip-url-controls.js';

/** How each kind of file becomes a dataset. Leaving `csv` out keeps the CSV importer out of a browser bundle. */
export interface DatasetParsers {
  readonly json: (text: string, options: ValidateOptions) => LoadResult;
  readonly csv?: ((text: string, url: string, options: ValidateOptions) => LoadResult) | undefined;
}

/**
 * Fetches a URL and turns it into a dataset with the parser for what it holds (sniffed from the first characters,
 * the content type and the URL): JSON, CSV, an HTML page, which is refused as `not_data`, or binary data (an
 * image, a PDF, a workbook), refused as `binary_data`. Only `http:`,
 * `https:` and relative URLs are fetched.
 *
 * @example
 * const { dataset } = await fetchDataset('/data/models.csv', {}, { json: parseDataset, csv: csvDataset });
 */
export async function fetchDataset(url: string, options: FetchLimits & ValidateOptions, parsers: DatasetParsers): Promise<LoadResult> {
  // Read the scheme as a browser would, past tabs, newlines and invisible marks (" JaVa\tScRiPt:").
  const bare = stripUrlControls(url);
  if (/^[a-z][a-z0-9+.-]*:/i.test(bare) && !/^https?:/i.test(bare)) throw new LoadError('unsafe_url', { detail: url.slice(0, 80) });
  const fetched = await fetchText(url, options);
  const format = sniffFormat(fetched.text, fetched.contentType, fetched.url);
  if (format === 'json') return parsers.json(fetched.text, options);
  if (format === 'binary') throw new LoadError('binary_data', { detail: fetched.contentType || format });
  if (format === 'csv') {
    if (!parsers.csv) throw new LoadError('unsupported_format', { detail: 'csv' });
    return parsers.csv(fetched.text, fetched.url, options);
  }
  throw new LoadError('not_data', { detail: fetched.contentType || format });
}
