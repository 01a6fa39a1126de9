import { define } from '../internal/define.js';
import { DvStat } from './stat.js';

define('dv-stat', DvStat);

declare global {
  interface HTMLElementTagNameMap {
    'dv-stat': DvStat;
  }
}

export { DvStat };
