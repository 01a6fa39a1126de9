import type * as z from '../schema/z.js';
import { createIssue } from './create-issue.js';
import { showValue } from './show-value.js';
import type { SanitizeContext } from './sanitize-input.js';
import type { IssueCode, IssueParams } from './validation-issue.js';

type Schema = z.ZodMiniType;
type ZodIssue = z.core.$ZodIssue;

/**
 * Parses one record against its schema without losing what is good in it. When only optional parts are wrong —
 * a misspelt status, one bad outcome among many — those parts are dropped with a warning and the record is kept;
 * when a required part is wrong, the record is skipped with an error. Issues already reported while sanitising
 * are not repeated.
 */
export function parseRecord<S extends Schema>(
  schema: S,
  record: unknown,
  path: readonly (string | number)[],
  optional: ReadonlySet<string>,
  ctx: SanitizeContext,
): z.output<S> | undefined {
  let result = schema.safeParse(record);
  if (result.success) return result.data as z.output<S>;
  if (!isPlainObject(record)) {
    push(ctx, result.error.issues, record, path, 'error');
    return undefined;
  }
  const fatal = result.error.issues.filter((i) => !optional.has(String(i.path[0])));
  if (fatal.length > 0) {
    push(ctx, fatal, record, path, 'error');
    return undefined;
  }
  // Only optional parts failed: drop them (one array item at a time where possible) and try once more.
  push(ctx, result.error.issues, record, path, 'warning');
  const trimmed: Record<string, unknown> = { ...record };
  const dropItems = new Map<string, Set<number>>();
  for (const i of result.error.issues) {
    const key = String(i.path[0]);
    const index = i.path[1];
    if (Array.isArray(trimmed[key]) && typeof index === 'number') {
      let set = dropItems.get(key);
      if (!set) dropItems.set(key, (set = new Set()));
      set.add(index);
    } else delete trimmed[key];
  }
  for (const [key, set] of dropItems) {
    if (Array.isArray(trimmed[key])) trimmed[key] = (trimmed[key] as unknown[]).filter((_, i) => !set.has(i));
  }
  result = schema.safeParse(trimmed);
  return result.success ? (result.data as z.output<S>) : undefined;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function push(
  ctx: SanitizeContext,
  issues: readonly ZodIssue[],
  record: unknown,
  base: readonly (string | number)[],
  severity: 'error' | 'warning',
): void {
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = [...base, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    const key = path.join('.');
    if (seen.has(key) || [...ctx.reported].some((r) => key === r || key.startsWith(`${r}.`))) continue;
    seen.add(key);
    const [code, params] = describe(issue, valueAt(record, issue.path), String(path.at(-1) ?? ''));
    ctx.issues.push(createIssue(code, severity, { path }, params));
  }
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let v = record;
  for (const k of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** `key` names the value for "missing" messages: the last key of the full path, which a header field's own issue lacks. */
function describe(issue: ZodIssue, value: unknown, key: string): [IssueCode, IssueParams] {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? ['missing_value', { key }] : ['invalid_type', { expected: issue.expected, value: showValue(value) }];
    case 'invalid_value':
      return value === undefined
        ? ['missing_value', { key }]
        : ['invalid_value', { value: showValue(value), expected: issue.values.map(String).join(', ') }];
    case 'invalid_format':
      return ['invalid_format', { value: showValue(value), expected: issue.format === 'regex' ? '' : issue.format }];
    case 'too_big':
      return typeof value === 'string'
        ? ['too_long', { length: value.length, max: Number(issue.maximum) }]
        : ['invalid_value', { value: showValue(value), expected: `≤ ${issue.maximum}` }];
    case 'too_small':
      return typeof value === 'string' && value.length === 0
        ? ['missing_value', { key }]
        : ['invalid_value', { value: showValue(value), expected: `≥ ${issue.minimum}` }];
    case 'invalid_union': {
      const expected = [...new Set(issue.errors.flat().map((e) => ('expected' in e ? String(e.expected) : '')).filter(Boolean))];
      return value === undefined
        ? ['missing_value', { key }]
        : ['invalid_type', { expected: expected.join(' | ') || 'another shape', value: showValue(value) }];
    }
    default:
      return ['invalid_value', { value: showValue(value), expected: '' }];
  }
}
