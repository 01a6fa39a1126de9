import { pathOf, type PathNode } from './sanitize-input.js';
import { showValue } from './show-value.js';
import type { SchemaIssue } from './check-schema.js';
import type { IssueCode, IssueParams } from './validation-issue.js';

/** An issue with what zod knew of it: the type a type check wanted (a union lists them) and whether checking went on. */
export interface Found extends SchemaIssue {
  readonly expected?: string | undefined;
  /** zod's `continue`: a length, pattern or refinement failed, and the checks after it still ran. */
  readonly soft?: boolean;
}

/** One schema node, compiled. */
export interface Checker {
  /** Parses `value` at `at`, adding what is wrong to `found`; returns the parsed value (of no use when it found any). */
  run(value: unknown, at: PathNode | undefined, found: Found[]): unknown;
  /** Whether `value` passes and parsing would give back an equal value with keys in the same order: the fast path. */
  same(value: unknown): boolean;
  /** False when the kind of `value` alone rules the schema out, so that a union knows no earlier option takes it. */
  admits(value: unknown): boolean;
}

/** A check that stops at the value (wrong type, value not allowed): with no value at all, it is missing. */
export function stop(at: PathNode | undefined, value: unknown, code: IssueCode, params: IssueParams, expected?: string): Found {
  const path = pathOf(at);
  if (value === undefined) return { code: 'missing_value', path, params: { key: String(path.at(-1) ?? '') }, expected };
  return { code, path, params, expected };
}

/** `enum` and `const`: one of the values, compared as a `Set` does. */
export function oneOf(values: readonly unknown[]): Checker {
  const set = new Set(values);
  const expected = values.map(String).join(', ');
  const same = (v: unknown) => set.has(v);
  return {
    same,
    admits: same,
    run(v, at, found) {
      if (!set.has(v)) found.push(stop(at, v, 'invalid_value', { value: showValue(v), expected }));
      return v;
    },
  };
}

/** `number` (finite only) and `boolean`. */
export function scalar(type: 'number' | 'boolean', test: (v: unknown) => boolean): Checker {
  return {
    same: test,
    admits: test,
    run(v, at, found) {
      if (!test(v)) found.push(stop(at, v, 'invalid_type', { expected: type, value: showValue(v) }, type));
      return v;
    },
  };
}

const patterns = new Map<string, RegExp>();

/** `string`, with its lengths in code points and its pattern (compiled once, with the `u` flag). */
export function text(min: number | undefined, max: number | undefined, pattern: string | undefined): Checker {
  let re: RegExp | undefined;
  if (pattern !== undefined) {
    re = patterns.get(pattern) ?? new RegExp(pattern, 'u');
    patterns.set(pattern, re);
  }
  // A code point is one or two UTF-16 units: most strings are settled by `.length` alone.
  const short = (s: string) => min !== undefined && s.length < 2 * min && codePoints(s) < min;
  const long = (s: string) => max !== undefined && s.length > max && codePoints(s) > max;
  const isString = (v: unknown): v is string => typeof v === 'string';
  return {
    same: (v) => isString(v) && !short(v) && !long(v) && (!re || re.test(v)),
    admits: isString,
    run(v, at, found) {
      if (!isString(v)) {
        found.push(stop(at, v, 'invalid_type', { expected: 'string', value: showValue(v) }, 'string'));
        return v;
      }
      // Each of these lets the next run (zod's `continue`).
      if (short(v)) {
        const path = pathOf(at);
        found.push(
          v === ''
            ? { code: 'missing_value', path, params: { key: String(path.at(-1) ?? '') }, soft: true }
            : { code: 'invalid_value', path, params: { value: showValue(v), expected: `≥ ${min}` }, soft: true },
        );
      }
      if (long(v)) found.push({ code: 'too_long', path: pathOf(at), params: { length: v.length, max: max! }, soft: true });
      if (re && !re.test(v)) found.push({ code: 'invalid_format', path: pathOf(at), params: { value: showValue(v), expected: '' }, soft: true });
      return v;
    },
  };
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** `array` of `items`. */
export function list(item: Checker): Checker {
  return {
    // Every index, holes included (`every` would skip a hole, which parsing reads as undefined).
    same(v) {
      if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return false;
      for (let i = 0; i < v.length; i++) if (!item.same(v[i])) return false;
      return true;
    },
    admits: Array.isArray,
    run(v, at, found) {
      if (!Array.isArray(v)) {
        found.push(stop(at, v, 'invalid_type', { expected: 'array', value: showValue(v) }, 'array'));
        return v;
      }
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) out[i] = item.run(v[i], { parent: at, key: i }, found);
      return out;
    },
  };
}

/**
 * `anyOf` on its own: the first option that passes gives the value. When none does: if exactly one option failed
 * only soft checks (a text too long, not a wrong type), its issues are the union's; otherwise one issue lists the
 * types the options expected.
 */
export function union(options: readonly Checker[]): Checker {
  return {
    same(v) {
      for (const option of options) {
        if (option.same(v)) return true;
        if (option.admits(v)) return false;
      }
      return false;
    },
    admits: (v) => options.some((option) => option.admits(v)),
    run(v, at, found) {
      const results: Found[][] = [];
      for (const option of options) {
        const own: Found[] = [];
        const parsed = option.run(v, at, own);
        if (own.length === 0) return parsed;
        results.push(own);
      }
      const soft = results.filter((own) => own.every((f) => f.soft));
      if (soft.length === 1) found.push(...soft[0]!);
      else {
        const expected = [...new Set(results.flat().map((f) => f.expected ?? ''))].filter(Boolean).join(' | ');
        found.push(stop(at, v, 'invalid_type', { expected: expected || 'another shape', value: showValue(v) }));
      }
      return v;
    },
  };
}
