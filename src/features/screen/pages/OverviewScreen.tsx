import { addMonths, compareMonths, indicatorById, isRate, type IndicatorId, type IndicatorUnit, type Period } from '../../../domain';
import { trend, type EngineData, type PeriodEvaluation } from '../../../engine';
import { screenCompositionOption } from '../../../charts/options/screenComposition';
import { trendOption } from '../../../charts/options/trend';
import { changeText, DARK, indicatorText, overHundredReason, useI18n, type MessageKey } from '../../../ui';
import { volumeComposition } from '../composition';
import { indicatorName } from '../indicatorName';
import { useKeptMemo } from '../keptMemo';
import { kpiTiles, type KpiTile } from '../kpis';
import { axisMonthLabels } from '../monthLabel';
import { ScreenChart } from '../ScreenChart';
import { useScreenUnit } from '../ScreenUnit';

export const TREND_MONTHS = 12;
const UNIT_KEYS: Record<Exclude<IndicatorUnit, 'rate'>, MessageKey> = {
  items: 'screen.unit.items',
  reviews: 'screen.unit.reviews',
  tickets: 'screen.unit.tickets',
  entries: 'screen.unit.entries',
};
const TREND_INDICATORS: readonly IndicatorId[] = ['accepted', 'onlineRate', 'goodReviewRate', 'hotlineSatisfactionRate'];

function KpiTileView({ tile }: { tile: KpiTile }) {
  const i18n = useI18n();
  const { t, locale, formatIndicator } = i18n;
  const { mom } = tile;
  const arrow = mom.tone === 'good' || mom.tone === 'bad' ? (mom.value! > 0 ? '▲ ' : '▼ ') : '';
  const unit = tile.indicator.unit === 'rate' ? null : UNIT_KEYS[tile.indicator.unit];
  // No hover on a wall: a rate above 100% and a missing 环比 say why in words.
  const reason = overHundredReason(tile.indicator, tile.value, i18n);
  return (
    <section className="screen-panel screen-kpi" aria-label={indicatorName(tile.indicator, locale)}>
      <div className="screen-kpi-label">{indicatorName(tile.indicator, locale)}</div>
      <div className="screen-kpi-value">
        {formatIndicator(tile.indicator, tile.value)}
        {unit && tile.value !== null && <span className="screen-kpi-unit">{t(unit)}</span>}
        {reason && <span className="screen-kpi-note">{t('figure.reason', { reason: reason.short })}</span>}
      </div>
      <div className="screen-kpi-change">
        {t('screen.mom')}{' '}
        {mom.movement === 'gap' ? (
          <span className="screen-muted">{t('figure.change.cumulative')}</span>
        ) : (
          <b className={mom.tone === 'good' ? 'tone-good' : mom.tone === 'bad' ? 'tone-bad' : undefined}>
            {arrow}
            {changeText(tile.indicator, mom, i18n)}
          </b>
        )}
      </div>
    </section>
  );
}

export function OverviewScreen({ engine, evaluation, period }: { engine: EngineData; evaluation: PeriodEvaluation; period: Period }) {
  const i18n = useI18n();
  const { t, locale, formatCount, formatRate, formatMonth } = i18n;
  const unit = useScreenUnit();
  // Figures and chart options are kept across the page's returns and rebuilt only for new data.
  const tiles = useKeptMemo('overview.tiles', () => kpiTiles(evaluation.scope), [evaluation]);

  const trendChart = useKeptMemo('overview.trend', () => {
    const first = engine.firstMonth;
    if (!first) return null;
    const wanted = addMonths(period.to, -(TREND_MONTHS - 1));
    const from = compareMonths(wanted, first) < 0 ? first : wanted;
    const points = trend(engine, evaluation.scopeId, TREND_INDICATORS, { from, to: period.to }, evaluation.scheme);
    const option = trendOption({
      categories: axisMonthLabels(
        points.map((point) => point.month),
        locale,
      ),
      partial: points.map((point) => point.partial),
      partialNote: t('screen.trend.partialNote'),
      columns: 2,
      markColor: DARK.yellow,
      panels: TREND_INDICATORS.map((id) => {
        const indicator = indicatorById(id);
        return {
          title: indicatorName(indicator, locale),
          unit: isRate(indicator) ? ('rate' as const) : ('count' as const),
          lines: [{ name: indicatorName(indicator, locale), values: points.map((point) => point.values[id] ?? null) }],
          formatValue: (value: number | null) => indicatorText(indicator, value, i18n),
        };
      }),
    });
    return { option, months: points.length };
  }, [engine, evaluation.scopeId, period.to, locale, t, i18n]);

  const composition = useKeptMemo('overview.composition', () => volumeComposition(evaluation), [evaluation]);
  const compositionChart = useKeptMemo('overview.compositionChart', () => {
    const groupName: Record<string, string> = {
      otherDepartments: t('screen.composition.otherDepartments'),
      townships: t('screen.composition.townships'),
      remainder: t('screen.composition.remainder'),
    };
    const seen = new Map<string, number>();
    return screenCompositionOption({
      slices: composition.slices.map((slice) => {
        const base = slice.name ?? groupName[slice.group] ?? slice.group;
        // Legend entries are matched by name: two offices of one name must still be two entries.
        const times = (seen.get(base) ?? 0) + 1;
        seen.set(base, times);
        return { id: slice.key, name: times > 1 ? `${base} (${times})` : base, value: slice.value, share: slice.share };
      }),
      seriesName: indicatorName(indicatorById('accepted'), locale),
      formatValue: formatCount,
      formatShare: formatRate,
      shareLabel: t('screen.composition.share'),
    }, unit);
  }, [composition, locale, t, formatCount, formatRate, unit]);

  const trendTitle = t('screen.trend.title', { count: trendChart?.months ?? 0 });
  return (
    <div className="screen-page overview">
      <div className="screen-row kpis">
        {tiles.map((tile) => (
          <KpiTileView key={tile.indicator.id} tile={tile} />
        ))}
      </div>
      <div className="screen-row charts">
        <section className="screen-panel" aria-labelledby="screen-trend-title">
          <div className="screen-panel-head">
            <h2 id="screen-trend-title">{trendTitle}</h2>
            <span className="screen-panel-note">{formatMonth(period.to)}</span>
          </div>
          {trendChart && <ScreenChart option={trendChart.option} label={trendTitle} />}
        </section>
        <section className="screen-panel" aria-labelledby="screen-composition-title">
          <div className="screen-panel-head">
            <h2 id="screen-composition-title">{t('screen.composition.title')}</h2>
            <span className="screen-panel-note">{t('screen.composition.total', { total: formatCount(composition.total) })}</span>
          </div>
          <ScreenChart option={compositionChart} label={t('screen.composition.title')} />
        </section>
      </div>
    </div>
  );
}
