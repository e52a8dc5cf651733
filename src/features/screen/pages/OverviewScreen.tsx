import { indicatorById, lookupIndicator, type IndicatorUnit, type Period } from '../../../domain';
import type { EngineData, PeriodEvaluation } from '../../../engine';
import { screenVolumeBarsOption } from '../../../charts/options/screenVolumeBars';
import { changeText, indicatorName, indicatorText, overHundredReason, useI18n, type MessageKey } from '../../../ui';
import { useKeptMemo } from '../keptMemo';
import { kpiTiles, type KpiTile } from '../kpis';
import { ScreenChart } from '../ScreenChart';
import type { NameOf } from '../screenNames';
import { useScreenPalette } from '../screenTheme';
import { screenTrend, yearToDate } from '../trends';
import { volumeSplit } from '../volume';

export const TREND_MONTHS = 12;
/** Units drawn one bar each; the others are summed in one bar. */
export const VOLUME_TOP = 8;
const UNIT_KEYS: Record<Exclude<IndicatorUnit, 'rate'>, MessageKey> = {
  items: 'screen.unit.items',
  reviews: 'screen.unit.reviews',
  tickets: 'screen.unit.tickets',
  entries: 'screen.unit.entries',
};

function KpiTileView({ tile, ytd }: { tile: KpiTile; ytd: number | null | undefined }) {
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
      {ytd !== undefined && (
        <div className="screen-kpi-ytd">
          {t('screen.ytd')} <b>{indicatorText(tile.indicator, ytd, i18n)}</b>
          {unit && ytd !== null && <span className="screen-muted">{t(unit)}</span>}
        </div>
      )}
    </section>
  );
}

export function OverviewScreen({ engine, evaluation, period, nameOf }: { engine: EngineData; evaluation: PeriodEvaluation; period: Period; nameOf: NameOf }) {
  const i18n = useI18n();
  const { t, locale, formatCount, formatRate, formatMonth } = i18n;
  const palette = useScreenPalette();
  // Figures and chart options are kept across the page's returns and rebuilt only for new data.
  const tiles = useKeptMemo('overview.tiles', () => kpiTiles(evaluation.scope), [evaluation]);
  // A year-to-date of the months shown so far this year; none when the period is one already.
  const ytd = useKeptMemo('overview.ytd', () => (period.kind === 'ytd' ? null : yearToDate(engine, evaluation, period.to)), [
    engine,
    evaluation,
    period.kind,
    period.to,
  ]);

  const trendChart = useKeptMemo(
    'overview.trend',
    () =>
      screenTrend(engine, evaluation, period.to, TREND_MONTHS, ['accepted', 'onlineRate', 'goodReviewRate', 'hotlineSatisfactionRate'], i18n, palette.tokens),
    [engine, evaluation, period.to, i18n, palette],
  );

  const volume = useKeptMemo('overview.volume', () => volumeSplit(evaluation, VOLUME_TOP), [evaluation]);
  const volumeChart = useKeptMemo(
    'overview.volumeChart',
    () => {
      const total = volume.total ?? 0;
      const bars = volume.top.map((unit) => ({ id: unit.officeId, name: nameOf(unit.officeId), value: unit.value, share: unit.value / total, rest: false }));
      if (volume.rest) {
        bars.push({
          id: '\u0000rest',
          name: t('screen.volume.rest', { count: formatCount(volume.rest.units) }),
          value: volume.rest.value,
          share: volume.rest.value / total,
          rest: true,
        });
      }
      const accepted = lookupIndicator(evaluation.scheme.definitions, 'accepted') ?? indicatorById('accepted');
      return screenVolumeBarsOption({
        bars,
        seriesName: indicatorName(accepted, locale),
        formatValue: formatCount,
        formatShare: formatRate,
        shareLabel: t('screen.volume.share'),
        color: palette.tokens.accent,
        restColor: palette.tokens.textMuted,
        labelColor: palette.tokens.text,
      });
    },
    [volume, nameOf, evaluation.scheme, locale, t, formatCount, formatRate, palette],
  );

  const trendTitle = t('screen.trend.title', { count: trendChart?.months ?? 0 });
  return (
    <div className="screen-page overview">
      <div className="screen-row kpis">
        {tiles.map((tile) => (
          <KpiTileView key={tile.indicator.id} tile={tile} ytd={ytd ? (ytd.values[tile.indicator.id] ?? null) : undefined} />
        ))}
      </div>
      <div className="screen-row charts">
        <section className="screen-panel" aria-labelledby="screen-trend-title">
          <div className="screen-panel-head">
            <h2 id="screen-trend-title">{trendTitle}</h2>
            <span className="screen-panel-note">{t('screen.trend.targetNote')}</span>
          </div>
          {trendChart && <ScreenChart option={trendChart.option} label={trendTitle} />}
        </section>
        <section className="screen-panel" aria-labelledby="screen-volume-title">
          <div className="screen-panel-head">
            <h2 id="screen-volume-title">{t('screen.volume.title')}</h2>
            <span className="screen-panel-note">{t('screen.volume.total', { total: formatCount(volume.total), month: formatMonth(period.to) })}</span>
          </div>
          {volume.top.length === 0 ? (
            <p className="screen-calm">{t('screen.volume.none')}</p>
          ) : (
            <ScreenChart option={volumeChart} label={t('screen.volume.title')} />
          )}
        </section>
      </div>
    </div>
  );
}
