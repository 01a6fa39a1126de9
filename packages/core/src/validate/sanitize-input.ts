import { cleanText } from '../text/clean-text.js';
import { detectLegacyEncoding } from '../text/detect-legacy-encoding.js';
import { createIssue } from './create-issue.js';
import type { ValidationIssue } from './validation-issue.js';

/** How deep JSON may nest before the rest is cut off. A dataset needs 5 levels; 32 leaves room for extensions. */
export const MAX_DEPTH = 32;

/** Keys that could reach an object's prototype if data were ever merged into an object. Refused by name. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A JSON path built only when an issue needs it: most values never have one. */
export interface PathNode {
  readonly parent: PathNode | undefined;
  readonly key: string | number;
}

/** Turns a lazy path into the array an issue carries. */
export function pathOf(node: PathNode | undefined): (string | number)[] {
  const out: (string | number)[] = [];
  for (let n = node; n; n = n.parent) out.push(n.key);
  return out.reverse();
}

/** Where `sanitizeInput` collects what it finds, and the paths it already reported (so zod does not repeat them). */
export interface SanitizeContext {
  readonly issues: ValidationIssue[];
  readonly reported: Set<string>;
}

/**
 * Copies untrusted input into fresh plain data, making it safe before any schema sees it: prototype keys refused,
 * non-finite numbers and over-deep nesting cut, text normalised to NFC with invisible controls removed, legacy
 * TCVN3/VNI text flagged. Functions, symbols and other non-JSON values are dropped as absent.
 *
 * @example
 * const ctx = { issues: [], reported: new Set<string>() };
 * sanitizeInput(JSON.parse('{"__proto__": {"polluted": 1}, "a": NaN}'), undefined, ctx); // {}
 */
export function sanitizeInput(value: unknown, path: PathNode | undefined, ctx: SanitizeContext, depth = 0): unknown {
  switch (typeof value) {
    case 'string':
      return sanitizeString(value, path, ctx);
    case 'number':
      if (Number.isFinite(value)) return value === 0 ? 0 : value;
      report(ctx, 'non_finite_number', path, { value: String(value) });
      return undefined;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) {
    report(ctx, 'too_deep', path, { max: MAX_DEPTH });
    return undefined;
  }
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sanitizeInput(value[i], { parent: path, key: i }, ctx, depth + 1);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) {
      report(ctx, 'unsafe_key', { parent: path, key }, { key });
      continue;
    }
    const v = sanitizeInput((value as Record<string, unknown>)[key], { parent: path, key }, ctx, depth + 1);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function sanitizeString(value: string, path: PathNode | undefined, ctx: SanitizeContext): string {
  // Ids, codes and dates are printable ASCII: nothing to normalise, strip or detect.
  if (!/[^\x20-\x7E]/.test(value)) return value;
  const { text, changed } = cleanText(value);
  if (changed) ctx.issues.push(createIssue('control_characters_removed', 'warning', { path: pathOf(path) }));
  const encoding = detectLegacyEncoding(text);
  if (encoding) {
    ctx.issues.push(createIssue('legacy_encoding', 'warning', { path: pathOf(path) }, { value: text.slice(0, 60), encoding }));
  }
  return text;
}

function report(
  ctx: SanitizeContext,
  code: 'non_finite_number' | 'too_deep' | 'unsafe_key',
  path: PathNode | undefined,
  params: Record<string, string | number>,
): void {
  const p = pathOf(path);
  ctx.reported.add(p.join('.'));
  ctx.issues.push(createIssue(code, 'error', { path: p }, params));
}
