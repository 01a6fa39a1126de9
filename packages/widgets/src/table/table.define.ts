import { define } from '../internal/define.js';
import { DvTable } from './table.js';

define('dv-table', DvTable);

declare global {
  interface HTMLElementTagNameMap {
    'dv-table': DvTable;
  }
}

export { DvTable };
