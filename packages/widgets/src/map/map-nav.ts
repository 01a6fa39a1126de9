import type { ArrowDirection } from '../internal/mark-navigation.js';

const AXES: Readonly<Record<ArrowDirection, readonly [number, number]>> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * The point an arrow key leads to on a map: the nearest point in that direction within 45° of it (on a tile
 * grid, the neighbouring tile, or the next one along when that cell is empty), else the nearest anywhere on that
 * side; `from` itself when there is none. Distances along the arrow count once, sideways twice, so a straight
 * path wins over a diagonal one at the same distance.
 *
 * @example
 * pointToward([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 10 }], 0, 'down'); // 2
 */
export function pointToward(points: readonly { readonly x: number; readonly y: number }[], from: number, direction: ArrowDirection): number {
  const origin = points[from];
  if (!origin) return from;
  const [ax, ay] = AXES[direction];
  let best = from;
  let bestScore = Infinity;
  let bestInCone = false;
  points.forEach((p, i) => {
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * ax + dy * ay;
    if (i === from || along <= 0.5) return;
    const across = Math.abs(dx * ay - dy * ax);
    const inCone = across <= along + 0.5;
    const score = along + 2 * across;
    if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
      best = i;
      bestScore = score;
      bestInCone = inCone;
    }
  });
  return best;
}
