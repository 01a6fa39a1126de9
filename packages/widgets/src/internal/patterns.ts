import { svg, type SVGTemplateResult } from 'lit';

/**
 * Fill patterns laid over colours so that series differ by texture too: colour is never the only code, and in
 * forced-colours mode (where every mark is drawn in one system colour) the texture still tells them apart.
 * Index 0 is plain; the others are stripes, dots and cross-hatching.
 */
export const PATTERN_IDS = ['', 'dv-p-stripes', 'dv-p-dots', 'dv-p-cross', 'dv-p-back', 'dv-p-grid'] as const;

/** The pattern for the i-th series, cycling. */
export function patternFor(index: number): string {
  return PATTERN_IDS[index % PATTERN_IDS.length] ?? '';
}

/** The `<defs>` that `patternFor` refers to; render once inside each chart's SVG. */
export function patternDefs(): SVGTemplateResult {
  return svg`<defs><pattern id="dv-p-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="pattern-ink" width="2" height="6"></rect></pattern
><pattern id="dv-p-dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle class="pattern-ink" cx="3" cy="3" r="1.3"></circle></pattern
><pattern id="dv-p-cross" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="pattern-ink" width="1.5" height="6"></rect><rect class="pattern-ink" width="6" height="1.5"></rect></pattern
><pattern id="dv-p-back" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect class="pattern-ink" width="2" height="6"></rect></pattern
><pattern id="dv-p-grid" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="pattern-ink" width="1.5" height="6"></rect><rect class="pattern-ink" width="6" height="1.5"></rect></pattern></defs>`;
}
