import { addMonths, isMonthKey, monthFromIndex, monthIndex, monthOfYear, monthYear, monthsBetween, type MonthKey } from './month';

export const PERIOD_KINDS = ['month', 'quarter', 'ytd', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A span of whole months, both ends inclusive. Quarters and years-to-date are sums of months. */
export interface Period {
  kind: PeriodKind;
  from: MonthKey;
  to: MonthKey;
}

export function monthPeriod(month: MonthKey): Period {
  return { kind: 'month', from: month, to: month };
}

/** The quarter that contains `month`. */
export function quarterPeriod(month: MonthKey): Period {
  const index = monthIndex(month);
  const start = index - (index % 3);
  return { kind: 'quarter', from: monthFromIndex(start), to: monthFromIndex(start + 2) };
}

/** January of the month's year up to and including the month. */
export function ytdPeriod(month: MonthKey): Period {
  return { kind: 'ytd', from: `${String(monthYear(month)).padStart(4, '0')}-01`, to: month };
}

export function rangePeriod(from: MonthKey, to: MonthKey): Period {
  return monthIndex(from) <= monthIndex(to) ? { kind: 'range', from, to } : { kind: 'range', from: to, to: from };
}

export function periodMonths(period: Period): MonthKey[] {
  return monthsBetween(period.from, period.to);
}

export function periodLength(period: Period): number {
  return monthIndex(period.to) - monthIndex(period.from) + 1;
}

/** The period a month-on-month (环比) change compares against: the same span just before. */
export function previousPeriod(period: Period): Period {
  switch (period.kind) {
    case 'month':
      return monthPeriod(addMonths(period.from, -1));
    case 'quarter':
      return quarterPeriod(addMonths(period.from, -3));
    case 'ytd':
      // A year-to-date compares against the year-to-date one month shorter only within a year;
      // the comparison readers expect is the same span of the previous year, so use that.
      return yearAgoPeriod(period);
    case 'range': {
      const length = periodLength(period);
      return { kind: 'range', from: addMonths(period.from, -length), to: addMonths(period.to, -length) };
    }
  }
}

/** The same months of the previous year (同比). */
export function yearAgoPeriod(period: Period): Period {
  return { kind: period.kind, from: addMonths(period.from, -12), to: addMonths(period.to, -12) };
}

/** Encodes a period for the URL: m:2025-03, q:2025-01, ytd:2025-03, r:2025-01..2025-06. */
export function periodToParam(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `m:${period.from}`;
    case 'quarter':
      return `q:${period.from}`;
    case 'ytd':
      return `ytd:${period.to}`;
    case 'range':
      return `r:${period.from}..${period.to}`;
  }
}

/** The inverse of periodToParam; null for anything malformed, so a bad link falls back to a default. */
export function parsePeriodParam(param: string | null | undefined): Period | null {
  if (!param) return null;
  const [kind, value = ''] = param.split(':', 2);
  switch (kind) {
    case 'm':
      return isMonthKey(value) ? monthPeriod(value) : null;
    case 'q':
      return isMonthKey(value) ? quarterPeriod(value) : null;
    case 'ytd':
      return isMonthKey(value) ? ytdPeriod(value) : null;
    case 'r': {
      const [from, to] = value.split('..');
      return isMonthKey(from) && isMonthKey(to) ? rangePeriod(from, to) : null;
    }
    default:
      return null;
  }
}

/** 1..4 */
export function quarterOf(month: MonthKey): number {
  return Math.floor((monthOfYear(month) - 1) / 3) + 1;
}

export function periodContains(period: Period, month: MonthKey): boolean {
  const index = monthIndex(month);
  return index >= monthIndex(period.from) && index <= monthIndex(period.to);
}
