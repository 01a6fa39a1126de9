// The CDN bundle: every element registered on load, and CSV reading.
import './csv.js';
import './bar-chart/bar-chart.define.js';

export * from './index.js';
