import { parseDateText } from '../date/parse-date-text.js';
import { partialDateRange } from '../date/partial-date.js';
import { labelsVi } from '../i18n/labels-vi.js';
import { datasetSchemaData } from '../schema/dataset-schema-data.js';
import type { Model } from '../types.js';
import { checkSchema } from '../validate/check-schema.js';
import { parseRecord } from '../validate/parse-record.js';
import type { SanitizeContext } from '../validate/sanitize-input.js';
import type { IssueCode, IssueParams, Severity } from '../validate/validation-issue.js';
import { FIELDS } from '../vocab/fields.js';
import { PLACE_KINDS } from './header-aliases.js';
import type { ImportContext } from './import-context.js';
import { pushIssue } from './push-issue.js';
import { readCell } from './read-cell.js';
import type { CsvRow } from './read-csv-rows.js';
import type { ColumnRole } from './read-header-cell.js';
import { readMetricCells, type MetricCell } from './read-metric-cells.js';
import { VALUE_ALIASES } from './value-aliases.js';

/** One data row as read: the model, when the row makes one, and its metric cells for the totals check. */
export interface ModelRow {
  readonly model?: Model | undefined;
  /** Metric cells by column index: a figure, or null when the cell was bad. */
  readonly metrics: ReadonlyMap<number, MetricCell | null>;
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
 * readModelRow({ cells: ['1', 'Đường hoa', 'KT', 'Thiên Lộc'], line: 5 }, ctx).model?.id;
 * // 'row-5'
 */
export function readModelRow(row: CsvRow, ctx: ImportContext): ModelRow {
  const { columns, issues } = ctx;
  // Each kind's column and text; a commune column holds the narrowest part of the place.
  const columnOf = new Map<string, number>();
  const text: Partial<Record<string, string>> = {};
  let firstPlace: number | undefined;
  for (const c of ctx.active) {
    const kind = (columns[c] as ColumnRole).kind;
    if (kind === 'metric') continue;
    const key = kind === 'commune' ? 'place' : kind;
    if (PLACE_KINDS.includes(key)) firstPlace ??= c;
    columnOf.set(key, c);
    text[key] = readCell(row, c, [kind], issues);
  }
  const report = (code: IssueCode, severity: Severity, key: string, params: IssueParams | string, c = columnOf.get(key)) =>
    pushIssue(issues, code, severity, row.line, c, [key], params);
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
  const started = text.started && parseDateText(text.started);
  if (started) record.started = started;
  // A partial date is after today when its first day is, which is when it sorts after today ("2026-02" > "2026-01-15").
  if (text.started && (!started || started > ctx.today)) report(started ? 'future_date' : 'invalid_date', 'warning', 'started', text.started);
  const metrics = readMetricCells(row, ctx, 'outcomes');
  const outcomeColumns = [...metrics.keys()].filter((c) => metrics.get(c));
  if (outcomeColumns.length > 0) record.outcomes = outcomeColumns.map((c) => metrics.get(c));
  if (!record.name || !record.field || !readPlace()) return { metrics };

  record.id ??= `row-${row.line}`;
  if (ctx.sourceId !== undefined) record.sources = [ctx.sourceId];
  const model = parse();
  if (model && ctx.ids.has(model.id)) {
    report('duplicate_id', 'error', 'id', { value: model.id }, columnOf.get('id') ?? columnOf.get('name') ?? 0);
    return { metrics };
  }
  if (model) ctx.ids.add(model.id);
  return { model, metrics };

  function readPlace(): boolean {
    const collapse = (part: string) => text[part]?.replace(/\s+/g, ' ') || undefined;
    const cells = { province: collapse('province'), district: collapse('district'), place: collapse('place') };
    const days = ctx.at !== undefined ? [ctx.at] : started ? [started, (partialDateRange(started) as [string, string])[0]] : [ctx.today];
    const communeOnly = !!cells.place && columns[columnOf.get('place') as number]?.kind === 'commune';
    const found = ctx.resolvePlace({ ...cells, communeOnly }, days);
    if (!found) report('missing_value', 'error', 'place', { key: 'place' }, firstPlace);
    else if ('code' in found) record.place = found.code;
    else {
      const { error, value, candidates } = found;
      report(error, 'error', 'place', candidates ? { value: value.slice(0, 60), candidates } : value, columnOf.get(found.part) ?? firstPlace ?? 0);
    }
    return record.place !== undefined;
  }

  function parse(): Model | undefined {
    const scratch: SanitizeContext = { issues: [], reported: new Set() };
    const model = parseRecord<Model>($defs.Model, record, [], OPTIONAL, scratch);
    for (const { code, severity, path, params } of scratch.issues) {
      const [key, index] = path;
      const c = key === 'outcomes' && typeof index === 'number' ? outcomeColumns[index] : key === 'place' ? firstPlace : columnOf.get(String(key));
      pushIssue(issues, code, severity, row.line, c, path, params);
    }
    return model;
  }
}
