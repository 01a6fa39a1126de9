// `@danvan/widgets/jsx`: JSX typings for the danvan tags, types only (there is no JavaScript behind this entry).
//
//   import type {} from '@danvan/widgets/jsx';
//
// adds every `dv-*` tag, with its attributes and its `dv-select` handler, to React 19's `React.JSX` and to the
// global `JSX` namespace. Nothing here refers to a framework's own types: without React installed, the `react`
// augmentation is inert, so the entry type-checks in any project. Frameworks that keep JSX in their own module
// (Preact, Solid, Stencil, Vue) extend it with `DvIntrinsicElements` in three lines (docs/frameworks.md).
//
// `namespace` appears only because JSX typings are namespaces in TypeScript; nothing else here uses one.
import type { Dimension, Sort } from '@danvan/core';
// Brings React's types into this build's program so that the augmentation below has something to merge into;
// the emitted declarations keep no import of React.
import type {} from 'react';
import type { Arrangement, DvBarChart, Orientation } from './bar-chart/bar-chart.js';
import type { DvSelectDetail } from './internal/emit.js';
import type { DvLineChart } from './line-chart/line-chart.js';
import type { ClassMethod, DvMap, MapMode } from './map/map.js';
import type { Comparison, DvStat } from './stat/stat.js';
import type { DvTable } from './table/table.js';
import type { DvWaffle } from './waffle/waffle.js';

export type { DvSelectDetail };

/** A number attribute: JSX may pass the number or its text. */
type NumberAttribute = number | `${number}`;

/** The attributes every danvan element takes, spelt as in HTML. */
export interface DvCommonAttributes {
  /** `vi` or `en`. Default: the nearest `lang` up the page, else Vietnamese. */
  lang?: 'vi' | 'en';
  /** URL of a danvan dataset (JSON) or of a models spreadsheet (CSV; needs `@danvan/widgets/csv.js`). */
  src?: string;
  /** Give up loading `src` after this many milliseconds (default 15000). */
  timeout?: NumberAttribute;
  /** Refuse a `src` body larger than this many bytes (default 20 MB). */
  'max-bytes'?: NumberAttribute;
  /** `models` (default) or an outcome metric id such as `households-donating-land`. */
  metric?: string;
  /** The dimension rows are grouped by. */
  by?: Dimension;
  /** A second dimension that splits each row. */
  series?: Dimension;
  /** One field, or several separated by commas. */
  field?: string;
  /** A place code (GSO), e.g. `443`. */
  place?: string;
  /** Start of the period: `2013`, `2023-01`, `2023-01-15`. */
  from?: string;
  /** End of the period. */
  to?: string;
  /** Group places as they stood on this date. */
  at?: string;
  /** Only models recognised at this level. */
  level?: string;
  /** Only models with this status. */
  status?: string;
  /** Only models hosted by this kind of organisation. */
  host?: string;
  /** Running totals along the rows. */
  cumulative?: boolean;
  /** `natural`, `value` or `label`. */
  sort?: Sort;
  /** `asc` or `desc`. */
  order?: 'asc' | 'desc';
  /** Show only the first rows after sorting. */
  limit?: NumberAttribute;
  /** The title above the chart; made from the query when absent. */
  heading?: string;
  /** A note printed under the chart. */
  note?: string;
  /** Hide the download menu. */
  'no-download'?: boolean;
  /**
   * A dataset object. A property, not an attribute: React 19 and Preact set it as one when the element is
   * already defined, so import the element's module before rendering.
   */
  data?: unknown;
}

/**
 * The `dv-select` handler, spelt `on` + the event name: React 19 and Preact listen to custom events named that
 * way on custom elements (`onDvSelect` is the React wrappers' spelling, `@danvan/widgets/react`).
 */
export interface DvSelectHandler {
  'ondv-select'?: (event: CustomEvent<DvSelectDetail>) => void;
}

/** `<dv-bar-chart>`'s own attributes. */
export interface DvBarChartAttributes extends DvCommonAttributes, DvSelectHandler {
  /** `horizontal` (default) or `vertical`. */
  orientation?: Orientation;
  /** With `series`: `stacked` (default) or `grouped`. */
  arrangement?: Arrangement;
}

/** `<dv-line-chart>`'s attributes. */
export interface DvLineChartAttributes extends DvCommonAttributes, DvSelectHandler {}

/** `<dv-stat>`'s own attributes. A stat sends no `dv-select`. */
export interface DvStatAttributes extends DvCommonAttributes {
  /** Draw a small line of the yearly figures. */
  sparkline?: boolean;
  /** `share` (of the whole the figure was filtered from) or `period` (against `compare-from`/`compare-to`). */
  compare?: Comparison;
  /** Start of the period to compare with; implies `compare="period"`. */
  'compare-from'?: string;
  /** End of the period to compare with; implies `compare="period"`. */
  'compare-to'?: string;
}

/** `<dv-waffle>`'s attributes. */
export interface DvWaffleAttributes extends DvCommonAttributes, DvSelectHandler {}

/** `<dv-table>`'s own attributes. */
export interface DvTableAttributes extends DvCommonAttributes, DvSelectHandler {
  /** Row labels become buttons that send `dv-select`. */
  selectable?: boolean;
}

/** `<dv-map>`'s own attributes. */
export interface DvMapAttributes extends DvCommonAttributes, DvSelectHandler {
  /** `fill` (default): units coloured by class; `symbols`: circles whose area is proportional to the figure. */
  mode?: MapMode;
  /** How values are cut into colour classes: `quantize` (default) or `quantile`. */
  classes?: ClassMethod;
  /** Explicit class bounds, e.g. `100,500,1000` (at most four): overrides `classes`. */
  thresholds?: string;
  /** URL of TopoJSON or GeoJSON boundaries. */
  geo?: string;
  /** The feature property holding each unit's code, or its name; default: the feature's `id`, then `code`. */
  'geo-key'?: string;
  /** Boundaries given directly (a property, like `data`). */
  geoData?: unknown;
}

/** Each tag's own attributes. */
export interface DvElementAttributes {
  'dv-bar-chart': DvBarChartAttributes;
  'dv-line-chart': DvLineChartAttributes;
  'dv-stat': DvStatAttributes;
  'dv-waffle': DvWaffleAttributes;
  'dv-table': DvTableAttributes;
  'dv-map': DvMapAttributes;
}

/** Each tag's element class. */
interface DvElementClasses {
  'dv-bar-chart': DvBarChart;
  'dv-line-chart': DvLineChart;
  'dv-stat': DvStat;
  'dv-waffle': DvWaffle;
  'dv-table': DvTable;
  'dv-map': DvMap;
}

/**
 * What a page puts on any element, in the spellings JSX frameworks use (`class` or React's `className`; `style`
 * as text or as an object), with a `ref` to the element.
 */
export interface DvHtmlAttributes<E extends HTMLElement> {
  id?: string;
  class?: string;
  className?: string;
  style?: string | { readonly [property: string]: string | number | undefined };
  slot?: string;
  title?: string;
  hidden?: boolean;
  dir?: 'ltr' | 'rtl' | 'auto';
  role?: string;
  part?: string;
  children?: unknown;
  ref?: ((element: E | null) => void) | { current: E | null } | null;
  [aria: `aria-${string}`]: string | number | boolean | undefined;
  [data: `data-${string}`]: string | number | boolean | undefined;
}

/**
 * Every danvan tag with its props, for a JSX `IntrinsicElements` interface:
 * `interface IntrinsicElements extends DvIntrinsicElements {}`.
 */
export type DvIntrinsicElements = {
  [Tag in keyof DvElementAttributes]: DvElementAttributes[Tag] & DvHtmlAttributes<DvElementClasses[Tag]>;
};

/** An interface for the augmentations below (an interface can extend the mapped type, merge into theirs). */
interface DvTags extends DvIntrinsicElements {}

declare global {
  namespace JSX {
    interface IntrinsicElements extends DvTags {}
  }
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends DvTags {}
  }
}
