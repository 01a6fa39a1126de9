import { css } from 'lit';

// Comments stay out of the css`` literal: minifiers do not touch CSS inside template strings.
//
// The choropleth ramp is one blue hue in five steps (readable with every kind of colour vision; each step at
// least 1.38:1 from the next, the lightest 1.42:1 from white, and outlined), light to dark on a light page and
// dark to light on a dark one, so the faintest class never melts into the background. Text on a tile is dark or
// light by its fill, 4.5:1 either way (`.iN`). Names on hatched tiles get a halo of the tile's ground so the
// hatching does not cross the letters. The tooltip puts each figure on its own line. In forced colours, classes
// become shades of the system text colour, so the map still reads as a ramp, and the map's own custom properties
// turn to system colours; hatching stays. The frame's forced-colour `.mark rect` and `.mark path` outrank a single
// class, hence `.mark .area`, `.mark .nodata` (the hatching is that fill in every mode) and `.mark .base`.

/** Styles of `<dv-map>` beyond the shared frame. */
export const mapStyles = css`
  .theme {
    --_r0: var(--dv-map-0, #c6dbef);
    --_r1: var(--dv-map-1, #8dc0dd);
    --_r2: var(--dv-map-2, #4a98c9);
    --_r3: var(--dv-map-3, #1f6eb0);
    --_r4: var(--dv-map-4, #08306b);
    --_edge: var(--dv-map-edge, #8c959f);
    --_base: var(--dv-map-base, #eef1f4);
    --_symbol: var(--dv-map-symbol, var(--_s0));
  }
  .theme.dark {
    --_r0: var(--dv-map-0-dark, #163a5f);
    --_r1: var(--dv-map-1-dark, #1f5f93);
    --_r2: var(--dv-map-2-dark, #3a8fc8);
    --_r3: var(--dv-map-3-dark, #7ab8e6);
    --_r4: var(--dv-map-4-dark, #c7e4fb);
    --_edge: var(--dv-map-edge-dark, #6e7681);
    --_base: var(--dv-map-base-dark, #21262d);
    --_symbol: var(--dv-map-symbol-dark, var(--_s0));
  }
  .r0 {
    fill: var(--_r0);
  }
  .r1 {
    fill: var(--_r1);
  }
  .r2 {
    fill: var(--_r2);
  }
  .r3 {
    fill: var(--_r3);
  }
  .r4 {
    fill: var(--_r4);
  }
  .base {
    fill: var(--_base);
  }
  .mark .area {
    stroke: var(--_edge);
    stroke-linejoin: round;
  }
  .mark .nodata {
    fill: url(#dv-map-hatch);
  }
  .mark,
  .symbol {
    cursor: pointer;
  }
  .mark:hover .area {
    opacity: 0.85;
  }
  .tile-text {
    pointer-events: none;
    font-size: 12px;
  }
  .f10 {
    font-size: 10px;
  }
  .f14 {
    font-size: 14px;
  }
  .short {
    font-weight: 600;
  }
  .i0,
  .i1,
  .i2 {
    fill: #1b1f24;
  }
  .i3,
  .i4 {
    fill: #fff;
  }
  .dark .i0,
  .dark .i1 {
    fill: #e6edf3;
  }
  .dark .i2,
  .dark .i3,
  .dark .i4 {
    fill: #0d1117;
  }
  .i-none {
    fill: var(--_text);
    stroke: var(--_base);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .hatch-ink {
    stroke: var(--_muted);
    opacity: 0.6;
  }
  .symbol {
    fill: var(--_symbol);
    fill-opacity: 0.8;
    stroke: var(--_surface);
  }
  .symbol.active {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .size-key {
    pointer-events: none;
  }
  .size-key circle {
    fill: none;
    stroke: var(--_muted);
  }
  .size-key text {
    font-size: 12px;
  }
  .map-note {
    margin: 0.5em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .theme,
    .theme.dark {
      --_edge: CanvasText;
      --_base: Canvas;
      --_symbol: CanvasText;
    }
    .r0,
    .r1,
    .r2,
    .r3,
    .r4 {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .r0 {
      fill-opacity: 0.08;
    }
    .r1 {
      fill-opacity: 0.25;
    }
    .r2 {
      fill-opacity: 0.45;
    }
    .r3 {
      fill-opacity: 0.75;
    }
    .mark .base {
      fill: Canvas;
    }
    .theme .i0,
    .theme .i1,
    .theme .i2 {
      fill: CanvasText;
    }
    .theme .i3,
    .theme .i4 {
      fill: Canvas;
    }
    .hatch-ink {
      opacity: 1;
    }
  }
`;
