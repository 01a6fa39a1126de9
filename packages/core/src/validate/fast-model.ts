import { modelSchema, outcomeSchema } from '../schema/entity-schemas.js';
import {
  ID_PATTERN,
  MAX_TEXT_LENGTH,
  PARTIAL_DATE_PATTERN,
  localizedTextSchema,
  periodSchema,
  reportedNumberSchema,
} from '../schema/vocab-schemas.js';
import type { Model } from '../types.js';
import { FIELDS } from '../vocab/fields.js';
import { HOSTS } from '../vocab/hosts.js';
import { LEVELS } from '../vocab/levels.js';
import { QUALIFIERS } from '../vocab/qualifiers.js';
import { STATUSES } from '../vocab/statuses.js';
import { UNITS } from '../vocab/units.js';

type Check = (value: unknown) => boolean;

const oneOf = (values: readonly string[]): Check => {
  const set: ReadonlySet<unknown> = new Set(values);
  return (v) => set.has(v);
};
const isId: Check = (v) => typeof v === 'string' && ID_PATTERN.test(v);
const isDate: Check = (v) => typeof v === 'string' && PARTIAL_DATE_PATTERN.test(v);
const isText: Check = (v) => typeof v === 'string' && v.length <= MAX_TEXT_LENGTH;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);

/**
 * A structural test for a plain object with keys taken, in this order, from `keys` (the schema's own shape order,
 * which is the order zod writes its output in), each value passing its check, and the required keys all there.
 * Anything else (an unknown key, keys out of order, a missing or odd value) is a "no", never a guess.
 */
function shape(keys: readonly string[], checks: Readonly<Record<string, Check>>, required: readonly string[]): Check {
  const position = new Map(keys.map((k, i) => [k, i]));
  const ordered = keys.map((k) => checks[k]!);
  const isRequired = keys.map((k) => required.includes(k));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    // Plain objects only: zod reads keys through the prototype chain, and only Object.prototype (or none) is known
    // to hold nothing under the schema's keys.
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    let next = 0;
    let found = 0;
    for (const key of Object.keys(v)) {
      const at = position.get(key);
      if (at === undefined || at < next || !ordered[at]!((v as Record<string, unknown>)[key])) return false;
      next = at + 1;
      if (isRequired[at]) found++;
    }
    return found === required.length;
  };
}

// Every index, holes included (`every` would skip a hole that zod reads as undefined).
const arrayOf =
  (item: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  };

const localizedObject = shape(Object.keys(localizedTextSchema.def.options[1].shape), { vi: isText, en: isText }, []);
const isLocalized: Check = (v) =>
  typeof v === 'string'
    ? v.length >= 1 && v.length <= MAX_TEXT_LENGTH
    : localizedObject(v) && Boolean((v as { vi?: string }).vi || (v as { en?: string }).en);
const reportedObject = shape(
  Object.keys(reportedNumberSchema.def.options[1].shape),
  { value: isNumber, qualifier: oneOf(QUALIFIERS) },
  ['value'],
);
const isReported: Check = (v) => isNumber(v) || reportedObject(v);
const isPeriod = shape(Object.keys(periodSchema.shape), { from: isDate, to: isDate }, []);
const isOutcome = shape(
  Object.keys(outcomeSchema.shape),
  { metric: isId, value: isReported, unit: oneOf(UNITS), period: isPeriod },
  ['metric', 'value', 'unit'],
);
const isModel = shape(
  Object.keys(modelSchema.shape),
  {
    id: isId,
    name: isLocalized,
    field: oneOf(FIELDS),
    place: isId,
    host: oneOf(HOSTS),
    level: oneOf(LEVELS),
    started: isDate,
    status: oneOf(STATUSES),
    replicatedFrom: isId,
    outcomes: arrayOf(isOutcome),
    sources: arrayOf(isId),
    description: isLocalized,
  },
  ['id', 'name', 'field', 'place'],
);

/**
 * The fast path of `validate` for model records, which can number in the millions: returns the record itself
 * when a cheap structural test proves that `modelSchema` would accept it and give back an equal record (same
 * keys, same order, same values), and undefined otherwise, so that zod runs and reports the details. It never
 * accepts what the schema refuses (a property test in test/core/fast-model.test.ts compares the two on JSON-like
 * data), and it only sees records `sanitizeInput` has already copied, so handing the record on shares nothing
 * with the caller's input.
 *
 * @example
 * fastModel({ id: 'm1', name: 'Camera an ninh', field: 'defense-security', place: '18415' }); // the same object
 * fastModel({ id: 'm1', name: 'Camera an ninh', field: 'sports', place: '18415' }); // undefined: zod will say why
 */
export function fastModel(record: unknown): Model | undefined {
  return isModel(record) ? (record as Model) : undefined;
}
