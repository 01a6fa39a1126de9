import type { Field } from '@danvan/core';

/**
 * One colour per field, from the Okabe–Ito colour-blind-safe set, darkened where needed for 3:1 contrast against
 * a white background, with lighter twins for dark backgrounds. Exposed as `--dv-color-<field>` so a newsroom can
 * put its own brand colours in.
 */
export const FIELD_COLORS: Readonly<Record<Field, { readonly light: string; readonly dark: string }>> = {
  economic: { light: '#0072B2', dark: '#56B4E9' },
  'culture-society': { light: '#00795A', dark: '#2FD0A4' },
  'defense-security': { light: '#C0510A', dark: '#F0A04B' },
  'party-building': { light: '#A23E7E', dark: '#E49BC8' },
};

/** Colours for non-field series (years, places, statuses), cycled in order. */
export const SERIES_COLORS: readonly { readonly light: string; readonly dark: string }[] = [
  FIELD_COLORS.economic,
  FIELD_COLORS['culture-society'],
  FIELD_COLORS['defense-security'],
  FIELD_COLORS['party-building'],
  { light: '#5C6B7A', dark: '#B5C2CF' },
  { light: '#8A6D00', dark: '#E8CB5A' },
];
