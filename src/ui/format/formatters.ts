import dayjs from 'dayjs';
import type { Indicator, Locale, MonthKey } from '../../domain';
import { isRate } from '../../domain';
import { rateSteps } from './rateSteps';

/** What every screen shows for no value: never NaN, Infinity or undefined. */
export const NO_VALUE = '—';

export interface Formatters {
  /** 12,345 */
  formatCount: (value: number | null | undefined) => string;
  /** A fraction as a percentage with two decimals: 0.99967 → 99.97% (rounded by rateSteps) */
  formatRate: (value: number | null | undefined) => string;
  /** Rates as percentages, counts with separators, by the indicator's unit. */
  formatIndicator: (indicator: Indicator, value: number | null | undefined) => string;
  /** Composite scores: 97.35 */
  formatScore: (value: number | null | undefined) => string;
  /** A signed change: +3.20% for relative changes, +0.05 个百分点 for rate differences. */
  formatRelativeChange: (value: number | null | undefined) => string;
  formatPointChange: (value: number | null | undefined) => string;
  formatCountChange: (value: number | null | undefined) => string;
  /** 2025年3月 / Mar 2025 */
  formatMonth: (month: MonthKey) => string;
  /** 2025-03-04 09:05 */
  formatDateTime: (time: number | Date) => string;
  formatTime: (time: number | Date) => string;
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function createFormatters(locale: Locale): Formatters {
  const tag = locale === 'zh-CN' ? 'zh-CN' : 'en-US';
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const twoDecimals = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signedTwo = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const signedInteger = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const points = locale === 'zh-CN' ? '个百分点' : ' pp';

  const formatCount = (value: number | null | undefined) => (isFiniteNumber(value) ? integer.format(value) : NO_VALUE);
  const formatRate = (value: number | null | undefined) => (isFiniteNumber(value) ? `${twoDecimals.format(rateSteps(value) / 100)}%` : NO_VALUE);

  return {
    formatCount,
    formatRate,
    formatIndicator: (indicator, value) => (isRate(indicator) ? formatRate(value) : formatCount(value)),
    formatScore: (value) => (isFiniteNumber(value) ? twoDecimals.format(value) : NO_VALUE),
    formatRelativeChange: (value) => (isFiniteNumber(value) ? `${signedTwo.format(value * 100)}%` : NO_VALUE),
    // Through the same rounding as formatRate: a difference of displayed rates shows exactly.
    formatPointChange: (value) => (isFiniteNumber(value) ? `${signedTwo.format(rateSteps(value) / 100)}${points}` : NO_VALUE),
    formatCountChange: (value) => (isFiniteNumber(value) ? signedInteger.format(value) : NO_VALUE),
    formatMonth: (month) => {
      const [year, m] = month.split('-');
      return locale === 'zh-CN' ? `${year}年${Number(m)}月` : dayjs(`${month}-01`).locale('en').format('MMM YYYY');
    },
    formatDateTime: (time) => dayjs(time).format('YYYY-MM-DD HH:mm'),
    formatTime: (time) => dayjs(time).format('HH:mm'),
  };
}
