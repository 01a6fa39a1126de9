import { define } from '../internal/define.js';
import { DvBarChart } from './bar-chart.js';

define('dv-bar-chart', DvBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'dv-bar-chart': DvBarChart;
  }
}

export { DvBarChart };
