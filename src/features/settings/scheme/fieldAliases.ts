import { COUNT_FIELDS } from '../../../domain';
import { createTranslate, isMessageKey, type Translate } from '../../../ui';

/** The other names staff know a field by (the dictionary's, e.g. 超期件数), understood in formulas too. */
export function fieldAliases(t: Translate): [string, string][] {
  const zh = createTranslate('zh-CN');
  const aliases: [string, string][] = [];
  for (const field of COUNT_FIELDS) {
    const key = `quality.field.${field}`;
    if (!isMessageKey(key)) continue;
    aliases.push([zh(key), field], [t(key), field]);
  }
  return aliases;
}
