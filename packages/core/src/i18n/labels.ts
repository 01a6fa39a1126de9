import type { Dimension } from '../query/query-types.js';
import type { Field } from '../vocab/fields.js';
import type { Host } from '../vocab/hosts.js';
import type { Level } from '../vocab/levels.js';
import type { KnownMetric } from '../vocab/metrics.js';
import type { PlaceType } from '../vocab/place-types.js';
import type { Qualifier } from '../vocab/qualifiers.js';
import type { Status } from '../vocab/statuses.js';
import type { Unit } from '../vocab/units.js';

/** Every word danvan puts on screen for a vocabulary value, in one language. */
export interface Labels {
  readonly field: Readonly<Record<Field, string>>;
  /** Short forms for tight spaces (tiles, narrow axes). */
  readonly fieldShort: Readonly<Record<Field, string>>;
  /** The word placed before a figure: "hơn", "more than"; empty for `exact`. */
  readonly qualifier: Readonly<Record<Qualifier, string>>;
  /** Unit symbols or nouns placed after a figure; empty for a plain count. */
  readonly unit: Readonly<Record<Unit, string>>;
  /** Unit words after exactly 1 ("1 household"); Vietnamese nouns do not change. */
  readonly unitOne: Readonly<Record<Unit, string>>;
  readonly metric: Readonly<Record<KnownMetric, string>>;
  readonly status: Readonly<Record<Status, string>>;
  readonly host: Readonly<Record<Host, string>>;
  readonly level: Readonly<Record<Level, string>>;
  readonly placeType: Readonly<Record<PlaceType, string>>;
  /** Names of the query dimensions, lower-case as they sit mid-sentence ("theo lĩnh vực"). */
  readonly dimension: Readonly<Record<Dimension, string>>;
  /** The noun for what is counted when the subject is models. */
  readonly models: string;
}
