export type AdapterErrorKind = 'network' | 'timeout' | 'http' | 'invalid-payload' | 'aborted';

/** A failure to get data at all (as opposed to bad rows, which go to the quality report). */
export class AdapterError extends Error {
  readonly kind: AdapterErrorKind;
  readonly url: string;
  readonly status: number | undefined;
  /** Plain text for people: what was wrong with the response. */
  readonly detail: string;

  constructor(kind: AdapterErrorKind, url: string, detail: string, status?: number) {
    super(`${kind} ${status ?? ''} ${url}: ${detail}`.replace(/\s+/g, ' '));
    this.name = 'AdapterError';
    this.kind = kind;
    this.url = url;
    this.detail = detail;
    this.status = status;
  }
}

export function isAdapterError(error: unknown): error is AdapterError {
  return error instanceof AdapterError;
}
