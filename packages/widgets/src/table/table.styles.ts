import { css } from 'lit';

/**
 * Styles of `<dv-table>` beyond the shared frame: figures right-aligned in tabular numerals, labels that wrap,
 * header buttons that look like headers, and a box that scrolls sideways rather than let the table push the page
 * wider, shaded on the side where it hides columns.
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
  /*
   * A shade on each side where columns are out of sight (data-more, kept by the element as the reader scrolls), so
   * that a reader on a phone sees there is more. A scroll container's own background stays put while its content
   * moves. A mid grey, half clear, shows on light and dark pages alike. Forced colours drop gradients: a rule in the
   * system's text colour says it there.
   */
  .scroller[data-more] {
    background:
      linear-gradient(to right, rgb(128 128 128 / 0.45), transparent) left / 0 100% no-repeat,
      linear-gradient(to left, rgb(128 128 128 / 0.45), transparent) right / 0 100% no-repeat;
  }
  .scroller[data-more='start'] {
    background-size: 0.75em 100%, 0 100%;
  }
  .scroller[data-more='end'] {
    background-size: 0 100%, 0.75em 100%;
  }
  .scroller[data-more='start end'] {
    background-size: 0.75em 100%, 0.75em 100%;
  }
  @media (forced-colors: active) {
    .scroller[data-more~='start'] {
      border-inline-start: 2px solid CanvasText;
    }
    .scroller[data-more~='end'] {
      border-inline-end: 2px solid CanvasText;
    }
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
  /*
   * A table of one figure a row (no series parts) fits a phone when its figures may break between hedge, number
   * and noun, each kept whole, where the column has no room for all three (a table takes its content's width
   * first): "hơn 19.300 / mô hình" keeps every column in sight. There the labels' column takes about a third, not a
   * share as large as its longest label, so that hedge and number keep a line ("hơn 19.300") and labels wrap
   * instead. A table with parts has too many columns for this to help: its figures stay whole and the box scrolls.
   */
  table:not(:has(th.part)) td.num {
    white-space: normal;
  }
  .num > span {
    white-space: nowrap;
  }
  @container (max-width: 24em) {
    table:not(:has(th.part)) tbody th {
      width: 34%;
    }
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
