/**
 * Point shapes, so that series differ by shape as well as by colour and dash: path data centred on 0,0, with the
 * geometry d3-shape's symbols had at these areas (px²), written out rather than computed, in the shortest path
 * syntax (no separators or repeated `L`s it lets go, `H` and `V` for straight edges). Every shape is a `<path>`, so
 * one template draws a point or a legend swatch and the same CSS styles every shape.
 */
export const MARKER_SHAPES = [
  // circle, 44: r 3.742
  'M3.742 0A3.742 3.742 0 1 1-3.742 0A3.742 3.742 0 1 1 3.742 0',
  // square, 40
  'M-3.162-3.162h6.325v6.325h-6.325Z',
  // triangle, 50, pointing up
  'M0-6.204 5.373 3.102-5.373 3.102Z',
  // diamond, 40
  'M0-5.886 3.398 0 0 5.886-3.398 0Z',
  // plus, 40: arms 2.828 wide
  'M-4.243-1.414H-1.414V-4.243H1.414V-1.414H4.243V1.414H1.414V4.243H-1.414V1.414H-4.243Z',
  // wye (three arms), 40
  'M1.707.985V4.399H-1.707V.985L-4.663-.721-2.956-3.677 0-1.971 2.956-3.677 4.663-.721Z',
] as const;

/** Dash patterns, in the same order as the fill patterns of bars: solid, dashed, dotted, dash-dot… */
export const DASHES = ['', '7 4', '1.5 3.5', '9 3 2 3', '4 3', '12 3'] as const;
