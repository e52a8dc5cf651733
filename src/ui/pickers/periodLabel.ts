import { monthOfYear, monthYear, quarterOf, type Period } from '../../domain';
import type { Formatters } from '../format/formatters';
import type { Translate } from '../i18n/translate';

/** "2025年3月", "2025年第1季度", "2025年1月至3月", "2024年11月至2025年2月". */
export function periodLabel(period: Period, t: Translate, format: Pick<Formatters, 'formatMonth'>): string {
  switch (period.kind) {
    case 'month':
      return format.formatMonth(period.from);
    case 'quarter':
      return t('view.quarterLabel', { year: monthYear(period.from), quarter: quarterOf(period.from) });
    case 'ytd':
      return t('view.ytdLabel', { year: monthYear(period.to), month: monthOfYear(period.to) });
    case 'range':
      return t('view.rangeLabel', { from: format.formatMonth(period.from), to: format.formatMonth(period.to) });
  }
}
