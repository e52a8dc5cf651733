import { isFileLoadError } from '../../../adapters/file';
import type { Translate } from '../../../ui';

/** Why nothing could be loaded, as a sentence; names and headers from the files are plain text. */
export function fileErrorText(error: unknown, t: Translate): string {
  if (isFileLoadError(error)) return t(`files.error.${error.code}`, { detail: '', ...error.params });
  return t('files.error.worker-failed', { detail: error instanceof Error ? error.message : String(error) });
}
