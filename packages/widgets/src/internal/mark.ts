/**
 * A mark a reader can reach with the keyboard: what it stands for, what its tooltip says, and where the tooltip
 * points (in the chart's SVG coordinates).
 */
export interface Mark {
  readonly key: string;
  /** The series key, for one part of a stacked or grouped mark. */
  readonly series?: string | undefined;
  /** The accessible name: "Kinh tế: gần 8.000 mô hình". */
  readonly name: string;
  readonly title: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}
