import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain JS module shared with `npm start`
import { startStaticServer } from '../../scripts/static-server.mjs';

/** The repository root, served as the demo serves it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A running local HTTP server. */
export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** The strict policy a government portal sends (issue: strict CSP + Trusted Types). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Serves the repository on 127.0.0.1, optionally with extra headers on every response. */
export function serve(options: { headers?: Record<string, string>; routes?: Record<string, unknown>; root?: string } = {}): Promise<Served> {
  return startStaticServer({ root: options.root ?? ROOT, headers: () => options.headers ?? {}, routes: options.routes ?? {} });
}
