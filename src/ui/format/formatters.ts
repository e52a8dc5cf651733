import type { Indicator, Locale, MonthKey } from '../../domain';
import { isRate } from '../../domain';

/** What every screen shows for no value: never NaN, Infinity or undefined. */
export const NO_VALUE = '—';

export interface Formatters {
  /** 12,345 */
  formatCount: (value: number | null | undefined) => string;
  /** A fraction as a percentage with two decimals: 0.99967 → 99.97% */
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

/** English month abbreviations, as dates are written in English tables: "Mar 2025". */
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** Local time as 09:05: the same in both languages, so no date library is needed for it. */
function clock(date: Date): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
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
  const formatRate = (value: number | null | undefined) =>
    isFiniteNumber(value) ? `${twoDecimals.format(value * 100)}%` : NO_VALUE;

  return {
    formatCount,
    formatRate,
    formatIndicator: (indicator, value) => (isRate(indicator) ? formatRate(value) : formatCount(value)),
    formatScore: (value) => (isFiniteNumber(value) ? twoDecimals.format(value) : NO_VALUE),
    formatRelativeChange: (value) => (isFiniteNumber(value) ? `${signedTwo.format(value * 100)}%` : NO_VALUE),
    formatPointChange: (value) => (isFiniteNumber(value) ? `${signedTwo.format(value * 100)}${points}` : NO_VALUE),
    formatCountChange: (value) => (isFiniteNumber(value) ? signedInteger.format(value) : NO_VALUE),
    formatMonth: (month) => {
      const [year, m] = month.split('-');
      return locale === 'zh-CN' ? `${year}年${Number(m)}月` : `${MONTHS_EN[Number(m) - 1]} ${year}`;
    },
    formatDateTime: (time) => {
      const date = new Date(time);
      return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${clock(date)}`;
    },
    formatTime: (time) => clock(new Date(time)),
  };
}
