/**
 * A value from untrusted input as an issue message quotes it: text cut to 60 characters, objects and arrays as
 * `{…}` and `[…]` (never "[object Object]"), anything else as `String` writes it.
 *
 * @example
 * showValue({ value: 1 }); // '{…}'
 */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 60)}…` : v;
  if (typeof v === 'object' && v !== null) return Array.isArray(v) ? '[…]' : '{…}';
  return String(v);
}
