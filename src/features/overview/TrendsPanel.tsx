import { useId, useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { indicatorById, type IndicatorId } from '../../domain';
import type { EngineData, TrendPoint } from '../../engine';
import { useI18n, type Column } from '../../ui';
import { indicatorLabel, overviewTrendPoints, trendOptions } from './chart-options';
import { RATE_TREND, TREND_SPANS, VOLUME_TREND, type TrendSpan } from './headline';

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

  const points = useMemo(() => overviewTrendPoints(engine, scopeId, to, span), [engine, scopeId, to, span]);
  const charts = useMemo(() => trendOptions(points, i18n), [points, i18n]);

  const columns = (ids: readonly IndicatorId[]): Column<TrendPoint>[] => [
    { key: 'month', header: t('overview.trends.month'), cell: (point) => formatMonth(point.month) },
    ...ids.map((id) => ({
      key: id,
      header: indicatorLabel(id, locale),
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
