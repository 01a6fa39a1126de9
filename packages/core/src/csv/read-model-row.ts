import { parseDateText } from '../date/parse-date-text.js';
import { partialDateRange } from '../date/partial-date.js';
import { labelsVi } from '../i18n/labels-vi.js';
import { modelSchema } from '../schema/entity-schemas.js';
import { idSchema } from '../schema/vocab-schemas.js';
import type { Model } from '../types.js';
import { createIssue } from '../validate/create-issue.js';
import { parseRecord } from '../validate/parse-record.js';
import type { SanitizeContext } from '../validate/sanitize-input.js';
import { FIELDS } from '../vocab/fields.js';
import { HOSTS } from '../vocab/hosts.js';
import { LEVELS } from '../vocab/levels.js';
import { STATUSES } from '../vocab/statuses.js';
import { fieldAliases } from './field-aliases.js';
import { hostAliases } from './host-aliases.js';
import type { ImportContext } from './import-context.js';
import { levelAliases } from './level-aliases.js';
import { matchAlias, type AliasTable } from './match-alias.js';
import { readCell } from './read-cell.js';
import type { CsvRow } from './read-csv-rows.js';
import { readMetricCell, type MetricCell } from './read-metric-cell.js';
import { statusAliases } from './status-aliases.js';

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

const OPTIONAL = new Set(['host', 'level', 'started', 'status', 'replicatedFrom', 'outcomes', 'sources', 'description']);

const EXPECTED = {
  field: FIELDS.map((f) => `${labelsVi.field[f]} (${labelsVi.fieldShort[f]})`).join('; '),
  host: HOSTS.map((h) => labelsVi.host[h]).join(', '),
  level: LEVELS.map((l) => labelsVi.level[l]).join(', '),
  status: STATUSES.map((s) => labelsVi.status[s]).join(', '),
};

/**
 * Reads one data row into a model. A bad required cell (name, field, place) skips the row with an error on that
 * cell; a bad optional cell (date, host, level, status, a figure) drops that value with a warning and keeps the
 * model. The model then goes through the same record parsing as JSON input (`modelSchema`), whose issues are
 * pointed back at their cells. Ids come from the id column, else `row-<line>`; a repeated id skips the row.
 *
 * @example
 * readModelRow({ cells: ['1', 'Đường hoa', 'KT', 'Thiên Lộc'], line: 5 }, ctx, { ids: new Set() }).model?.id;
 * // 'row-5'
 */
export function readModelRow(row: CsvRow, ctx: ImportContext, state: RowState): ModelRow {
  const { columns, issues } = ctx;
  const at = (column: number, path: readonly (string | number)[]) => ({ row: row.line, column: column + 1, path });
  const record: Record<string, unknown> = {};
  const columnOf = new Map<string, number>();
  const place: { province?: string; district?: string; place?: string; communeOnly?: boolean } = {};
  const placeColumns: { province?: number; district?: number; place?: number } = {};
  const metrics = new Map<number, MetricCell | null>();
  const outcomes: { metric: string; value: MetricCell['value']; unit: MetricCell['unit'] }[] = [];
  const outcomeColumns: number[] = [];
  let fatal = false;

  for (const c of ctx.active) {
    const role = columns[c];
    if (!role || role.kind === 'row-number') continue;
    const key = role.kind === 'metric' ? 'outcomes' : role.kind;
    const path = role.kind === 'metric' ? ['outcomes', role.metric] : [key];
    const text = readCell(row, c, path, issues);
    switch (role.kind) {
      case 'metric': {
        const cell = readMetricCell(text, role, ctx.decimalMark, at(c, path), issues, labelsVi.metric[role.metric]);
        if (cell === undefined) break;
        metrics.set(c, cell);
        if (cell) {
          outcomes.push({ metric: role.metric, value: cell.value, unit: cell.unit });
          outcomeColumns.push(c);
        }
        break;
      }
      case 'name':
      case 'description':
        if (text) record[key] = role.kind === 'name' ? text.replace(/\s+/g, ' ') : text;
        columnOf.set(key, c);
        break;
      case 'id':
        columnOf.set(key, c);
        if (text === '') break;
        if (idSchema.safeParse(text).success) record.id = text;
        else issues.push(createIssue('invalid_format', 'warning', at(c, path), { value: text.slice(0, 60), expected: 'id' }));
        break;
      case 'field':
        columnOf.set(key, c);
        fatal = !lookUp(fieldAliases, text, false, 'error', c, path) || fatal;
        break;
      case 'host':
      case 'level':
      case 'status':
        columnOf.set(key, c);
        lookUp(role.kind === 'host' ? hostAliases : role.kind === 'level' ? levelAliases : statusAliases, text, true, 'warning', c, path);
        break;
      case 'started': {
        columnOf.set(key, c);
        if (text === '') break;
        const date = parseDateText(text);
        if (!date) issues.push(createIssue('invalid_date', 'warning', at(c, path), { value: text.slice(0, 60) }));
        else {
          record.started = date;
          const range = partialDateRange(date);
          if (range && range[0] > ctx.today) issues.push(createIssue('future_date', 'warning', at(c, path), { value: text.slice(0, 60) }));
        }
        break;
      }
      default: {
        const part = role.kind === 'commune' ? 'place' : role.kind;
        columnOf.set('place', columnOf.get('place') ?? c);
        placeColumns[part] = c;
        if (text === '') break;
        place[part] = text.replace(/\s+/g, ' ');
        if (role.kind === 'commune') place.communeOnly = true;
      }
    }
  }

  if (outcomes.length > 0) record.outcomes = outcomes;
  if (record.name === undefined) {
    missing('name', columnOf.get('name'));
    fatal = true;
  }
  if (!fatal) fatal = !readPlace();
  if (fatal) return { metrics };

  record.id ??= `row-${row.line}`;
  if (ctx.sourceId !== undefined) record.sources = [ctx.sourceId];
  const model = parse();
  if (!model) return { metrics };
  if (state.ids.has(model.id)) {
    issues.push(createIssue('duplicate_id', 'error', at(columnOf.get('id') ?? columnOf.get('name') ?? 0, ['id']), { value: model.id }));
    return { metrics };
  }
  state.ids.add(model.id);
  return { model, metrics };

  function lookUp<T>(
    table: AliasTable<T>,
    text: string,
    prefix: boolean,
    severity: 'error' | 'warning',
    c: number,
    path: readonly (string | number)[],
  ): boolean {
    const key = path[0] as 'field' | 'host' | 'level' | 'status';
    if (text === '') return severity === 'warning' || missing(key, c);
    const value = matchAlias(table, text, prefix);
    if (value !== undefined) record[key] = value;
    else issues.push(createIssue('invalid_value', severity, at(c, path), { value: text.slice(0, 60), expected: EXPECTED[key] }));
    return value !== undefined;
  }

  /** Reports an empty required cell; returns false so callers can chain it. */
  function missing(key: string, c: number | undefined): false {
    issues.push(createIssue('missing_value', 'error', c === undefined ? { row: row.line, path: [key] } : at(c, [key]), { key }));
    return false;
  }

  function readPlace(): boolean {
    const column = (part: 'province' | 'district' | 'place') => placeColumns[part] ?? columnOf.get('place');
    if (!place.province && !place.district && !place.place) {
      if (ctx.defaultPlace !== undefined) return (record.place = ctx.defaultPlace), true;
      return missing('place', columnOf.get('place'));
    }
    const started = record.started as string | undefined;
    const days = ctx.at !== undefined ? [ctx.at] : started ? [started, (partialDateRange(started) as [string, string])[0]] : [ctx.today];
    const found = ctx.resolvePlace(place, days);
    if (found && 'code' in found) return (record.place = found.code), true;
    if (!found) return missing('place', columnOf.get('place'));
    const params: Record<string, string> = { value: found.value.slice(0, 60) };
    if (found.candidates) params.candidates = found.candidates;
    issues.push(createIssue(found.error, 'error', at(column(found.part) ?? 0, ['place']), params));
    return false;
  }

  function parse(): Model | undefined {
    const scratch: SanitizeContext = { issues: [], reported: new Set() };
    const model = parseRecord(modelSchema, record, [], OPTIONAL, scratch);
    for (const issue of scratch.issues) {
      const [key, index] = issue.path;
      const c = key === 'outcomes' && typeof index === 'number' ? outcomeColumns[index] : columnOf.get(String(key));
      const where = c === undefined ? { row: row.line, path: issue.path } : at(c, issue.path);
      issues.push(createIssue(issue.code, issue.severity, where, issue.params));
    }
    return model;
  }
}
