export { DvElement } from './internal/dv-element.js';
export type { DvSelectDetail, DvEventMap } from './internal/emit.js';
export type { Mark } from './internal/mark.js';
export { DvBarChart, ORIENTATIONS, ARRANGEMENTS, type Orientation, type Arrangement } from './bar-chart/bar-chart.js';
export { DvLineChart } from './line-chart/line-chart.js';
export { DvStat, COMPARISONS, type Comparison } from './stat/stat.js';
export { DvWaffle, GRID } from './waffle/waffle.js';
export { DvTable, SORT_DIRECTIONS, type SortDirection } from './table/table.js';
export { DvMap, MAP_MODES, CLASS_METHODS, GEO_ISSUE_KINDS, type MapMode, type ClassMethod, type GeoIssue, type GeoIssueKind } from './map/map.js';
