import { monthOfYear, monthYear, type MonthKey } from '../src/domain';

/**
 * The month the Spring Festival (春节) falls in. Halls close for about a week and the weeks
 * around it are quiet, so that month is the year's trough. Dates from the lunar calendar:
 * 2020-01-25, 2021-02-12, 2022-02-01, 2023-01-22, 2024-02-10, 2025-01-29, 2026-02-17,
 * 2027-02-06, 2028-01-26, 2029-02-13, 2030-02-03.
 */
const SPRING_FESTIVAL_MONTH: Readonly<Record<number, 1 | 2>> = {
  2019: 2,
  2020: 1,
  2021: 2,
  2022: 2,
  2023: 1,
  2024: 2,
  2025: 1,
  2026: 2,
  2027: 2,
  2028: 1,
  2029: 2,
  2030: 2,
  2031: 1,
};

/** Outside the table, February is the likelier guess. */
export function springFestivalMonth(year: number): 1 | 2 {
  return SPRING_FESTIVAL_MONTH[year] ?? 2;
}

export function isSpringFestivalMonth(month: MonthKey): boolean {
  return monthOfYear(month) === springFestivalMonth(monthYear(month));
}

/**
 * How busy the hall is in a month, relative to an ordinary month: the Spring Festival trough,
 * the quieter other one of January/February, a catch-up in the month after the festival and the
 * year-end peak when people and companies finish things before the new year.
 */
export function handlingSeason(month: MonthKey): number {
  const moy = monthOfYear(month);
  const festival = springFestivalMonth(monthYear(month));
  if (moy === festival) return 0.64;
  if (moy <= 2) return 0.93;
  if (moy === festival + 1) return 1.06;
  if (moy === 12) return 1.12;
  if (moy === 11) return 1.03;
  if (moy === 8) return 0.97;
  return 1;
}

/** Hotline tickets: fewer over the festival, more in the summer (water, power, heat). */
export function hotlineSeason(month: MonthKey): number {
  const moy = monthOfYear(month);
  if (moy === springFestivalMonth(monthYear(month))) return 0.8;
  if (moy >= 6 && moy <= 8) return 1.1;
  return 1;
}
