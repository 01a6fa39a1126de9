import type { PartialDate } from '../date/partial-date.js';
import type { Interval } from '../number/interval.js';
import type { Reconciliation } from '../number/reconcile.js';
import type { Source } from '../types.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import type { Field } from '../vocab/fields.js';
import type { Host } from '../vocab/hosts.js';
import type { Level } from '../vocab/levels.js';
import type { Status } from '../vocab/statuses.js';
import type { Unit } from '../vocab/units.js';

/** What a query can group by. `district` and `commune` group places by tier; `place` by the place itself. */
export const DIMENSIONS = ['field', 'year', 'district', 'commune', 'place', 'status', 'host', 'level'] as const;

/** A grouping dimension. */
export type Dimension = (typeof DIMENSIONS)[number];

/** How rows are ordered: `natural` (the dimension's own order: fields as reported, years ascending), by `value`, or by `label`. */
export const SORTS = ['natural', 'value', 'label'] as const;

/** A row order. */
export type Sort = (typeof SORTS)[number];

/**
 * A question to ask of a dataset. Every field is optional: `{}` asks for the number of models.
 *
 * @example
 * const q: Query = { by: 'year', field: 'economic', from: '2013', to: '2023', cumulative: true };
 */
export interface Query {
  /** `models` (default) counts models; a metric id sums that outcome ("households-donating-land"). */
  readonly metric?: string | undefined;
  /** The dimension rows are grouped by; without it the result is one row, the total. */
  readonly by?: Dimension | undefined;
  /** A second dimension that splits each row into parts, for stacked or grouped bars and one line per field. */
  readonly series?: Dimension | undefined;
  readonly field?: Field | readonly Field[] | undefined;
  /** A place code; the query covers the place and everything within it, following the 2025 reform. */
  readonly place?: string | undefined;
  readonly from?: PartialDate | undefined;
  readonly to?: PartialDate | undefined;
  readonly level?: Level | undefined;
  readonly status?: Status | undefined;
  readonly host?: Host | undefined;
  /**
   * Group places as they stood on this date: records from before the 2025 reform are mapped to the units that
   * replaced them (and the result's warnings say so). Defaults to each record's own date.
   */
  readonly at?: PartialDate | undefined;
  /** Running totals along the rows (for `by: 'year'`). */
  readonly cumulative?: boolean | undefined;
  readonly sort?: Sort | undefined;
  /** `desc` (default for `value`) or `asc` (default otherwise). */
  readonly order?: 'asc' | 'desc' | undefined;
  /** Keep only the first rows after sorting. */
  readonly limit?: number | undefined;
}

/** A label in both languages, so one result serves readers of either. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/** One group of the answer. */
export interface ResultRow {
  /** The group's id: a field id, a year, a place code, a status… */
  readonly key: string;
  readonly label: Label;
  /** The figure with its hedge and bounds. For published statistics, exactly as published. */
  readonly value: Interval;
  /** The row's stated value over the total's, when there is a total to share. */
  readonly share: number | undefined;
  /** The row split by the query's `series` dimension. */
  readonly parts?: readonly ResultRow[] | undefined;
}

/** What `query` returns. */
export interface QueryResult {
  readonly rows: readonly ResultRow[];
  /** The total of everything the query covers: a published total when there is one, else the rows summed. */
  readonly total: Interval | undefined;
  readonly unit: Unit;
  /** `statistics` when published figures answered the query as they stand; `records` when models were counted. */
  readonly basis: 'statistics' | 'records' | 'none';
  /** The sources behind every figure in the result. */
  readonly sources: readonly Source[];
  /** Things a reader should know: totals that disagree with parts, units mapped across the 2025 reform… */
  readonly warnings: readonly ValidationIssue[];
  /** The period the figures cover. */
  readonly period: { readonly from?: PartialDate | undefined; readonly to?: PartialDate | undefined };
  /** How the published parts compare with the published total, when both were used. */
  readonly reconciliation: Reconciliation | undefined;
  /** The place the figures cover, when one place frames them all. */
  readonly place: string | undefined;
}
