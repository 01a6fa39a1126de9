/** The distance between the baselines of an end label's lines. */
export const END_LINE = 15;

/** A label at the end of a line: its lines of text, the first `named` of which are the series name. */
export interface EndLabel {
  readonly x: number;
  /** Where the label's middle should be; in `placeEnds`' result, the first line's baseline. */
  readonly y: number;
  readonly lines: readonly string[];
  readonly named: number;
}

/**
 * Places end labels beside their points, moved apart vertically so none overlaps another, and kept between
 * `top` and `bottom`. Each label is a block of lines; `y` in the result is the first line's baseline.
 *
 * @example
 * placeEnds([{ x: 500, y: 100, lines: ['3'], named: 0 }, { x: 500, y: 104, lines: ['2'], named: 0 }], 2, 338);
 * // baselines at 103.5 and 120.5: the second label moved down clear of the first
 */
export function placeEnds(labels: readonly EndLabel[], top: number, bottom: number): EndLabel[] {
  const blocks = labels
    .map((l) => {
      const h = l.lines.length * END_LINE;
      return { ...l, h, t: l.y - h / 2 };
    })
    .sort((a, b) => a.y - b.y);
  for (let i = 0; i < blocks.length; i++) blocks[i]!.t = Math.max(blocks[i]!.t, i ? blocks[i - 1]!.t + blocks[i - 1]!.h + 2 : top);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const limit = i === blocks.length - 1 ? bottom : blocks[i + 1]!.t - 2;
    blocks[i]!.t = Math.max(top, Math.min(blocks[i]!.t, limit - blocks[i]!.h));
  }
  return blocks.map((b) => ({ x: b.x, y: b.t + END_LINE - 4, lines: b.lines, named: b.named }));
}
