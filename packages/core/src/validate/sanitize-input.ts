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

/** Where `sanitizeInput` collects what it finds, and the paths it already reported (so the schema checks do not repeat them). */
export interface SanitizeContext {
  readonly issues: ValidationIssue[];
  readonly reported: Set<string>;
}

/**
 * Copies untrusted input into fresh plain data, making it safe before any schema sees it: prototype keys refused,
 * non-finite numbers and over-deep nesting cut, text normalised to NFC with invisible controls removed, legacy
 * TCVN3/VNI text flagged. Functions, symbols and other non-JSON values are dropped as absent.
 *
 * `owned`: the input is what the caller's own `JSON.parse` just gave it, which nobody else holds; it is cleaned in
 * place (refused keys deleted, changed values replaced) instead of copied. That saves an object per record, a copy
 * of every value and the garbage collections they cost: in a fresh page, about 4 of the 30 ms that validating
 * 4,000 records takes.
 *
 * @example
 * const ctx = { issues: [], reported: new Set<string>() };
 * sanitizeInput(JSON.parse('{"__proto__": {"polluted": 1}, "a": NaN}'), undefined, ctx); // {}
 */
export function sanitizeInput(value: unknown, path: PathNode | undefined, ctx: SanitizeContext, depth = 0, owned = false): unknown {
  if (typeof value !== 'object' || value === null) return sanitizeLeaf(value, path, undefined, ctx);
  if (depth >= MAX_DEPTH) {
    report(ctx, 'too_deep', path, { max: MAX_DEPTH });
    return undefined;
  }
  if (Array.isArray(value)) {
    const out = owned ? value : new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sanitizeChild(value[i], path, i, ctx, depth + 1, owned);
    return out;
  }
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = owned ? input : {};
  // Indexed, not for…of: before the engine optimises it, for…of allocates a step object per key of every record.
  const keys = Object.keys(input);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let v: unknown;
    if (UNSAFE_KEYS.has(key)) report(ctx, 'unsafe_key', { parent: path, key }, { key });
    else v = sanitizeChild(input[key], path, key, ctx, depth + 1, owned);
    // A copy never had the key, so `delete` there changes nothing (and `__proto__` is only ever an own key here).
    if (v === undefined) delete out[key];
    else out[key] = v;
  }
  return out;
}

// A million records hold tens of millions of values, and almost none has anything to report: a value's path node is
// made only when it is an object or array (its children need it) or has an issue, never for every leaf.
function sanitizeChild(value: unknown, parent: PathNode | undefined, key: string | number, ctx: SanitizeContext, depth: number, owned: boolean): unknown {
  if (typeof value === 'object' && value !== null) return sanitizeInput(value, { parent, key }, ctx, depth, owned);
  return sanitizeLeaf(value, parent, key, ctx);
}

/** A string, number, boolean, null or non-JSON value at `parent`/`key` (at `parent` itself without a key). */
function sanitizeLeaf(value: unknown, parent: PathNode | undefined, key: string | number | undefined, ctx: SanitizeContext): unknown {
  switch (typeof value) {
    case 'string':
      return sanitizeString(value, parent, key, ctx);
    case 'number':
      if (Number.isFinite(value)) return value === 0 ? 0 : value;
      report(ctx, 'non_finite_number', nodeAt(parent, key), { value: String(value) });
      return undefined;
    case 'boolean':
      return value;
    case 'object':
      return null;
    default:
      return undefined;
  }
}

function nodeAt(parent: PathNode | undefined, key: string | number | undefined): PathNode | undefined {
  return key === undefined ? parent : { parent, key };
}

// Ids, codes and dates are printable ASCII: nothing to normalise, strip or detect.
const NOT_PRINTABLE_ASCII = /[^\x20-\x7E]/;
// Text made only of characters that NFC leaves as they are and `cleanText` never strips: tab, newline, printable
// ASCII, Latin-1 and Latin Extended letters (every precomposed Vietnamese letter), spacing modifiers, general
// punctuation short of the invisible controls. Such text needs no normalising (test/core/sanitize-input.test.ts
// checks every character and every pair); only the legacy-encoding check is left to do.
export const NFC_AND_VISIBLE = /^[\t\n\x20-\x7E\u00A0-\u02FF\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E]*$/;

function sanitizeString(
  value: string,
  parent: PathNode | undefined,
  key: string | number | undefined,
  ctx: SanitizeContext,
): string {
  if (!NOT_PRINTABLE_ASCII.test(value)) return value;
  let text = value;
  if (!NFC_AND_VISIBLE.test(value)) {
    const cleaned = cleanText(value);
    if (cleaned.changed) ctx.issues.push(createIssue('control_characters_removed', 'warning', { path: pathOf(nodeAt(parent, key)) }));
    text = cleaned.text;
  }
  const encoding = detectLegacyEncoding(text);
  if (encoding) {
    ctx.issues.push(createIssue('legacy_encoding', 'warning', { path: pathOf(nodeAt(parent, key)) }, { value: text.slice(0, 60), encoding }));
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
