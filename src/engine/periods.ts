import { addMonths, compareMonths, monthOfYear, monthPeriod, periodLength, type MonthKey, type Period } from '../domain';

/**
 * What a period's evaluation counts and compares against.
 *
 * A period in progress (a quarter, year-to-date or range whose later months have no data yet) is
 * cut at its last month with data and compared like for like: the same months of the comparison
 * periods, so no figure falls by a third because last quarter had three months and this one two.
 */
export interface PeriodPlan {
  requested: Period;
  /** The months counted: the requested period, cut at `through` when it is in progress. */
  period: Period;
  through: MonthKey | null;
  /** 环比: the month before, or the same months of the preceding period of equal length; null for a year-to-date (累计数不作环比). */
  previous: Period | null;
  /** 同比: the same months a year earlier. */
  yearAgo: Period;
  /** What rank changes compare against: the 环比 period, or for a year-to-date the year-to-date a month shorter (null in January). */
  rankBase: Period | null;
}

function shifted(period: Period, months: number, length: number): Period {
  const from = addMonths(period.from, months);
  return { kind: period.kind, from, to: addMonths(from, length - 1) };
}

/**
 * `cutoff`: the last month to count (the last month with data, or the last complete month a
 * screen chooses). A single month is never cut: a month with partial data is marked as such.
 */
export function planPeriod(requested: Period, cutoff: MonthKey | null): PeriodPlan {
  const inProgress = requested.kind !== 'month' && cutoff !== null && compareMonths(requested.from, cutoff) <= 0 && compareMonths(cutoff, requested.to) < 0;
  const period: Period = inProgress ? { kind: requested.kind, from: requested.from, to: cutoff } : requested;
  const length = periodLength(period);
  let previous: Period | null;
  switch (requested.kind) {
    case 'month':
      previous = monthPeriod(addMonths(period.from, -1));
      break;
    case 'ytd':
      previous = null;
      break;
    default:
      previous = shifted(period, -periodLength(requested), length);
  }
  const yearAgo = shifted(period, -12, length);
  const rankBase =
    requested.kind === 'ytd' ? (monthOfYear(period.to) > 1 ? { kind: 'ytd' as const, from: period.from, to: addMonths(period.to, -1) } : null) : previous;
  return { requested, period, through: inProgress ? cutoff : null, previous, yearAgo, rankBase };
}
