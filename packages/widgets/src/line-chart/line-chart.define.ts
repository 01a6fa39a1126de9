import { define } from '../internal/define.js';
import { DvLineChart } from './line-chart.js';

define('dv-line-chart', DvLineChart);

declare global {
  interface HTMLElementTagNameMap {
    'dv-line-chart': DvLineChart;
  }
}

export { DvLineChart };
