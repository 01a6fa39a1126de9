import { define } from '../internal/define.js';
import { DvMap } from './map.js';

define('dv-map', DvMap);

declare global {
  interface HTMLElementTagNameMap {
    'dv-map': DvMap;
  }
}

export { DvMap };
export { CLASS_METHODS, GEO_ISSUE_KINDS, MAP_MODES, type ClassMethod, type GeoIssue, type GeoIssueKind, type MapMode } from './map.js';
