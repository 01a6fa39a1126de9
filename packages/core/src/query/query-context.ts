import type { PlaceIndex } from '../gazetteer/place-index.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import type { Field } from '../vocab/fields.js';
import type { Query } from './query-types.js';

/** What the parts of `query` share while answering one query. */
export interface QueryContext {
  readonly q: Query;
  readonly metric: string;
  readonly gazetteer: PlaceIndex;
  /** The fields asked for, or undefined for all. */
  readonly fields: ReadonlySet<Field> | undefined;
  /** First and last day of the period asked for, as `YYYY-MM-DD`. */
  readonly fromDay: string | undefined;
  readonly toDay: string | undefined;
  /** The place that frames place dimensions: the query's place, else the province. */
  readonly root: string;
  readonly warnings: ValidationIssue[];
}
