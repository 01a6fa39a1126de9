import { datasetSchemaData } from '../schema/dataset-schema-data.js';
import type { Dataset, DatasetHeader, Model, PlaceRecord, Source, Statistic } from '../types.js';
import type { JsonSchema } from './check-schema.js';
import { createIssue } from './create-issue.js';
import { checkDataset, type CheckOptions, type Entry } from './check-dataset.js';
import { parseRecord } from './parse-record.js';
import { sanitizeInput, type SanitizeContext } from './sanitize-input.js';
import { showValue } from './show-value.js';
import type { ValidationIssue } from './validation-issue.js';

/** Options for `validate`. */
export interface ValidateOptions extends CheckOptions {
  /**
   * Clean the input in place rather than copy it: faster on big files, and only for input nobody else holds, as
   * the result of your own `JSON.parse` (see `sanitizeInput`). Text input is always parsed and cleaned so.
   */
  readonly inPlace?: boolean;
}

/** What `validate` returns: the good part of the input, and every problem found in the rest. */
export interface ValidationResult {
  /** The usable dataset, or undefined when the input is not a dataset at all. */
  readonly data: Dataset | undefined;
  readonly issues: readonly ValidationIssue[];
}

const OPTIONAL = {
  source: new Set(['publisher', 'author', 'date', 'url', 'language', 'note']),
  place: new Set(['parent', 'validFrom', 'validTo']),
  model: new Set(['host', 'level', 'started', 'status', 'replicatedFrom', 'outcomes', 'sources', 'description']),
  statistic: new Set(['id', 'unit', 'field', 'status', 'host', 'level', 'note']),
};

const HEADER_FALLBACK = { title: '', language: 'vi', license: '', updated: '' } as const;
/** The dataset's lists, each checked record by record; the other top-level keys make up its header. */
const LISTS = new Set(['sources', 'places', 'models', 'statistics']);
const { $defs } = datasetSchemaData;

/**
 * Checks untrusted dataset input (parsed JSON, or JSON text) and returns what is usable with a list of issues.
 * It never throws on bad data: bad records are reported (code, path, message in vi and en) and skipped, good
 * records are kept, and a bad optional value is dropped without losing its record.
 *
 * @example
 * const { data, issues } = validate(await (await fetch(url)).text());
 * for (const issue of issues) console.warn(issue.message.vi);
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const ctx: SanitizeContext = { issues: [], reported: new Set() };
  let owned = options.inPlace;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
      owned = true;
    } catch (e) {
      return { data: undefined, issues: [createIssue('invalid_json', 'error', {}, { detail: (e as Error).message })] };
    }
  }
  const raw = sanitizeInput(input, undefined, ctx, 0, owned);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { data: undefined, issues: [...ctx.issues, createIssue('not_a_dataset', 'error', {})] };
  }
  const obj = raw as Record<string, unknown>;
  if (obj.version !== undefined && obj.version !== 1) {
    return { data: undefined, issues: [...ctx.issues, createIssue('unsupported_version', 'error', { path: ['version'] }, { value: showValue(obj.version) })] };
  }
  if (!('sources' in obj) && !('models' in obj) && !('statistics' in obj)) {
    return { data: undefined, issues: [...ctx.issues, createIssue('not_a_dataset', 'error', {})] };
  }

  // A header value that is missing or wrong is replaced by a neutral one and reported as a warning: a portal's
  // file without a licence line should still draw its chart.
  const header: Record<string, unknown> = { version: 1 };
  const headerIssues: ValidationIssue[] = [];
  for (const [key, schema] of Object.entries(datasetSchemaData.properties)) {
    if (key === 'version' || LISTS.has(key)) continue;
    const required = key in HEADER_FALLBACK;
    if (obj[key] === undefined && !required) continue;
    const value = parseRecord(schema, obj[key], [key], new Set(), { issues: headerIssues, reported: ctx.reported });
    if (value !== undefined) header[key] = value;
    else if (required) header[key] = HEADER_FALLBACK[key as keyof typeof HEADER_FALLBACK];
  }
  ctx.issues.push(...headerIssues.map((i) => ({ ...i, severity: 'warning' as const })));

  const sources = collect<Source>(obj, 'sources', $defs.Source, OPTIONAL.source, ctx);
  const places = collect<PlaceRecord>(obj, 'places', $defs.Place, OPTIONAL.place, ctx);
  const models = collect<Model>(obj, 'models', $defs.Model, OPTIONAL.model, ctx);
  const statistics = collect<Statistic>(obj, 'statistics', $defs.Statistic, OPTIONAL.statistic, ctx);

  const data = checkDataset(header as DatasetHeader, { sources, places, models, statistics }, ctx.issues, options);
  return { data, issues: ctx.issues };
}

function collect<T>(
  obj: Record<string, unknown>,
  key: 'sources' | 'places' | 'models' | 'statistics',
  schema: JsonSchema,
  optional: ReadonlySet<string>,
  ctx: SanitizeContext,
): Entry<T>[] | undefined {
  const list = obj[key];
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    ctx.issues.push(createIssue('invalid_type', 'error', { path: [key] }, { expected: 'array' }));
    return undefined;
  }
  const out: Entry<T>[] = [];
  for (let index = 0; index < list.length; index++) {
    const value = parseRecord<T>(schema, list[index], [key, index], optional, ctx);
    if (value !== undefined) out.push({ value, index });
  }
  return out;
}
