import { lookupIndicator, type Indicator, type IndicatorId, type Locale } from '../../domain';

/**
 * An indicator's name in the reader's language. Pass the definition where a scheme's own
 * indicators may show (the scheme in force holds their names); an id is looked up among the
 * built-in ones, and one the catalogue does not know shows as it is (never a crash).
 */
export function indicatorName(indicator: Indicator | IndicatorId, locale: Locale, definitions?: readonly Indicator[]): string {
  const definition = typeof indicator === 'string' ? lookupIndicator(definitions, indicator) : indicator;
  if (!definition) return indicator as string;
  return locale === 'zh-CN' ? definition.label.zh : definition.label.en;
}
