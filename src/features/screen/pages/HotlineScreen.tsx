import { lookupIndicator, type IndicatorId, type Period } from '../../../domain';
import type { EngineData, PeriodEvaluation } from '../../../engine';
import { useI18n } from '../../../ui';
import { useKeptMemo } from '../keptMemo';
import { ScreenChart } from '../ScreenChart';
import type { NameOf } from '../screenNames';
import { useScreenPalette } from '../screenTheme';
import { lateTickets, lateTicketUnits } from '../serviceFigures';
import { screenTrend } from '../trends';
import { CountTiles, indicatorTile, type CountTileView } from '../widgets/CountTiles';
import { TargetRings } from '../widgets/TargetRings';
import { UnitBars } from '../widgets/UnitBars';
import { ScreenPanel } from './ScreenPanel';

/** The hotline's rates against their targets: answered in time, closed on time, solved, satisfied. */
export const HOTLINE_RINGS: readonly IndicatorId[] = ['hotlineResponseRate', 'hotlineOnTimeRate', 'hotlineResolutionRate', 'hotlineSatisfactionRate'];
const HOTLINE_COUNTS: readonly IndicatorId[] = ['hotlineTickets', 'hotlineResponded', 'hotlineCompleted', 'hotlineResolved'];
const HOTLINE_TREND: readonly IndicatorId[] = ['hotlineTickets', 'hotlineOnTimeRate', 'hotlineResolutionRate', 'hotlineSatisfactionRate'];

/**
 * 12345热线: the month's tickets (assigned, answered in time, closed, solved, closed late), the four
 * rates against the scheme's targets, twelve months of them with the targets drawn, and the units
 * with the most tickets closed late.
 */
export function HotlineScreen({ engine, evaluation, period, nameOf }: { engine: EngineData; evaluation: PeriodEvaluation; period: Period; nameOf: NameOf }) {
  const i18n = useI18n();
  const { t, formatCount, formatMonth, formatRate } = i18n;
  const palette = useScreenPalette();
  const scheme = evaluation.scheme;
  const scope = evaluation.scope;

  const tiles = useKeptMemo(
    'hotline.tiles',
    () => {
      const list = HOTLINE_COUNTS.flatMap((id) => {
        const tile = indicatorTile(lookupIndicator(scheme.definitions, id), scope, i18n);
        return tile ? [tile] : [];
      }) as CountTileView[];
      const late = lateTickets(scope);
      list.push({
        key: 'late',
        label: t('screen.hotline.late'),
        value: late === null ? t('state.noValue') : formatCount(late),
        note: t('screen.hotline.lateNote'),
        tone: late !== null && late > 0 ? 'warn' : null,
      });
      return list;
    },
    [scheme, scope, i18n, t, formatCount],
  );
  const trendChart = useKeptMemo('hotline.trend', () => screenTrend(engine, evaluation, period.to, 12, HOTLINE_TREND, i18n, palette.tokens), [
    engine,
    evaluation,
    period.to,
    i18n,
    palette,
  ]);
  const units = useKeptMemo('hotline.units', () => lateTicketUnits(evaluation), [evaluation]);
  const trendTitle = t('screen.hotline.trend', { count: trendChart?.months ?? 0 });

  return (
    <div className="screen-page service hotline">
      <ScreenPanel id="screen-hotline-rings" title={t('screen.hotline.rates')} note={formatMonth(period.to)}>
        <TargetRings ids={HOTLINE_RINGS} scheme={scheme} scope={scope} />
      </ScreenPanel>
      <ScreenPanel id="screen-hotline-counts" title={t('screen.hotline.counts')}>
        <CountTiles tiles={tiles} label={t('screen.hotline.counts')} />
      </ScreenPanel>
      <ScreenPanel id="screen-hotline-trend" title={trendTitle} note={t('screen.trend.targetNote')}>
        {trendChart && <ScreenChart option={trendChart.option} label={trendTitle} />}
      </ScreenPanel>
      <ScreenPanel id="screen-hotline-units" title={t('screen.hotline.units')}>
        {units.length === 0 ? (
          <p className="screen-calm">{t('screen.hotline.noLate')}</p>
        ) : (
          <UnitBars
            label={t('screen.hotline.units')}
            rows={units.map((unit) => ({
              key: unit.officeId,
              name: nameOf(unit.officeId),
              value: unit.late,
              figure: t('screen.hotline.lateCount', { count: formatCount(unit.late) }),
              warn: true,
              detail: [
                unit.tickets === null ? null : t('screen.hotline.tickets', { count: formatCount(unit.tickets) }),
                unit.onTimeRate === null ? null : t('screen.hotline.onTime', { rate: formatRate(unit.onTimeRate) }),
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
