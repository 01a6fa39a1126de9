import { FIELDS, type Field } from '@danvan/core';
import { textWidth } from '../internal/text-width.js';

/** How wide a line of an end label is, in pixels: its 13 px text, a little wider for the bold series names. */
export const endWidth = (text: string): number => textWidth(text, 13) * 1.05;

const fits = (text: string, room: number): boolean => endWidth(text) <= room;

/**
 * An end label's figure on one line, or, when it does not fit `room`, on two: the hedge, then the figure with its
 * unit ("more than" / "19,300"), rather than squeeze the plot.
 *
 * @example
 * endValue('more than 19,300', 56); // ['more than', '19,300']
 */
export function endValue(text: string, room: number): string[] {
  const m = fits(text, room) ? null : /^(\D*?)\s+(?=[-\d])(.*)$/.exec(text);
  return m ? [m[1]!, m[2]!] : [text];
}

/**
 * Series names that fit `room` beside the chart, each on one or two lines; where one does not, fields all take
 * their `short` names when given (the forms the movement's documents use: KT, VH-XH…), and other names are cut
 * with "…". The legend has every name in full.
 *
 * @example
 * endNames([{ key: 'party-building', label: 'Xây dựng Đảng, hệ thống chính trị' }], 140); // [['Xây dựng Đảng,', 'hệ thống chính trị']]
 */
export function endNames(lines: readonly { key: string; label: string }[], room: number, short?: Readonly<Record<Field, string>>): string[][] {
  const full = lines.map((l) => wrapName(l.label, room));
  if (full.every((n) => n !== undefined)) return full as string[][];
  if (short && lines.every((l) => (FIELDS as readonly string[]).includes(l.key))) return lines.map((l) => [short[l.key as Field]]);
  return lines.map((l, i) => full[i] ?? [cutName(l.label, room)]);
}

/** A name on one line, or broken on two where the longer line is shortest; undefined when it does not fit. */
function wrapName(label: string, room: number): string[] | undefined {
  if (fits(label, room)) return [label];
  const words = label.split(' ');
  const widest = (lines: readonly string[]) => Math.max(...lines.map(endWidth));
  const two = words
    .slice(1)
    .map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')])
    // A line never starts with a dash or a comma.
    .filter(([, b]) => !/^[-–,]/.test(b!))
    .sort((p, q) => widest(p) - widest(q))[0];
  return two?.every((t) => fits(t, room)) ? two : undefined;
}

/** A name cut with "…" to fit the room. */
function cutName(label: string, room: number): string {
  let cut = label;
  while (cut.length > 2 && !fits(`${cut}…`, room)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
