import type { Locale } from '../../../domain';
import type { Translate } from '../../i18n/translate';
import type { Formatters } from '../formatters';

/** What the honest formatters need of an I18n: an I18n itself, or createTranslate + createFormatters. */
export type Words = { t: Translate; locale: Locale } & Pick<
  Formatters,
  'formatCount' | 'formatRate' | 'formatIndicator' | 'formatPointChange' | 'formatRelativeChange' | 'formatCountChange' | 'formatMonth'
>;

/** A number that can be shown: null, undefined, NaN and ±Infinity are no value. */
export function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
