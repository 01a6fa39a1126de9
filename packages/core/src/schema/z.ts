// zod compiles fast parsers with `new Function` unless told not to; a strict Content-Security-Policy blocks that,
// and even the probe for it is reported as a violation. The schema modules import zod only through this module,
// so this runs before any schema is defined.
import { config } from 'zod/mini';

config({ jitless: true });

// Named re-exports, not the namespace: a re-exported namespace object keeps all of zod (locales included) in a
// browser bundle, where these few functions cost a few kilobytes.
export {
  array,
  boolean,
  check,
  enum,
  extend,
  literal,
  maxLength,
  minLength,
  number,
  object,
  optional,
  refine,
  regex,
  registry,
  string,
  toJSONSchema,
  union,
} from 'zod/mini';
// `output` rather than `infer`: bundled declaration files would print `infer<…>`, which is a keyword there.
export type { output, ZodMiniType, core } from 'zod/mini';
