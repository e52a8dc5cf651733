import type { SchemeProblem } from '../engine';

export type AdapterErrorKind = 'network' | 'timeout' | 'http' | 'invalid-payload' | 'aborted';

/**
 * Why, as data the UI words in the reader's language (the English `detail` is the fallback and
 * what logs show). Params are plain text from the response (names of fields, a status text).
 */
export const ADAPTER_ERROR_REASONS = [
  'timeout',
  'redirected',
  'empty-body',
  'html-body',
  'not-json',
  'shape.not-object',
  'shape.missing',
  'shape.missing-empty',
  'shape.not-array',
  'scheme-invalid',
] as const;
export type AdapterErrorReason = (typeof ADAPTER_ERROR_REASONS)[number];

export function isAdapterErrorReason(value: unknown): value is AdapterErrorReason {
  return (ADAPTER_ERROR_REASONS as readonly unknown[]).includes(value);
}

export interface AdapterErrorWhy {
  reason: AdapterErrorReason;
  params?: Record<string, string | number>;
  /** For 'scheme-invalid': the engine's problems, so each is worded in the reader's language. */
  schemeProblems?: readonly SchemeProblem[];
}

/** A failure to get data at all (as opposed to bad rows, which go to the quality report). */
export class AdapterError extends Error {
  readonly kind: AdapterErrorKind;
  readonly url: string;
  readonly status: number | undefined;
  /** Plain English for logs and the fallback: what was wrong with the response. */
  readonly detail: string;
  readonly why: AdapterErrorWhy | undefined;

  constructor(kind: AdapterErrorKind, url: string, detail: string, status?: number, why?: AdapterErrorWhy) {
    super(`${kind} ${status ?? ''} ${url}: ${detail}`.replace(/\s+/g, ' '));
    this.name = 'AdapterError';
    this.kind = kind;
    this.url = url;
    this.detail = detail;
    this.status = status;
    this.why = why;
  }
}

export function isAdapterError(error: unknown): error is AdapterError {
  return error instanceof AdapterError;
}
