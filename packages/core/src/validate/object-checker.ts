import { pathOf } from './sanitize-input.js';
import { stop, type Checker, type Found } from './schema-checkers.js';
import { showValue } from './show-value.js';

/** An object schema, its parts compiled. */
export interface ObjectParts {
  /** `type: 'object'` (else a refinement's branch). */
  readonly typed: boolean;
  /** The properties in schema order, each with its checker and whether it is required. */
  readonly keys: readonly string[];
  readonly parts: readonly Checker[];
  readonly required: readonly boolean[];
  /** The branches of an `anyOf` beside the type, one of which the parsed object must pass. */
  readonly refinement?: readonly Checker[] | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An object as zod parses one: its properties in schema order, read through the prototype chain as `in` and `[]`
 * see them, unknown keys stripped, an optional key absent or undefined, and a refinement (an `anyOf` beside the
 * type) run on the parsed object when nothing before it stopped. Without a `type` (a refinement's branch), it only
 * asserts its properties of an object and parses nothing.
 */
export function objectChecker({ typed, keys, parts, required, refinement }: ObjectParts): Checker {
  const position = new Map(keys.map((k, i) => [k, i]));
  const needed = required.filter(Boolean).length;
  return {
    same(v) {
      if (!isObject(v)) return !typed;
      if (!typed) {
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          if (!(key in v)) {
            if (required[i]) return false;
          } else if ((v[key] !== undefined || required[i]) && !parts[i]!.same(v[key])) return false;
        }
        return true;
      }
      // Plain objects only: parsing reads keys through the prototype chain (only Object.prototype is known to add
      // none) and gives back a plain object.
      if (Object.getPrototypeOf(v) !== Object.prototype) return false;
      let next = 0;
      let count = 0;
      // for…in walks the keys without a new list of them for each record (Object.keys made one). The prototype is
      // Object.prototype (checked above), which has no enumerable keys unless a page polluted it; `run` reads
      // such keys through `in` as well.
      for (const key in v) {
        const at = position.get(key);
        if (at === undefined || at < next || !parts[at]!.same(v[key])) return false;
        next = at + 1;
        if (required[at]) count++;
      }
      return count === needed && (!refinement || refinement.some((branch) => branch.same(v)));
    },
    admits: (v) => !typed || isObject(v),
    run(v, at, found) {
      if (!isObject(v)) {
        if (typed) found.push(stop(at, v, 'invalid_type', { expected: 'object', value: showValue(v) }, 'object'));
        return v;
      }
      const start = found.length;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const present = key in v;
        if (!present && !required[i]) continue;
        const x = v[key];
        const parsed = x === undefined && !required[i] ? x : parts[i]!.run(x, { parent: at, key }, found);
        if (present) out[key] = parsed;
      }
      if (refinement && !found.slice(start).some((f) => !f.soft) && !refinement.some((branch) => passes(branch, out))) {
        found.push({ code: 'invalid_value', path: pathOf(at), params: { value: showValue(v), expected: '' }, soft: true });
      }
      return typed ? out : v;
    },
  };
}

function passes(checker: Checker, value: unknown): boolean {
  const found: Found[] = [];
  checker.run(value, undefined, found);
  return found.length === 0;
}
