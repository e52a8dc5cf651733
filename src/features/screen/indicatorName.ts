import type { Indicator, Locale } from '../../domain';

export function indicatorName(indicator: Indicator, locale: Locale): string {
  return locale === 'zh-CN' ? indicator.label.zh : indicator.label.en;
}
