import type { DecimalMark } from '../number/parse-number-text.js';
import type { ValidationIssue } from '../validate/validation-issue.js';
import type { ColumnRole } from './read-header-cell.js';
import type { PlaceCells, PlaceResolution } from './place-resolver.js';

/** What every row of one import shares: the columns, the settings, the ids taken, and where issues go. */
export interface ImportContext {
  readonly columns: readonly (ColumnRole | undefined)[];
  /** The columns the importer reads, in order: at most one per kind, so rows cost the same however wide the header. */
  readonly active: readonly number[];
  readonly issues: ValidationIssue[];
  /** The decimal mark the sheet's numbers show, if they agree on one (see `importModelsCsv`). */
  readonly decimalMark?: DecimalMark | undefined;
  /** A fixed date for place lookups, else each row's own start date is used. */
  readonly at?: string | undefined;
  readonly today: string;
  readonly sourceId?: string | undefined;
  /** Where a row's place cells are (the default place when they are empty), see `placeResolver`. */
  readonly resolvePlace: (cells: PlaceCells, days: readonly string[]) => PlaceResolution | undefined;
  /** The model ids taken so far. */
  readonly ids: Set<string>;
}
