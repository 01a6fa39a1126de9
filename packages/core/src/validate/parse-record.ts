import { datasetSchemaData } from '../schema/dataset-schema-data.js';
import { checkSchema, type JsonSchema, type SchemaIssue } from './check-schema.js';
import { createIssue } from './create-issue.js';
import type { SanitizeContext } from './sanitize-input.js';

/**
 * Parses one record against its schema (a part of the dataset schema, `datasetSchemaData`) without losing what is
 * good in it. When only optional parts are wrong — a misspelt status, one bad outcome among many — those parts are
 * dropped with a warning and the record is kept; when a required part is wrong, the record is skipped with an
 * error. Issues already reported while sanitising are not repeated.
 */
export function parseRecord<T>(
  schema: JsonSchema,
  record: unknown,
  path: readonly (string | number)[],
  optional: ReadonlySet<string>,
  ctx: SanitizeContext,
): T | undefined {
  let result = checkSchema<T>(schema, record, datasetSchemaData, path);
  if (result.ok) return result.value;
  // Issue paths start with `path`; what follows is the key in the record, then (in a list) the item's index.
  const depth = path.length;
  if (!isPlainObject(record)) {
    push(ctx, result.issues, 'error');
    return undefined;
  }
  const fatal = result.issues.filter((i) => !optional.has(String(i.path[depth])));
  if (fatal.length > 0) {
    push(ctx, fatal, 'error');
    return undefined;
  }
  // Only optional parts failed: drop them (one array item at a time where possible) and try once more.
  push(ctx, result.issues, 'warning');
  const trimmed: Record<string, unknown> = { ...record };
  const dropItems = new Map<string, Set<number>>();
  for (const i of result.issues) {
    const key = String(i.path[depth]);
    const index = i.path[depth + 1];
    if (Array.isArray(trimmed[key]) && typeof index === 'number') {
      let set = dropItems.get(key);
      if (!set) dropItems.set(key, (set = new Set()));
      set.add(index);
    } else delete trimmed[key];
  }
  for (const [key, set] of dropItems) {
    if (Array.isArray(trimmed[key])) trimmed[key] = (trimmed[key] as unknown[]).filter((_, i) => !set.has(i));
  }
  result = checkSchema<T>(schema, trimmed, datasetSchemaData, path);
  return result.ok ? result.value : undefined;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Reports each place once, and nothing where (or under where) the sanitiser already reported. */
function push(ctx: SanitizeContext, issues: readonly SchemaIssue[], severity: 'error' | 'warning'): void {
  const seen = new Set<string>();
  for (const { code, path, params } of issues) {
    const key = path.join('.');
    if (seen.has(key) || [...ctx.reported].some((r) => key === r || key.startsWith(`${r}.`))) continue;
    seen.add(key);
    ctx.issues.push(createIssue(code, severity, { path }, params));
  }
}
