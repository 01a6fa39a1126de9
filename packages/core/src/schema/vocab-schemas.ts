import { FIELDS } from '../vocab/fields.js';
import { HOSTS } from '../vocab/hosts.js';
import { LANGS } from '../vocab/langs.js';
import { LEVELS } from '../vocab/levels.js';
import { PLACE_TYPES } from '../vocab/place-types.js';
import { QUALIFIERS } from '../vocab/qualifiers.js';
import { STATUSES } from '../vocab/statuses.js';
import { UNITS } from '../vocab/units.js';
import * as z from './z.js';

/** One of the four fields. */
export const fieldSchema = z.enum(FIELDS);
/** A figure's hedge. */
export const qualifierSchema = z.enum(QUALIFIERS);
/** A unit of measure. */
export const unitSchema = z.enum(UNITS);
/** A model's lifecycle status. */
export const statusSchema = z.enum(STATUSES);
/** A host organisation kind. */
export const hostSchema = z.enum(HOSTS);
/** A recognition level. */
export const levelSchema = z.enum(LEVELS);
/** A kind of administrative unit. */
export const placeTypeSchema = z.enum(PLACE_TYPES);
/** A language. */
export const langSchema = z.enum(LANGS);

/** What ids, codes and metric names look like. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,63}$/u;
/** What partial ISO dates look like. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** The longest text a localized text may hold, in code points (zod and JSON Schema count them, not UTF-16 units). */
export const MAX_TEXT_LENGTH = 2000;

/** Ids and metric names: lower-case kebab-case or codes, at most 64 characters. */
export const idSchema = z.string().check(z.regex(ID_PATTERN));

/** A partial ISO date: `2021`, `2021-03` or `2021-03-15`. */
export const partialDateSchema = z.string().check(z.regex(PARTIAL_DATE_PATTERN));

/** Text given in one or both languages. */
export const localizedTextSchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH)),
  z
    .object({
      vi: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
      en: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
    })
    .check(z.refine((t) => Boolean(t.vi || t.en), { message: 'needs vi or en' })),
]);

/** A figure as published: a finite number, or `{ value, qualifier }`. */
export const reportedNumberSchema = z.union([
  z.number(),
  z.object({ value: z.number(), qualifier: z.optional(qualifierSchema) }),
]);

/** A span of time given by partial dates; either end may be open. */
export const periodSchema = z.object({
  from: z.optional(partialDateSchema),
  to: z.optional(partialDateSchema),
});
