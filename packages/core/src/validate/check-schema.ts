import { objectChecker } from './object-checker.js';
import type { PathNode } from './sanitize-input.js';
import { list, oneOf, scalar, text, union, type Checker, type Found } from './schema-checkers.js';
import type { IssueCode, IssueParams } from './validation-issue.js';

/**
 * The part of JSON Schema (draft 2020-12) that the dataset schema uses, which is all `checkSchema` reads. An
 * `anyOf` beside a `type` is a refinement of that type (the "vi or en" of localized text); alone, it is a union.
 */
export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'boolean';
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  /** Compiled once, with the `u` flag. */
  readonly pattern?: string;
  /** Lengths count code points, as JSON Schema and zod do. */
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly properties?: { readonly [key: string]: JsonSchema };
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  /** `#/$defs/Name`, resolved in the root schema. */
  readonly $ref?: string;
  readonly $defs?: { readonly [name: string]: JsonSchema };
  /** Not a keyword: it keeps zod schemas out (their `type` would let them pass for JSON Schemas). */
  readonly def?: never;
}

/** One thing wrong with a value: a code and params as `validate` reports them, and where. */
export interface SchemaIssue {
  readonly code: IssueCode;
  readonly path: (string | number)[];
  readonly params: IssueParams;
}

/** What `checkSchema` gives: the parsed value, or every issue found. */
export type SchemaResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: SchemaIssue[] };

/**
 * Checks a value against a JSON Schema the way the zod schemas it was generated from would parse it, without zod
 * (whose interpreter adds some 22 KB, minified, to every browser bundle, and whose fast path compiles code at run
 * time, which a strict Content-Security-Policy forbids). Returns the parsed value, unknown keys stripped and keys in schema
 * order, or the issues zod would raise in `validate`'s words: `missing_value`, `invalid_type` (with `expected`),
 * `invalid_value` (with the allowed values), `invalid_format`, `too_long`. Numbers must be finite. A value that
 * already is what parsing would give back (the usual case) is returned as it is, uncopied. `path` prefixes the
 * issues' paths; `root` holds the `$defs` that `$ref`s point to.
 *
 * @example
 * checkSchema(datasetSchemaData.$defs.Model, record, datasetSchemaData, ['models', 3]);
 * // { ok: false, issues: [{ code: 'invalid_value', path: ['models', 3, 'field'], params: { value: 'sports', expected: 'economic, …' } }] }
 */
export function checkSchema<T = unknown>(
  schema: JsonSchema,
  value: unknown,
  root: JsonSchema = schema,
  path: readonly (string | number)[] = [],
): SchemaResult<T> {
  const checker = compile(schema, root);
  if (checker.same(value)) return { ok: true, value: value as T };
  let at: PathNode | undefined;
  for (const key of path) at = { parent: at, key };
  const found: Found[] = [];
  const parsed = checker.run(value, at, found);
  return found.length === 0 ? { ok: true, value: parsed as T } : { ok: false, issues: found.map(({ code, path, params }) => ({ code, path, params })) };
}

// Each schema object is compiled once (it belongs to one root document, whose `$defs` its `$ref`s name).
const compiled = new WeakMap<JsonSchema, Checker>();

function compile(node: JsonSchema, root: JsonSchema): Checker {
  let checker = compiled.get(node);
  if (checker) return checker;
  if (node.$ref !== undefined) {
    const target = root.$defs?.[node.$ref.replace(/^#\/\$defs\//, '')];
    if (!target) throw new Error(`checkSchema: ${node.$ref} is not in the root schema's $defs`);
    checker = compile(target, root);
  } else {
    // Registered before its parts are compiled, so that a `$ref` cycle finds it; filled in below.
    checker = {} as Checker;
    compiled.set(node, checker);
    Object.assign(checker, build(node, root));
  }
  compiled.set(node, checker);
  return checker;
}

function build(node: JsonSchema, root: JsonSchema): Checker {
  const values = node.enum ?? ('const' in node ? [node.const] : undefined);
  if (values) return oneOf(values);
  if (node.anyOf && node.type === undefined) return union(node.anyOf.map((option) => compile(option, root)));
  switch (node.type) {
    case 'string':
      return text(node.minLength, node.maxLength, node.pattern);
    case 'number':
      return scalar('number', Number.isFinite as (v: unknown) => boolean);
    case 'boolean':
      return scalar('boolean', (v) => typeof v === 'boolean');
    case 'array':
      return list(compile(node.items ?? {}, root));
    case 'object':
    case undefined: {
      const properties = node.properties ?? {};
      const keys = Object.keys(properties);
      return objectChecker({
        typed: node.type === 'object',
        keys,
        parts: keys.map((k) => compile(properties[k]!, root)),
        required: keys.map((k) => node.required?.includes(k) ?? false),
        refinement: node.type === 'object' ? node.anyOf?.map((branch) => compile(branch, root)) : undefined,
      });
    }
    default:
      throw new Error(`checkSchema: type ${String(node.type)} is not supported`);
  }
}
