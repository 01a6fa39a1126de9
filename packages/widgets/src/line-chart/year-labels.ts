import type { Lang } from '@danvan/core';
import { textWidth } from '../internal/text-width.js';
import type { Lines } from './lines-of.js';

/** A label under the x axis. */
export interface XLabel {
  readonly x: number;
  readonly text: string;
}

/**
 * The labels along x from `lo` to `hi` (years, or row indexes when rows are not years), placed by `x` in `room`
 * pixels: every one when there is room, else every 2nd, 5th or 10th from the first; the last too when it fits.
 *
 * @example
 * yearLabels(lines, 'vi', 2013, 2023, x, 200).map((l) => l.text); // ['2013', '2015', …, '2023']
 */
export function yearLabels({ temporal, rows }: Lines, lang: Lang, lo: number, hi: number, x: (at: number) => number, room: number): XLabel[] {
  const text = (at: number) => (temporal ? String(at) : (rows[at]?.label[lang] ?? ''));
  const slot = Math.max(textWidth('2023', 12), ...(temporal ? [] : rows.map((r) => textWidth(r.label[lang], 12)))) + 12;
  const span = hi - lo;
  const every = [1, 2, 5, 10, 20, 50].find((k) => (Math.floor(span / k) + 1) * slot <= room + slot) ?? Math.ceil(span / 2) + 1;
  const out: XLabel[] = [];
  for (let at = lo; at <= hi; at += every) out.push({ x: x(at), text: text(at) });
  const last = out.at(-1);
  if (last && hi !== lo && last.text !== text(hi) && x(hi) - last.x >= slot) out.push({ x: x(hi), text: text(hi) });
  return out;
}
