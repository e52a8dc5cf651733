import { isAdapterErrorReason } from '../../../adapters';
import { isFileLoadError } from '../../../adapters/file';
import type { I18n } from '../../../ui';
import { adapterDetailText } from '../../../ui/states/adapterDetail';

/** Why nothing could be loaded, as a sentence; names and headers from the files are plain text. */
export function fileErrorText(error: unknown, words: Pick<I18n, 't' | 'locale'>): string {
  const { t } = words;
  if (isFileLoadError(error)) {
    const { shape, detail = '' } = error.params;
    const worded = isAdapterErrorReason(shape) ? adapterDetailText({ reason: shape, params: error.params }, detail, words) : detail;
    return t(`files.error.${error.code}`, { ...error.params, detail: worded });
  }
  return t('files.error.worker-failed', { detail: error instanceof Error ? error.message : String(error) });
}
