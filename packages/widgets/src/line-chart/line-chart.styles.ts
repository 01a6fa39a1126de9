import { css } from 'lit';

/**
 * Styles of `<dv-line-chart>` beyond the shared frame. Selectors on `.mark` parts carry two classes so they win
 * over the shared forced-colours rule that fills every shape of a mark.
 */
export const lineChartStyles = css`
  path.line {
    fill: none;
    stroke-width: var(--dv-line-width, 2.25px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .tick-label,
  .year-label,
  .end-label {
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .end-label {
    font-size: 13px;
  }
  .end-name {
    font-weight: 600;
  }
  .grid.baseline {
    stroke: var(--_muted);
  }
  .mark {
    cursor: pointer;
  }
  /* Points are ringed in the surface colour, so they stand apart where lines cross. */
  .mark .marker {
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  .mark .hit {
    fill: transparent;
    stroke: none;
  }
  /* The shared focus ring, thinner; kept unfilled under forced colours, which fill every circle of a mark. */
  .mark .focus-ring {
    fill: none;
    stroke: none;
  }
  .mark:focus-visible .focus-ring,
  .mark.active .focus-ring {
    stroke-width: 2.5px;
  }
  .swatch path.line {
    stroke-width: 2px;
  }
  .swatch .marker {
    stroke: none;
  }
  @media (forced-colors: active) {
    path.line {
      stroke: CanvasText;
    }
    .mark .marker,
    .swatch .marker {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.active .marker,
    .mark:focus-visible .marker {
      fill: Highlight;
    }
  }
`;
