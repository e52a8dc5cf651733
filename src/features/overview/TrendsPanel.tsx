import { useId, useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { trendOption, type TrendPanel } from '../../charts/options/trend';
import { indicatorById, isRate, type IndicatorId } from '../../domain';
import { trend, type EngineData, type TrendPoint } from '../../engine';
import { LIGHT, useI18n, type Column } from '../../ui';
import { RATE_TREND, TREND_SPANS, VOLUME_TREND, type TrendSpan } from './headline';
import { seriesValues, trendRange } from './trend-data';

const TREND_INDICATORS: readonly IndicatorId[] = [...VOLUME_TREND, ...RATE_TREND];

/** The region's roll-up month by month: volume, and the key rates as small multiples. */
export function TrendsPanel({
  engine,
  scopeId,
  scopeName,
  to,
  span,
  onSpanChange,
}: {
  engine: EngineData;
  scopeId: string;
  scopeName: string;
  to: string;
  span: TrendSpan;
  onSpanChange: (span: TrendSpan) => void;
}) {
  const i18n = useI18n();
  const { t, locale, formatMonth, formatIndicator } = i18n;
  const selectId = useId();
  const headingId = useId();
  const label = (id: IndicatorId) => (locale === 'en' ? indicatorById(id).label.en : indicatorById(id).label.zh);

  const points = useMemo<TrendPoint[]>(() => {
    const range = trendRange(engine, to, span);
    return range ? trend(engine, scopeId, TREND_INDICATORS, range) : [];
  }, [engine, scopeId, to, span]);

  const charts = useMemo(() => {
    const categories = points.map((point) => formatMonth(point.month));
    const partial = points.map((point) => point.partial);
    const panel = (ids: readonly IndicatorId[], title?: string): TrendPanel => {
      const first = indicatorById(ids[0]!);
      return {
        title,
        unit: isRate(first) ? 'rate' : 'count',
        formatValue: (value) => formatIndicator(first, value),
        lines: ids.map((id) => ({ name: label(id), values: seriesValues(points, id) })),
      };
    };
    const common = { categories, partial, partialNote: t('overview.partialMonth'), markColor: LIGHT.yellow };
    return {
      volume: trendOption({ ...common, panels: [panel(VOLUME_TREND)] }),
      rates: trendOption({ ...common, columns: 3, panels: RATE_TREND.map((id) => panel([id], label(id))) }),
    };
    // label depends only on locale, formatters on the i18n object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [points, i18n]);

  const columns = (ids: readonly IndicatorId[]): Column<TrendPoint>[] => [
    { key: 'month', header: t('overview.trends.month'), cell: (point) => formatMonth(point.month) },
    ...ids.map((id) => ({
      key: id,
      header: label(id),
      numeric: true,
      cell: (point: TrendPoint) => formatIndicator(indicatorById(id), point.values[id]),
    })),
    {
      key: 'status',
      header: t('overview.trends.status'),
      cell: (point) => (point.partial ? t('overview.partialMonth') : t('overview.completeMonth')),
    },
  ];
  const rowKey = (point: TrendPoint) => point.month;

  return (
    <section aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('overview.trends.heading')}</h2>
        <label htmlFor={selectId}>{t('overview.trends.span')}</label>
        <select id={selectId} value={span} onChange={(event) => onSpanChange(Number(event.target.value) as TrendSpan)}>
          {TREND_SPANS.map((n) => (
            <option key={n} value={n}>
              {t('overview.trends.spanOption', { n })}
            </option>
          ))}
        </select>
      </div>
      <div className="overview-trends">
        <ChartPanel
          title={t('overview.trends.volume', { scope: scopeName })}
          chart={{ option: charts.volume, height: 300 }}
          table={{ columns: columns(VOLUME_TREND), rows: points, rowKey }}
        />
        <ChartPanel
          title={t('overview.trends.rates', { scope: scopeName })}
          chart={{ option: charts.rates, height: 360 }}
          table={{ columns: columns(RATE_TREND), rows: points, rowKey }}
        />
      </div>
    </section>
  );
}
