import { formatNumber, type Field, type Interval, type Lang } from '@danvan/core';
import { polyline } from '../internal/polyline.js';
import { textWidth } from '../internal/text-width.js';
import { endNames, endValue, endWidth } from './end-texts.js';
import type { Line, Lines, Point } from './lines-of.js';
import { placeEnds, type EndLabel } from './place-ends.js';
import { yAxis } from '../internal/y-axis.js';
import { yearLabels, type XLabel } from './year-labels.js';

/** A point placed on the drawing; the keyboard visits them in this order, line by line. */
export interface Placed {
  readonly line: Line;
  readonly point: Point;
  readonly x: number;
  readonly y: number;
}

/** A line chart laid out at a width: everything `render()` draws, in pixels. */
export interface LineLayout {
  readonly width: number;
  readonly height: number;
  /** The radius of a point's hit area. */
  readonly hit: number;
  /** Where gridlines start (their numbers end 6 px before) and end. */
  readonly gutter: number;
  readonly gridEnd: number;
  /** The bottom of the plot; the x labels hang below it. */
  readonly bottom: number;
  readonly ticks: readonly { y: number; label: string; base: boolean }[];
  readonly years: readonly XLabel[];
  /** One path per run of consecutive years (a gap in the data is a gap in the line). */
  readonly paths: readonly { d: string; line: Line }[];
  readonly ends: readonly EndLabel[];
  readonly points: readonly Placed[];
}

/** What a layout needs besides the lines. */
export interface LineLayoutOptions {
  readonly width: number;
  readonly height: number;
  readonly lang: Lang;
  /** The result's unit: counted units get whole gridlines. */
  readonly unit: string;
  /** A figure as the label at a line's end prints it. */
  readonly figure: (value: Interval) => string;
  /** Short field names, for lines of fields whose names do not fit beside the chart. */
  readonly short?: Readonly<Record<Field, string>> | undefined;
}

/**
 * Lays lines out: y from 0 with light gridlines numbered in the reader's locale, x from the first year (or row) to
 * the last between the numbers and the labels at the lines' ends (the figure, after the series name when there
 * are several), which are moved apart so that none overlaps another.
 *
 * @example
 * layoutLines(linesOf(result, q, 'vi'), { width: 640, height: 360, lang: 'vi', unit: result.unit, figure: (v) => formatReported(v, 'vi') });
 */
export function layoutLines(plot: Lines, { width, height, lang, unit, figure, short }: LineLayoutOptions): LineLayout {
  const { lines } = plot;
  const several = lines.length > 1;
  const points = lines.flatMap((l) => l.points);
  // y: room above for the top end label (taller with series names), below for the x labels.
  const bottom = height - 26;
  const { y, ticks } = yAxis(points.map((p) => p.value.value), unit, bottom, several ? 16 : 12);
  const tickLabels = ticks.map((t) => formatNumber(t, lang));
  const gutter = Math.max(...tickLabels.map((t) => textWidth(t, 12))) + 10;

  // The end labels are measured first: the plot ends where the widest of them still fits.
  const room = Math.max(56, Math.floor(width * 0.26));
  const names = several ? endNames(lines, room, short) : [];
  const ends = lines.flatMap((l, i) => {
    const last = l.points.at(-1);
    const named = names[i] ?? [];
    return last ? [{ last, named: named.length, lines: [...named, ...endValue(figure(last.value), room)] }] : [];
  });
  const right = width - Math.max(Math.max(0, ...ends.flatMap((e) => e.lines).map(endWidth)) + 12, 20);

  // x: years (or rows) spread between the axis and the end labels.
  const ats = points.map((p) => p.at);
  const lo = Math.min(...ats);
  const hi = Math.max(...ats);
  const left = gutter + 14;
  const x = (at: number) => (hi === lo ? (left + right) / 2 : left + ((at - lo) / (hi - lo)) * (right - left));
  const step = hi > lo ? (right - left) / (hi - lo) : right - left;
  const xy = (p: Point) => [x(p.at), y(p.value.value)] as const;

  return {
    width,
    height,
    hit: Math.max(6, Math.min(12, step / 2)),
    gutter,
    gridEnd: right + 6,
    bottom,
    ticks: ticks.map((t, i) => ({ y: y(t), label: tickLabels[i]!, base: t === 0 })),
    years: yearLabels(plot, lang, lo, hi, x, right - left),
    paths: lines.flatMap((line) => runs(line.points).map((run) => ({ d: polyline(run.map(xy)), line }))),
    ends: placeEnds(
      ends.map((e) => ({ x: x(e.last.at) + 9, y: y(e.last.value.value), lines: e.lines, named: e.named })),
      2,
      bottom + 4,
    ),
    points: lines.flatMap((line) => line.points.map((point) => ({ line, point, x: x(point.at), y: y(point.value.value) }))),
  };
}

/** The runs of two or more points in consecutive years: a year missing from the data breaks the line. */
function runs(points: readonly Point[]): Point[][] {
  const out: Point[][] = [];
  for (const p of points) {
    const run = out.at(-1);
    const prev = run?.at(-1);
    if (run && prev && p.at - prev.at <= 1) run.push(p);
    else out.push([p]);
  }
  return out.filter((run) => run.length > 1);
}
