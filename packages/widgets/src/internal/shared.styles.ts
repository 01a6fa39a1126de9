import { css } from 'lit';

/**
 * Styles every element shares: the theme's custom properties (light, and dark when the page or the reader's
 * preference asks for it: see `resolveTheme`), the figure frame, states, the visually hidden table, focus rings,
 * forced colours and reduced motion. Colours are set through classes and custom properties, never inline styles (strict CSP).
 */
export const sharedStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--dv-font, inherit);
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  .theme {
    --_text: var(--dv-text, #1b1f24);
    --_muted: var(--dv-text-muted, #57606a);
    --_bg: var(--dv-background, transparent);
    --_surface: var(--dv-surface, #ffffff);
    --_grid: var(--dv-grid, #d0d7de);
    --_focus: var(--dv-focus, #0a58ca);
    --_error: var(--dv-error, #b42318);
    --_on-mark: var(--dv-on-mark, #ffffff);
    --_s0: var(--dv-color-0, #0072B2);
    /*
     * The base size, line height, direction and size container are set here, not on :host: a page's reset
     * ("* { all: revert; font-size: 30px !important }", "html { font-size: 62.5% }", "body { direction: rtl }")
     * reaches the host element but not this box. Sizes inside are in em of it, never rem; "medium" is the
     * reader's own default size, whatever the page did to its root.
     */
    container-type: inline-size;
    font-size: var(--dv-font-size, medium);
    line-height: 1.4;
    direction: ltr;
    color: var(--_text);
    background: var(--_bg);
  }
  .theme.dark {
    --_text: var(--dv-text-dark, #e6edf3);
    --_muted: var(--dv-text-muted-dark, #9da7b3);
    --_bg: var(--dv-background-dark, #0d1117);
    --_surface: var(--dv-surface-dark, #161b22);
    --_grid: var(--dv-grid-dark, #3d444d);
    --_focus: var(--dv-focus-dark, #79c0ff);
    --_error: var(--dv-error-dark, #ff8b80);
    --_on-mark: var(--dv-on-mark-dark, #0d1117);
    --_s0: var(--dv-color-0-dark, #56B4E9);
  }
  figure {
    margin: 0;
    padding: var(--dv-padding, 0);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--dv-heading-size, 1.125em);
    font-weight: 700;
    line-height: 1.3;
  }
  .chart {
    position: relative;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  svg text {
    fill: currentColor;
    font-size: 14px;
  }
  .muted {
    color: var(--_muted);
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_grid);
  }
  /*
   * A mark's colour: its class sets --_c (from the public --dv-color-* properties, or their -dark twins), which
   * fills and strokes the mark and what it holds.
   */
  .c-economic {
    --_c: var(--dv-color-economic, #0072B2);
  }
  .c-culture-society {
    --_c: var(--dv-color-culture-society, #00795A);
  }
  .c-defense-security {
    --_c: var(--dv-color-defense-security, #C0510A);
  }
  .c-party-building {
    --_c: var(--dv-color-party-building, #A23E7E);
  }
  .c-s0 {
    --_c: var(--_s0);
  }
  .c-s1 {
    --_c: var(--dv-color-1, #00795A);
  }
  .c-s2 {
    --_c: var(--dv-color-2, #C0510A);
  }
  .c-s3 {
    --_c: var(--dv-color-3, #A23E7E);
  }
  .c-s4 {
    --_c: var(--dv-color-4, #5C6B7A);
  }
  .c-s5 {
    --_c: var(--dv-color-5, #8A6D00);
  }
  .dark .c-economic {
    --_c: var(--dv-color-economic-dark, #56B4E9);
  }
  .dark .c-culture-society {
    --_c: var(--dv-color-culture-society-dark, #2FD0A4);
  }
  .dark .c-defense-security {
    --_c: var(--dv-color-defense-security-dark, #F0A04B);
  }
  .dark .c-party-building {
    --_c: var(--dv-color-party-building-dark, #E49BC8);
  }
  .dark .c-s1 {
    --_c: var(--dv-color-1-dark, #2FD0A4);
  }
  .dark .c-s2 {
    --_c: var(--dv-color-2-dark, #F0A04B);
  }
  .dark .c-s3 {
    --_c: var(--dv-color-3-dark, #E49BC8);
  }
  .dark .c-s4 {
    --_c: var(--dv-color-4-dark, #B5C2CF);
  }
  .dark .c-s5 {
    --_c: var(--dv-color-5-dark, #E8CB5A);
  }
  .c-economic,
  .c-culture-society,
  .c-defense-security,
  .c-party-building,
  .c-s0,
  .c-s1,
  .c-s2,
  .c-s3,
  .c-s4,
  .c-s5 {
    fill: var(--_c);
    stroke: var(--_c);
  }
  .mark:focus {
    outline: none;
  }
  .mark:focus-visible .focus-ring,
  .mark.active .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3px;
    fill: none;
  }
  .focus-ring {
    stroke: none;
    fill: none;
    pointer-events: none;
  }
  /* One ring drawn around the active mark (bar chart, map), where marks are too many to carry one each. */
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .caption {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .notes {
    flex: 1 1 16em;
  }
  .notes > p:first-child {
    margin-top: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .swatch {
    flex: none;
    /* The size its width and height attributes give, not the 100% every chart svg takes. */
    width: auto;
    height: auto;
  }
  .texture {
    pointer-events: none;
  }
  .pattern-ink {
    fill: var(--_on-mark);
    opacity: 0.55;
  }
  .placeholder {
    visibility: hidden;
  }
  .state-text {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    padding: 1em;
  }
  .caption p {
    margin: 0.25em 0 0;
  }
  .caption a {
    color: inherit;
  }
  .state {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--dv-min-height, 8em);
    color: var(--_muted);
  }
  .state.error {
    color: var(--_error);
  }
  .state ul {
    margin: 0;
    padding-inline-start: 1.25em;
    color: var(--_text);
    font-size: 0.875em;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    max-width: min(calc(18em / 0.875), 90%);
    padding: 0.375em 0.625em;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong,
  .tooltip span {
    display: block;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .mark rect,
    .mark path,
    rect.mark {
      transition: opacity 150ms ease;
    }
  }
  @media (forced-colors: active) {
    /* The system colours win over the dark theme too (.theme.dark is more specific than .theme). */
    .theme,
    .theme.dark {
      forced-color-adjust: none;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_grid: GrayText;
      --_focus: Highlight;
      --_error: CanvasText;
      --_on-mark: Canvas;
    }
    .mark rect,
    .mark path,
    .mark circle,
    rect.mark {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.active rect,
    .mark:focus-visible rect,
    rect.mark.active,
    rect.mark:focus-visible {
      fill: Highlight;
    }
  }
`;
