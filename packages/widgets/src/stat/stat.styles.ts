import { css } from 'lit';

/** Styles of `<dv-stat>` beyond the shared frame: the big number, its words, the comparison and the sparkline. */
export const statStyles = css`
  .stat {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em 1.5em;
  }
  .figure {
    margin: 0;
    flex: 0 1 auto;
    min-width: 0;
    line-height: 1.1;
    color: var(--dv-stat-color, var(--_text));
    overflow-wrap: anywhere;
  }
  .number {
    font-size: var(--dv-stat-size, clamp(2.25em, 12cqi, 3.5em));
    font-weight: var(--dv-stat-weight, 700);
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
    line-height: 1;
    overflow-wrap: normal;
    white-space: nowrap;
  }
  .hedge,
  .unit {
    font-size: var(--dv-stat-words-size, 1.25em);
    font-weight: 500;
  }
  .compare {
    flex: 1 0 100%;
    margin: 0;
    color: var(--_muted);
  }
  .direction {
    font-weight: 700;
    color: var(--_text);
  }
  .sparkline {
    flex: none;
    width: var(--dv-sparkline-width, clamp(5em, 30cqi, 8em));
    padding-bottom: 0.25em;
  }
  .sparkline path {
    fill: none;
    stroke-width: 2px;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .sparkline .base {
    stroke: var(--_grid);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .sparkline circle {
    stroke: none;
  }
  .sparkline-years {
    display: flex;
    justify-content: space-between;
    font-size: 0.75em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .sparkline path {
      stroke: CanvasText;
    }
    .sparkline circle {
      fill: CanvasText;
    }
  }
`;
