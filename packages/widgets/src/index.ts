export { DvElement } from './internal/dv-element.js';
export type { DvSelectDetail, DvEventMap } from './internal/emit.js';
export { DvBarChart, ORIENTATIONS, type Orientation } from './bar-chart/bar-chart.js';
