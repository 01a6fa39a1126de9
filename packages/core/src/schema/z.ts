import * as z from 'zod/mini';

// zod compiles fast parsers with `new Function` unless told not to; a strict Content-Security-Policy blocks that
// and even the probe for it is reported as a violation. This must run before any schema is defined or used.
z.config({ jitless: true });

export { z };
