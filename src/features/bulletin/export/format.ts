import type { Locale } from '../../../domain';
import { createFormatters, createTranslate } from '../../../ui';
import type { CellFormat } from '../model/cells';

/** The cell formatting of a locale outside React (exports run from a click, with the document's locale). */
export function cellFormat(locale: Locale): CellFormat {
  return { ...createFormatters(locale), t: createTranslate(locale) };
}
