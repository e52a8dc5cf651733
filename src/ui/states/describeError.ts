import { isAdapterError } from '../../adapters/errors';
import type { I18n } from '../i18n/I18nProvider';
import { adapterDetailText } from './adapterDetail';

type Words = Pick<I18n, 't' | 'locale'>;

/** A sentence for people: which URL, what went wrong. Never a stack trace. */
export function describeError(error: unknown, words: Words): string {
  const { t } = words;
  if (isAdapterError(error)) {
    const detail = adapterDetailText(error.why, error.detail, words);
    return t(`error.${error.kind}`, { url: error.url, status: error.status ?? '', detail });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('error.unknown', { detail });
}
