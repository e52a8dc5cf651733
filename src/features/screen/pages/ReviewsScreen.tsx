import { lookupIndicator, type IndicatorId, type Period } from '../../../domain';
import type { EngineData, PeriodEvaluation } from '../../../engine';
import { useI18n } from '../../../ui';
import { useKeptMemo } from '../keptMemo';
import { ScreenChart } from '../ScreenChart';
import type { NameOf } from '../screenNames';
import { useScreenPalette } from '../screenTheme';
import { badReviewUnits } from '../serviceFigures';
import { screenTrend } from '../trends';
import { CountTiles, indicatorTile, type CountTileView } from '../widgets/CountTiles';
import { TargetRings } from '../widgets/TargetRings';
import { UnitBars } from '../widgets/UnitBars';
import { ScreenPanel } from './ScreenPanel';

/** The rates a 好差评 page measures against their targets. */
export const REVIEW_RINGS: readonly IndicatorId[] = ['goodReviewRate', 'activeReviewRate', 'rectificationRate'];
const REVIEW_COUNTS: readonly IndicatorId[] = ['reviews', 'goodReviews', 'badReviews', 'badReviewsUnrectified', 'badReviewsOverdue'];
const REVIEW_TREND: readonly IndicatorId[] = ['goodReviewRate', 'reviews', 'activeReviewRate', 'badReviews'];

/**
 * 好差评: the month's reviews (how many, good, bad, not rectified, past the deadline), the three rates
 * against the scheme's targets, twelve months of them with the targets drawn, and the units with the
 * most bad reviews and where their rectification stands.
 */
export function ReviewsScreen({ engine, evaluation, period, nameOf }: { engine: EngineData; evaluation: PeriodEvaluation; period: Period; nameOf: NameOf }) {
  const i18n = useI18n();
  const { t, formatCount, formatMonth } = i18n;
  const palette = useScreenPalette();
  const scheme = evaluation.scheme;
  const scope = evaluation.scope;

  const tiles = useKeptMemo(
    'reviews.tiles',
    () =>
      REVIEW_COUNTS.flatMap((id) => {
        const tile = indicatorTile(lookupIndicator(scheme.definitions, id), scope, i18n, id === 'badReviewsUnrectified' || id === 'badReviewsOverdue');
        return tile ? [tile] : [];
      }) as CountTileView[],
    [scheme, scope, i18n],
  );
  const trendChart = useKeptMemo('reviews.trend', () => screenTrend(engine, evaluation, period.to, 12, REVIEW_TREND, i18n, palette.tokens), [
    engine,
    evaluation,
    period.to,
    i18n,
    palette,
  ]);
  const units = useKeptMemo('reviews.units', () => badReviewUnits(evaluation), [evaluation]);
  const trendTitle = t('screen.reviews.trend', { count: trendChart?.months ?? 0 });

  return (
    <div className="screen-page service">
      <ScreenPanel id="screen-reviews-rings" title={t('screen.reviews.rates')} note={formatMonth(period.to)}>
        <TargetRings
          ids={REVIEW_RINGS}
          scheme={scheme}
          scope={scope}
          noteOf={(id) => (id === 'rectificationRate' && scope.values.badReviews === 0 ? t('screen.reviews.noBadShort') : null)}
        />
      </ScreenPanel>
      <ScreenPanel id="screen-reviews-counts" title={t('screen.reviews.counts')}>
        <CountTiles tiles={tiles} label={t('screen.reviews.counts')} />
      </ScreenPanel>
      <ScreenPanel id="screen-reviews-trend" title={trendTitle} note={t('screen.trend.targetNote')}>
        {trendChart && <ScreenChart option={trendChart.option} label={trendTitle} />}
      </ScreenPanel>
      <ScreenPanel id="screen-reviews-units" title={t('screen.reviews.units')}>
        {units.length === 0 ? (
          <p className="screen-calm">{t('screen.reviews.noBad')}</p>
        ) : (
          <UnitBars
            label={t('screen.reviews.units')}
            rows={units.map((unit) => ({
              key: unit.officeId,
              name: nameOf(unit.officeId),
              value: unit.bad,
              figure: t('screen.reviews.bad', { count: formatCount(unit.bad) }),
              warn: (unit.overdue ?? 0) > 0,
              detail: [
                unit.rectified === null ? null : t('screen.reviews.rectified', { count: formatCount(unit.rectified), of: formatCount(unit.bad) }),
                unit.overdue === null ? null : t('screen.reviews.overdue', { count: formatCount(unit.overdue) }),
              ]
                .filter(Boolean)
                .join(' · '),
            }))}
          />
        )}
      </ScreenPanel>
    </div>
  );
}
