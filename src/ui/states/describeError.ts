import { isAdapterError } from '../../adapters/errors';
import type { Translate } from '../i18n/translate';

/** A sentence for people: which URL, what went wrong. Never a stack trace. */
export function describeError(error: unknown, t: Translate): string {
  if (isAdapterError(error)) {
    const params = { url: error.url, status: error.status ?? '', detail: error.detail };
    return t(`error.${error.kind}`, params);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('error.unknown', { detail });
}
