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
`;
