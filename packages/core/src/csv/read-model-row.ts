import { parseDateText } from '../date/parse-date-text.js';
import { partialDateRange } from '../date/partial-date.js';
import { labelsVi } from '../i18n/labels-vi.js';
import { datasetSchemaData } from '../schema/dataset-schema-data.js';
import type { Model } from '../types.js';
import { checkSchema } from '../validate/check-schema.js';
import { createIssue } from '../validate/create-issue.js';
import { parseRecord } from '../validate/parse-record.js';
import type { SanitizeContext } from '../validate/sanitize-input.js';
import type { IssueCode, IssueParams, Severity } from '../validate/validation-issue.js';
import { FIELDS } from '../vocab/fields.js';
import type { ImportContext } from './import-context.js';
import type { ColumnRole } from './read-header-cell.js';

type MetricRole = Extract<ColumnRole, { kind: 'metric' }>;
import { readCell } from './read-cell.js';
import type { CsvRow } from './read-csv-rows.js';
import { readMetricCells, type MetricCell } from './read-metric-cells.js';
import { VALUE_ALIASES } from './value-aliases.js';

/** One data row as read: the model, when the row makes one, and its metric cells for the totals check. */
export interface ModelRow {
  readonly model?: Model | undefined;
  /** Metric cells by column index: a figure, or null when the cell was bad. */
  readonly metrics: ReadonlyMap<number, MetricCell | null>;
}

/** What the model row reader keeps across rows: the ids taken so far. */
export interface RowState {
  readonly ids: Set<string>;
}

const { $defs } = datasetSchemaData;
const OPTIONAL = new Set(['host', 'level', 'started', 'status', 'replicatedFrom', 'outcomes', 'sources', 'description']);

// What a vocabulary cell may hold, for the issue that says it holds something else.
const expected = (key: keyof typeof VALUE_ALIASES) =>
  key === 'field'
    ? FIELDS.map((f) => `${labelsVi.field[f]} (${labelsVi.fieldShort[f]})`).join('; ')
    : Object.values(labelsVi[key]).join(', ');

/**
 * Reads one data row into a model. A bad required cell (name, field, place) skips the row with an error on that
 * cell; a bad optional cell (date, host, level, status, a figure) drops that value with a warning and keeps the
 * model. The model then goes through the same record parsing as JSON input (the dataset schema's `Model`), whose
 * issues are pointed back at their cells. Ids come from the id column, else `row-<line>`; a repeated id skips the
 * row.
 *
 * @example
 * readModelRow({ cells: ['1', 'Đường hoa', 'KT', 'Thiên Lộc'], line: 5 }, ctx, { ids: new Set() }).model?.id;
 * // 'row-5'
 */
export function readModelRow(row: CsvRow, ctx: ImportContext, state: RowState): ModelRow {
  const { columns, issues } = ctx;
  const at = (c: number | undefined, path: readonly (string | number)[]) =>
    c === undefined ? { row: row.line, path } : { row: row.line, column: c + 1, path };
  // Each kind's column and text; a commune column holds the narrowest part of the place.
  const columnOf = new Map<string, number>();
  const text: Partial<Record<string, string>> = {};
  let firstPlace: number | undefined;
  for (const c of ctx.active) {
    const kind = (columns[c] as ColumnRole).kind;
    if (kind === 'metric') continue;
    const key = kind === 'commune' ? 'place' : kind;
    if (key === 'place' || key === 'district' || key === 'province') firstPlace ??= c;
    columnOf.set(key, c);
    text[key] = readCell(row, c, [kind], issues);
  }
  const report = (code: IssueCode, severity: Severity, key: string, params: IssueParams, c = columnOf.get(key)) =>
    issues.push(createIssue(code, severity, at(c, [key]), params));
  const record: Record<string, unknown> = {};

  if (text.name) record.name = text.name.replace(/\s+/g, ' ');
  else report('missing_value', 'error', 'name', { key: 'name' });
  if (text.description) record.description = text.description;
  if (text.id && checkSchema($defs.Id, text.id).ok) record.id = text.id;
  else if (text.id) report('invalid_format', 'warning', 'id', { value: text.id.slice(0, 60), expected: 'id' });
  for (const key of ['field', 'host', 'level', 'status'] as const) {
    const cell = text[key];
    const value = cell && VALUE_ALIASES[key](cell);
    // A bad or missing field skips the row; a bad host, level or status is only dropped.
    if (value) record[key] = value;
    else if (cell) {
      report('invalid_value', key === 'field' ? 'error' : 'warning', key, { value: cell.slice(0, 60), expected: expected(key) });
    } else if (key === 'field') report('missing_value', 'error', key, { key });
  }
  if (text.started) {
    const date = parseDateText(text.started);
    const range = date && partialDateRange(date);
    if (date) record.started = date;
    if (!date || (range && range[0] > ctx.today)) {
      report(date ? 'future_date' : 'invalid_date', 'warning', 'started', { value: text.started.slice(0, 60) });
    }
  }
  const metrics = readMetricCells(row, ctx, 'outcomes');
  const outcomes: { metric: string; value: MetricCell['value']; unit: MetricCell['unit'] }[] = [];
  const outcomeColumns: number[] = [];
  for (const [c, cell] of metrics) {
    if (!cell) continue;
    outcomes.push({ metric: (columns[c] as MetricRole).metric, ...cell });
    outcomeColumns.push(c);
  }
  if (outcomes.length > 0) record.outcomes = outcomes;
  if (!record.name || !record.field || !readPlace()) return { metrics };

  record.id ??= `row-${row.line}`;
  if (ctx.sourceId !== undefined) record.sources = [ctx.sourceId];
  const model = parse();
  if (model && state.ids.has(model.id)) {
    report('duplicate_id', 'error', 'id', { value: model.id }, columnOf.get('id') ?? columnOf.get('name') ?? 0);
    return { metrics };
  }
  if (model) state.ids.add(model.id);
  return { model, metrics };

  function readPlace(): boolean {
    const collapse = (part: string) => text[part]?.replace(/\s+/g, ' ') || undefined;
    const cells = { province: collapse('province'), district: collapse('district'), place: collapse('place') };
    const started = record.started as string | undefined;
    const days = ctx.at !== undefined ? [ctx.at] : started ? [started, (partialDateRange(started) as [string, string])[0]] : [ctx.today];
    const given = cells.province || cells.district || cells.place;
    const communeOnly = !!cells.place && columns[columnOf.get('place') as number]?.kind === 'commune';
    const fallback = ctx.defaultPlace === undefined ? undefined : { code: ctx.defaultPlace };
    const found = given ? ctx.resolvePlace({ ...cells, communeOnly }, days) : fallback;
    if (found && 'code' in found) record.place = found.code;
    else if (!found) report('missing_value', 'error', 'place', { key: 'place' }, firstPlace);
    else {
      const params: Record<string, string> = { value: found.value.slice(0, 60) };
      if (found.candidates) params.candidates = found.candidates;
      report(found.error, 'error', 'place', params, columnOf.get(found.part) ?? firstPlace ?? 0);
    }
    return record.place !== undefined;
  }

  function parse(): Model | undefined {
    const scratch: SanitizeContext = { issues: [], reported: new Set() };
    const model = parseRecord<Model>($defs.Model, record, [], OPTIONAL, scratch);
    for (const issue of scratch.issues) {
      const [key, index] = issue.path;
      const c =
        key === 'outcomes' && typeof index === 'number' ? outcomeColumns[index] : key === 'place' ? firstPlace : columnOf.get(String(key));
      issues.push(createIssue(issue.code, issue.severity, at(c, issue.path), issue.params));
    }
    return model;
  }
}
