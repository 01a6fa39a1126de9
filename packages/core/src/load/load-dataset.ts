import type { Dataset } from '../types.js';
import { validate, type ValidateOptions } from '../validate/validate.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import { csvDataset } from './csv-dataset.js';
import { fetchDataset } from './fetch-dataset.js';
import type { FetchLimits } from './fetch-text.js';
import { LoadError } from './load-error.js';

/** Options for `loadDataset`: network limits and validation options. */
export type LoadOptions = FetchLimits & ValidateOptions;

/** A loaded dataset and what validation found in it. */
export interface LoadResult {
  readonly dataset: Dataset;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Fetches a dataset — a danvan JSON file, or a spreadsheet of models as CSV — and validates it. Problems with the
 * network or the file are `LoadError`s with distinct codes (not found, server error, timeout, too large, an HTML
 * page instead of data, malformed JSON, no usable records); problems with single records are issues beside the
 * data, and the good records load.
 *
 * @example
 * const { dataset, issues } = await loadDataset('https://example.org/ha-tinh.json');
 * query(dataset, { by: 'field' });
 */
export function loadDataset(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  return fetchDataset(url, options, { json: parseDataset, csv: csvDataset });
}

/**
 * Validates dataset JSON text already in hand (an inline `<script type="application/json">`, a file read from
 * disk) with the same rules and errors as `loadDataset`.
 *
 * @example
 * const { dataset } = parseDataset(script.textContent ?? '');
 */
export function parseDataset(text: string, options: ValidateOptions = {}): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LoadError('invalid_json', { detail: (e as Error).message, cause: e });
  }
  // The parsed JSON is this function's alone: cleaned in place, not copied.
  return checkLoaded(validate(json, { ...options, inPlace: true }));
}

/** Turns a validation result into a load result, refusing data with nothing usable in it. */
export function checkLoaded({ data, issues }: { data: Dataset | undefined; issues: readonly ValidationIssue[] }): LoadResult {
  const usable = data && ((data.statistics?.length ?? 0) > 0 || (data.models?.length ?? 0) > 0);
  if (!data || (!usable && issues.some((i) => i.severity === 'error'))) {
    throw new LoadError('invalid_data', { issues, detail: issues[0]?.message.en });
  }
  return { dataset: data, issues };
}
