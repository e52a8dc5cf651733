import { monthOfYear, monthYear, quarterOf, quarterPeriod, type MonthKey, type Period } from '../../domain';
import type { PeriodEvaluation } from '../../engine';
import type { Formatters } from '../format/formatters';
import { throughMonthText } from '../format/honest/periodInProgress';
import type { Translate } from '../i18n/translate';

/**
 * "2025年3月", "2025年第一季度", "2025年1月至3月", "2024年11月至2025年2月". A period in progress
 * says where it stops: "2026年第四季度（截至11月）", "2026年累计（截至11月）". `through` is the
 * evaluation's (PeriodEvaluation.through); without it a quarter cut short is read from its months,
 * so the 环比 of a quarter in progress is labelled the same way ("2026年第三季度（截至8月）").
 */
export function periodLabel(period: Period, t: Translate, format: Pick<Formatters, 'formatMonth'>, through: MonthKey | null = null): string {
  const cut = (base: string, month: MonthKey | null) =>
    month === null ? base : `${base}${t('figure.through', { month: throughMonthText(month, period.to, { t, formatMonth: format.formatMonth }) })}`;
  switch (period.kind) {
    case 'month':
      return format.formatMonth(period.from);
    case 'quarter': {
      // 第四季度, as a 公文 writes it (Q4 in English).
      const quarter = t(`figure.quarter.${quarterOf(period.from) as 1 | 2 | 3 | 4}`);
      const base = t('view.quarterLabel', { year: monthYear(period.from), quarter });
      const end = quarterPeriod(period.from).to;
      return cut(base, through ?? (period.to !== end ? period.to : null));
    }
    case 'ytd':
      if (through !== null) return cut(t('figure.ytdThrough', { year: monthYear(period.to) }), through);
      return t('view.ytdLabel', { year: monthYear(period.to), month: monthOfYear(period.to) });
    case 'range':
      return cut(t('view.rangeLabel', { from: format.formatMonth(period.from), to: format.formatMonth(period.to) }), through);
  }
}

/** The label of what an evaluation covers: the period asked for, and where it stops while in progress. */
export function evaluationPeriodLabel(
  evaluation: Pick<PeriodEvaluation, 'requested' | 'through'>,
  t: Translate,
  format: Pick<Formatters, 'formatMonth'>,
): string {
  return periodLabel(evaluation.requested, t, format, evaluation.through);
}

/**
 * What a change is compared against, for a title beside 环比 / 同比: "环比：与2026年第三季度（截至8月）比较";
 * a year-to-date has no 环比 (累计数不作环比).
 */
export function comparedWithLabel(
  evaluation: Pick<PeriodEvaluation, 'previousPeriod' | 'yearAgoPeriod'>,
  which: 'mom' | 'yoy',
  t: Translate,
  format: Pick<Formatters, 'formatMonth'>,
): string {
  if (which === 'mom') {
    if (evaluation.previousPeriod === null) return t('figure.compared.cumulative');
    return t('figure.compared.mom', { period: periodLabel(evaluation.previousPeriod, t, format) });
  }
  return t('figure.compared.yoy', { period: periodLabel(evaluation.yearAgoPeriod, t, format) });
}
