// The benchmarks' synthetic maps: hexagons on a grid over a box of longitudes and latitudes (no real boundaries).

/**
 * `count` pointy-top hexagons filling a box row by row from the north-west, odd rows shifted half a cell: for
 * each, its six corners [longitude, latitude], counter-clockwise from the one at 30°, unrounded; and the width and
 * height of a cell.
 *
 * @example
 * hexGrid(69, 9, [105.1, 106.5, 17.9, 18.77]).cells.length; // 69
 */
export function hexGrid(count, cols, [west, east, south, north]) {
  const rows = Math.ceil(count / cols);
  const w = (east - west) / (cols + 0.5);
  const h = (north - south) / (rows * 0.75 + 0.25);
  const r = h / 2;
  const cells = Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / cols);
    const col = i % cols;
    const cx = west + w / 2 + col * w + (row % 2) * (w / 2);
    const cy = north - r - row * h * 0.75;
    return Array.from({ length: 6 }, (_, k) => {
      const angle = (Math.PI / 3) * k + Math.PI / 6;
      return [cx + (w / 2 / Math.cos(Math.PI / 6)) * Math.cos(angle), cy + r * Math.sin(angle)];
    });
  });
  return { cells, w, h };
}
