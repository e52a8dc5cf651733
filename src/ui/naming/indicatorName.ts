import { indicatorById, type Indicator, type IndicatorId, type Locale } from '../../domain';

/** An indicator's name in the reader's language: the registry holds both. */
export function indicatorName(indicator: Indicator | IndicatorId, locale: Locale): string {
  const { label } = typeof indicator === 'string' ? indicatorById(indicator) : indicator;
  return locale === 'zh-CN' ? label.zh : label.en;
}
