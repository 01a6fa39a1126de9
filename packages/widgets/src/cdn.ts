// The CDN bundle: every element, registered on load.
import './bar-chart/bar-chart.define.js';

export * from './index.js';
