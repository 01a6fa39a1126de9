import { css } from 'lit';

/**
 * Styles of `<dv-table>` beyond the shared frame: figures right-aligned in tabular numerals and kept on one line,
 * labels that wrap, header buttons that look like headers, and a box that scrolls sideways rather than let the
 * table push the page wider.
 */
export const tableStyles = css`
  .scroller {
    max-width: 100%;
    overflow-x: auto;
  }
  .scroller:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* As wide as its content (at least 36 base ems, or the whole box when narrower), so figures stay near their labels. */
  table {
    min-width: min(100%, calc(36em / 0.9375));
    border-collapse: collapse;
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_grid);
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    vertical-align: bottom;
    border-bottom: 2px solid var(--_text);
    font-weight: 700;
  }
  thead th.part {
    min-width: 5.5em;
    white-space: normal;
  }
  /* A long part name wraps in its header rather than widen a column of small numbers at the labels' cost. */
  thead th.part .sort {
    max-width: 9.5em;
  }
  tbody th {
    min-width: 7.5em;
    font-weight: 400;
    overflow-wrap: break-word;
  }
  tfoot th,
  tfoot td {
    border-bottom: 0;
    font-weight: 700;
  }
  tfoot tr {
    border-top: 2px solid var(--_text);
  }
  /* Over the shared button (font and colour inherited, pointer cursor): flat, so a header looks like one. */
  button.sort,
  button.row-button {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin: 0;
    padding: 0.125em 0;
    border: 0;
    border-radius: 2px;
    background: none;
    text-align: inherit;
  }
  .num button.sort {
    flex-direction: row-reverse;
  }
  button.row-button {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.sort:hover span,
  button.row-button:hover {
    text-decoration: underline;
  }
  .sort-icon {
    flex: none;
    width: 0.5em;
    height: 0.75em;
  }
  .sort-icon path {
    fill: currentColor;
    opacity: 0.25;
  }
  .sort-icon.ascending .up,
  .sort-icon.descending .down {
    opacity: 1;
  }
`;
