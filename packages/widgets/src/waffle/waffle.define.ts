import { define } from '../internal/define.js';
import { DvWaffle } from './waffle.js';

define('dv-waffle', DvWaffle);

declare global {
  interface HTMLElementTagNameMap {
    'dv-waffle': DvWaffle;
  }
}

export { DvWaffle };
