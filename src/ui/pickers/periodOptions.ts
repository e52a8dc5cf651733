import { compareMonths, monthYear, quarterPeriod, ytdPeriod, type MonthKey, type Period } from '../../domain';
import { planPeriod } from '../../engine/periods';
import type { Formatters } from '../format/formatters';
import type { Translate } from '../i18n/translate';
import { periodLabel } from './periodLabel';

/**
 * What the period picker lists for each kind of period — months, quarters (2026年第三季度), years
 * (2026年1月至11月) — each labelled exactly as the page's heading will read once it is picked, a
 * period in progress saying so (（截至11月）, （进行中）).
 */
export interface PeriodOption {
  value: string;
  label: string;
  period: Period;
}

type Words = { t: Translate } & Pick<Formatters, 'formatMonth'>;

/** Past the last complete month (or with none known): a month still being reported. */
export function isInProgress(month: MonthKey, lastComplete: MonthKey | null): boolean {
  return lastComplete !== null && compareMonths(month, lastComplete) > 0;
}

/**
 * The label of a period as the page's heading reads it (a quarter or year cut at the last complete
 * month: （截至11月）), and （进行中） for one that lies wholly past it, so nothing in progress looks final.
 */
export function pickedPeriodLabel(period: Period, lastComplete: MonthKey | null, words: Words): string {
  const through = planPeriod(period, lastComplete).through;
  const label = periodLabel(period, words.t, words, through);
  return through === null && isInProgress(period.to, lastComplete) && (period.kind === 'month' || isInProgress(period.from, lastComplete))
    ? `${label}${words.t('view.inProgress')}`
    : label;
}

/** A month's label in a list: 2026年11月, marked （数据不完整） or （进行中）. */
export function monthOptionLabel(month: MonthKey, lastComplete: MonthKey | null, partial: boolean, words: Words): string {
  if (isInProgress(month, lastComplete)) return `${words.formatMonth(month)}${words.t('view.inProgress')}`;
  return `${words.formatMonth(month)}${partial ? words.t('view.partialMonth') : ''}`;
}

/** The quarters the data touches, newest first; the current one too when it is not among them. */
export function quarterOptions(months: readonly MonthKey[], current: Period, lastComplete: MonthKey | null, words: Words): PeriodOption[] {
  const seen = new Map<string, Period>();
  for (let index = months.length - 1; index >= 0; index--) {
    const quarter = quarterPeriod(months[index]!);
    if (!seen.has(quarter.from)) seen.set(quarter.from, quarter);
  }
  if (current.kind === 'quarter' && !seen.has(current.from)) seen.set(current.from, quarterPeriod(current.from));
  return [...seen.values()]
    .sort((a, b) => compareMonths(b.from, a.from))
    .map((period) => ({ value: period.from, period, label: pickedPeriodLabel(period, lastComplete, words) }));
}

/**
 * The years the data touches, newest first, each a year-to-date: a past year to December, the year
 * in progress to its last complete month (or, before any month of it is complete, in progress).
 * The year-to-date picked stays as it is (a link to 2025年1月至6月 is not turned into the whole year).
 */
export function yearOptions(months: readonly MonthKey[], current: Period, lastComplete: MonthKey | null, words: Words): PeriodOption[] {
  const years = new Set<number>();
  for (const month of months) years.add(monthYear(month));
  if (current.kind === 'ytd') years.add(monthYear(current.to));
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const value = String(year).padStart(4, '0');
      let period: Period;
      if (current.kind === 'ytd' && monthYear(current.to) === year) period = current;
      else if (lastComplete !== null && monthYear(lastComplete) === year) period = ytdPeriod(lastComplete);
      else {
        const inYear = months.filter((month) => monthYear(month) === year);
        const last = inYear.at(-1);
        period = ytdPeriod(last !== undefined && compareMonths(last, `${value}-12`) < 0 && isInProgress(last, lastComplete) ? last : `${value}-12`);
      }
      return { value, period, label: pickedPeriodLabel(period, lastComplete, words) };
    });
}
