import { css } from 'lit';

/** Styles of `<dv-bar-chart>` beyond the shared frame. */
export const barChartStyles = css`
  .bar-label {
    font-weight: 500;
  }
  .tick-label {
    font-size: 12px;
  }
  .value-label {
    font-variant-numeric: tabular-nums;
  }
  .mark {
    cursor: pointer;
  }
  .mark:hover,
  .mark.active {
    opacity: 0.85;
  }
  /* The bars of a first drawing drawn as one path (see Rects), as the shared styles draw each rect.mark. */
  @media (forced-colors: active) {
    path.bar {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
