import { indicatorById, isIndicatorId } from '../../../domain';
import { isMessageKey } from '../../i18n/translate';
import type { Words } from './words';

/**
 * The Chinese (or English) name of a contract field: 好评数. The domain's registry names every
 * count; the dictionary's field names (quality.field.*) cover the rest once loaded; a field neither
 * knows (a source's own column) is data and shows as it came.
 */
export function fieldName(field: string, { t, locale }: Pick<Words, 't' | 'locale'>): string {
  if (isIndicatorId(field)) {
    const { label } = indicatorById(field);
    return locale === 'zh-CN' ? label.zh : label.en;
  }
  const key = `quality.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** Several fields' names, each once, joined as the language joins a list (好评数、差评数). */
export function fieldList(fields: readonly string[], words: Pick<Words, 't' | 'locale'>): string {
  return [...new Set(fields)].map((field) => fieldName(field, words)).join(words.t('standing.fieldSeparator'));
}
