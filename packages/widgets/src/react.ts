// `@danvan/widgets/react`: React components for the danvan elements, made with @lit/react. They set what the
// element has as a property (`data`, `limit`) as a property and the rest as attributes, and turn `dv-select` into
// an `onDvSelect` prop. Importing this module registers every element. React stays the app's own: it is a peer
// dependency, never bundled, and the CDN bundle does not include this module.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { DvBarChart as BarChart } from './bar-chart/bar-chart.define.js';
import type { DvEventMap } from './internal/emit.js';
import { DvLineChart as LineChart } from './line-chart/line-chart.define.js';
import { DvMap as MapElement } from './map/map.define.js';
import { DvStat as Stat } from './stat/stat.define.js';
import { DvTable as Table } from './table/table.define.js';
import { DvWaffle as Waffle } from './waffle/waffle.define.js';

export type { DvSelectDetail } from './internal/emit.js';
/** The element classes, for refs: `useRef<DvBarChartElement>(null)`. */
export type {
  BarChart as DvBarChartElement,
  LineChart as DvLineChartElement,
  MapElement as DvMapElement,
  Stat as DvStatElement,
  Table as DvTableElement,
  Waffle as DvWaffleElement,
};

/** The props that listen to danvan events: `onDvSelect` receives a `CustomEvent<DvSelectDetail>`. */
const events = {
  onDvSelect: 'dv-select' as EventName<DvEventMap['dv-select']>,
};

/**
 * `<dv-bar-chart>` for React.
 *
 * @example
 * <DvBarChart data={dataset} by="field" lang="vi" onDvSelect={(e) => setKey(e.detail.key)} />
 */
export const DvBarChart = createComponent({ tagName: 'dv-bar-chart', elementClass: BarChart, react: React, events });

/**
 * `<dv-line-chart>` for React.
 *
 * @example
 * <DvLineChart src="/data/ha-tinh.json" series="field" onDvSelect={(e) => setYear(e.detail.year)} />
 */
export const DvLineChart = createComponent({ tagName: 'dv-line-chart', elementClass: LineChart, react: React, events });

/**
 * `<dv-stat>` for React. A stat sends no `dv-select`.
 *
 * @example
 * <DvStat src="/data/ha-tinh.json" field="economic" compare="share" />
 */
export const DvStat = createComponent({ tagName: 'dv-stat', elementClass: Stat, react: React, events: {} });

/**
 * `<dv-waffle>` for React.
 *
 * @example
 * <DvWaffle data={dataset} by="field" onDvSelect={(e) => setField(e.detail.field)} />
 */
export const DvWaffle = createComponent({ tagName: 'dv-waffle', elementClass: Waffle, react: React, events });

/**
 * `<dv-table>` for React; `onDvSelect` fires with `selectable`.
 *
 * @example
 * <DvTable data={dataset} by="district" selectable onDvSelect={(e) => setPlace(e.detail.place)} />
 */
export const DvTable = createComponent({ tagName: 'dv-table', elementClass: Table, react: React, events });

/**
 * `<dv-map>` for React.
 *
 * @example
 * <DvMap data={dataset} by="district" onDvSelect={(e) => setPlace(e.detail.place)} />
 */
export const DvMap = createComponent({ tagName: 'dv-map', elementClass: MapElement, react: React, events });
