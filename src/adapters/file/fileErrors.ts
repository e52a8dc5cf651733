/**
 * Why a set of files cannot become a dataset at all (as opposed to bad rows, which go to the
 * quality report and leave the good rows usable). The UI words each code; params are plain text
 * taken from the files (names, headers), never markup.
 */
export const FILE_ERROR_CODES = [
  'no-files',
  'unsupported-file',
  'too-large',
  'too-large-unzipped',
  'empty-file',
  'not-json',
  'json-shape',
  'unreadable-xlsx',
  'no-header',
  'missing-columns',
  'duplicate-column',
  'no-offices-table',
  'no-records-table',
  'several-tables',
  'worker-failed',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export type FileErrorParams = Record<string, string>;

export class FileLoadError extends Error {
  readonly code: FileErrorCode;
  readonly params: FileErrorParams;

  constructor(code: FileErrorCode, params: FileErrorParams = {}) {
    super(
      `${code}: ${Object.entries(params)
        .map(([key, value]) => `${key}=${value}`)
        .join('; ')}`,
    );
    this.name = 'FileLoadError';
    this.code = code;
    this.params = params;
  }
}

export function isFileLoadError(error: unknown): error is FileLoadError {
  return error instanceof FileLoadError;
}

/** Errors cross the worker boundary as plain objects; this turns them back. */
export interface WireFileError {
  code: FileErrorCode;
  params: FileErrorParams;
}

export function toWireError(error: unknown): WireFileError {
  if (isFileLoadError(error)) return { code: error.code, params: error.params };
  return { code: 'worker-failed', params: { detail: error instanceof Error ? error.message : String(error) } };
}

export function fromWireError(wire: WireFileError): FileLoadError {
  const code = (FILE_ERROR_CODES as readonly string[]).includes(wire.code) ? wire.code : 'worker-failed';
  return new FileLoadError(code, wire.params ?? {});
}
