import { FIELDS, type Dimension } from '@danvan/core';

/**
 * The colour class of a group: fields have their own colours (`c-economic`…); anything else takes the series
 * colours in order (`c-s0`, `c-s1`…).
 */
export function colorClass(dim: Dimension | undefined, key: string, index: number): string {
  if (dim === 'field' && (FIELDS as readonly string[]).includes(key)) return `c-${key}`;
  return `c-s${index % 6}`;
}

/** The pattern index of a group: fields keep theirs wherever they appear, so a texture means the same field. */
export function patternIndex(dim: Dimension | undefined, key: string, index: number): number {
  const f = dim === 'field' ? (FIELDS as readonly string[]).indexOf(key) : -1;
  return f >= 0 ? f : index;
}
