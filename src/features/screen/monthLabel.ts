import { monthOfYear, monthYear, type Locale, type MonthKey } from '../../domain';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month on a chart axis across the hall: "3月", and the year only where a year begins (and first). */
export function shortMonthLabel(month: MonthKey, locale: Locale, withYear: boolean): string {
  const m = monthOfYear(month);
  const year = monthYear(month);
  if (locale === 'zh-CN') return withYear ? `${year}年${m}月` : `${m}月`;
  const name = EN_MONTHS[m - 1] ?? String(m);
  return withYear ? `${name} ${year}` : name;
}

export function axisMonthLabels(months: readonly MonthKey[], locale: Locale): string[] {
  return months.map((month, index) => shortMonthLabel(month, locale, index === 0 || monthOfYear(month) === 1));
}
