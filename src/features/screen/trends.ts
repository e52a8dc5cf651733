import { addMonths, compareMonths, isRate, lookupIndicator, ytdPeriod, type IndicatorId, type MonthKey, type Scheme } from '../../domain';
import { evaluatePeriod, trend, type EngineData, type OfficeEvaluation, type PeriodEvaluation } from '../../engine';
import { trendOption } from '../../charts/options/trend';
import { indicatorName, indicatorText, type I18n, type ThemeTokens } from '../../ui';
import { axisMonthLabels } from './monthLabel';

/**
 * The scheme's target for a rate where it scores the scope's kind (a region): the line the trend
 * draws and the rings measure against. None for counts (their targets are per office and month).
 */
export function regionTarget(scheme: Scheme, indicatorId: IndicatorId): number | null {
  const definition = lookupIndicator(scheme.definitions, indicatorId);
  if (!definition || !isRate(definition)) return null;
  const row = scheme.indicators.find((entry) => entry.indicatorId === indicatorId && entry.appliesTo.includes('region'));
  return row ? row.target : null;
}

/** The scheme's floor for that rate (0 points), or null. */
export function regionFloor(scheme: Scheme, indicatorId: IndicatorId): number | null {
  const row = scheme.indicators.find((entry) => entry.indicatorId === indicatorId && entry.appliesTo.includes('region'));
  return row ? row.floor : null;
}

/**
 * Months of indicators for the scope up to `to`, as small multiples: rates on axes near their data,
 * each with the scheme's target drawn across it, partial months marked. Null without data.
 */
export function screenTrend(
  engine: EngineData,
  evaluation: PeriodEvaluation,
  to: MonthKey,
  months: number,
  ids: readonly IndicatorId[],
  i18n: Pick<I18n, 't' | 'locale' | 'formatIndicator'>,
  tokens: ThemeTokens,
  columns = 2,
): { option: ReturnType<typeof trendOption>; months: number } | null {
  const first = engine.firstMonth;
  if (!first) return null;
  const { t, locale } = i18n;
  const wanted = addMonths(to, -(months - 1));
  const from = compareMonths(wanted, first) < 0 ? first : wanted;
  const points = trend(engine, evaluation.scopeId, ids, { from, to }, evaluation.scheme);
  const option = trendOption({
    categories: axisMonthLabels(
      points.map((point) => point.month),
      locale,
    ),
    partial: points.map((point) => point.partial),
    partialNote: t('screen.trend.partialNote'),
    columns,
    markColor: tokens.yellow,
    panels: ids.flatMap((id) => {
      const indicator = lookupIndicator(evaluation.scheme.definitions, id);
      if (!indicator) return [];
      const target = regionTarget(evaluation.scheme, id);
      return [
        {
          title: indicatorName(indicator, locale),
          unit: isRate(indicator) ? ('rate' as const) : ('count' as const),
          lines: [{ name: indicatorName(indicator, locale), values: points.map((point) => point.values[id] ?? null) }],
          formatValue: (value: number | null) => indicatorText(indicator, value, i18n),
          guides:
            target === null
              ? undefined
              : [{ value: target, label: t('screen.trend.target', { value: i18n.formatIndicator(indicator, target) }), color: tokens.good }],
        },
      ];
    }),
  });
  return { option, months: points.length };
}

/** The scope from January to `to`: the year-to-date beside the month (本年累计). */
export function yearToDate(engine: EngineData, evaluation: PeriodEvaluation, to: MonthKey): OfficeEvaluation {
  return evaluatePeriod(engine, evaluation.scheme, ytdPeriod(to), { scopeId: evaluation.scopeId, through: to }).scope;
}
