import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** One entry of a legend: a colour class (`c-economic`, `c-s1`…) and its label. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly colorClass: string;
  /** A pattern id the mark uses too, so the legend and the marks match without colour. */
  readonly pattern?: string | undefined;
  /**
   * A drawing to use instead of the square swatch, in a 24×14 box: a line chart shows its series' dash and point
   * shape, so the legend matches the marks without colour.
   */
  readonly swatch?: SVGTemplateResult | undefined;
}

/**
 * A legend as a plain list: a swatch and a label per item. Hidden from screen readers, which get the same
 * information from the marks' names and the data table.
 */
export function renderLegend(items: readonly LegendItem[]): TemplateResult {
  return html`<ul class="legend" part="legend" aria-hidden="true">${items.map(
    (item) =>
      html`<li>${
        item.swatch
          ? html`<svg class="swatch" viewBox="0 0 24 14" width="24" height="14">${item.swatch}</svg>`
          : html`<svg class="swatch" viewBox="0 0 14 14" width="14" height="14">${svg`<rect class=${item.colorClass} x="0.5" y="0.5" width="13" height="13" rx="2"></rect>${
              item.pattern ? svg`<rect x="0.5" y="0.5" width="13" height="13" rx="2" fill=${`url(#${item.pattern})`}></rect>` : ''
            }`}</svg>`
      }${item.label}</li>`,
  )}</ul>`;
}
