import type { ValidationIssue } from '../validate/validation-issue.js';

/**
 * Why a dataset could not be loaded. Each has its own message in both languages, because "the file is not there"
 * and "the server is down" ask different things of the reader.
 */
export const LOAD_ERROR_CODES = [
  'not_found',
  'http_error',
  'network',
  'timeout',
  'too_large',
  'not_data',
  'invalid_json',
  'invalid_data',
  'aborted',
  'unsafe_url',
  'unsupported_format',
  'binary_data',
] as const;

/** A reason a load failed. */
export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[number];

/**
 * A failed load. `status` is the HTTP status where there was one; `detail` carries the first issues for
 * `invalid_data` and the content type for `not_data` and `binary_data`.
 *
 * @example
 * try { await loadDataset(url); } catch (e) { if (e instanceof LoadError && e.code === 'timeout') retry(); }
 */
export class LoadError extends Error {
  readonly code: LoadErrorCode;
  readonly status: number | undefined;
  readonly detail: string | undefined;
  /** For `invalid_data`: what validation found, with messages in both languages. */
  readonly issues: readonly ValidationIssue[];

  constructor(
    code: LoadErrorCode,
    options: { status?: number | undefined; detail?: string | undefined; issues?: readonly ValidationIssue[]; cause?: unknown } = {},
  ) {
    super(`${code}${options.status ? ` (HTTP ${options.status})` : ''}${options.detail ? `: ${options.detail}` : ''}`);
    this.name = 'LoadError';
    this.code = code;
    this.status = options.status;
    this.detail = options.detail;
    this.issues = options.issues ?? [];
  }
}
