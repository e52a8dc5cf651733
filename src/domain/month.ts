/** A calendar month as "YYYY-MM". */
export type MonthKey = string;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

/** Months since year 0, so month arithmetic is integer arithmetic. */
export function monthIndex(month: MonthKey): number {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthFromIndex(index: number): MonthKey {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

export function addMonths(month: MonthKey, delta: number): MonthKey {
  return monthFromIndex(monthIndex(month) + delta);
}

export function monthYear(month: MonthKey): number {
  return Math.floor(monthIndex(month) / 12);
}

/** 1..12 */
export function monthOfYear(month: MonthKey): number {
  return (monthIndex(month) % 12) + 1;
}

/** Every month from `from` to `to`, both inclusive; empty when from > to. */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  const end = monthIndex(to);
  for (let i = monthIndex(from); i <= end; i++) months.push(monthFromIndex(i));
  return months;
}

export function compareMonths(a: MonthKey, b: MonthKey): number {
  return monthIndex(a) - monthIndex(b);
}

/** The month before the one `now` falls in: the last month that can be complete. */
export function lastCompleteMonth(now: Date): MonthKey {
  return monthFromIndex(now.getFullYear() * 12 + now.getMonth() - 1);
}
