import type { MonthKey } from '../../../domain';
import type { Words } from './words';

// A period in progress says where it stops (2026年第四季度（截至11月）).

/** "11月", or "2025年11月" when the month is not of the period's year. */
export function throughMonthText(through: MonthKey, periodTo: MonthKey, { t, formatMonth }: Pick<Words, 't' | 'formatMonth'>): string {
  return through.slice(0, 4) === periodTo.slice(0, 4) ? t('figure.throughMonth', { month: Number(through.slice(5, 7)) }) : formatMonth(through);
}
