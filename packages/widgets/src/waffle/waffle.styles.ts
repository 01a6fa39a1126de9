import { css } from 'lit';

/**
 * Styles of `<dv-waffle>` beyond the shared frame. The figure wraps: the grid (at most `--dv-waffle-size`) and the
 * legend sit side by side when both fit, and the legend drops below the grid when they do not, with no media
 * query and no script.
 */
export const waffleStyles = css`
  figure {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    column-gap: 1.5em;
  }
  .heading,
  .state,
  .caption {
    flex: 1 1 100%;
  }
  .chart {
    order: 1;
    flex: 1 1 15em;
    min-width: 0;
    max-width: var(--dv-waffle-size, 360px);
  }
  .legend {
    order: 2;
    flex: 1 1 calc(13em / 0.875);
    flex-direction: column;
    flex-wrap: nowrap;
    gap: 0.5em;
    margin: 0.75em 0 0;
  }
  .legend li {
    align-items: flex-start;
  }
  /* The shared rule "svg { width: 100% }" would stretch a swatch across a legend laid out as a column. */
  .legend .swatch {
    width: 14px;
    height: 14px;
    margin-top: 0.15em;
  }
  .caption {
    order: 3;
  }
  .cell {
    stroke-width: 0;
  }
  .cell.rest,
  .swatch .rest {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5px;
    stroke-dasharray: 3 2;
  }
  .mark {
    cursor: pointer;
  }
  .mark:hover .cell,
  .mark.active .cell {
    opacity: 0.85;
  }
  /* The shared focus ring, on the lines between cells; outranks forced colours' fill of every path in a mark. */
  .mark .focus-ring {
    fill: none;
    stroke: none;
  }
  .mark:focus-visible .focus-ring,
  .mark.active .focus-ring {
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    /* The cells are drawn in CanvasText there, told apart by texture alone: the legend's swatches follow. */
    .swatch rect[class]:not(.rest) {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
  .waffle-note {
    margin: 0.5em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
`;
