import { useId, useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { indicatorById, type IndicatorId, type Scheme } from '../../domain';
import type { EngineData, TrendPoint } from '../../engine';
import { IndicatorFigure, indicatorName, MonthSpanPicker, useI18n, type Column, type MonthSpan } from '../../ui';
import { overviewTrendPoints, trendOptions } from './chartOptions';
import { RATE_TREND, VOLUME_TREND } from './headline';

/** The region's roll-up month by month: volume, and the key rates as small multiples. */
export function TrendsPanel({
  engine,
  scopeId,
  scopeName,
  scheme,
  to,
  span,
  onSpanChange,
}: {
  engine: EngineData;
  scopeId: string;
  scopeName: string;
  scheme: Scheme;
  to: string;
  span: MonthSpan;
  onSpanChange: (span: MonthSpan) => void;
}) {
  const i18n = useI18n();
  const { t, locale, formatMonth } = i18n;
  const headingId = useId();

  const points = useMemo(() => overviewTrendPoints(engine, scopeId, to, span, scheme), [engine, scopeId, to, span, scheme]);
  const charts = useMemo(() => trendOptions(points, i18n, scheme), [points, i18n, scheme]);

  const columns = (ids: readonly IndicatorId[]): Column<TrendPoint>[] => [
    { key: 'month', header: t('overview.trends.month'), cell: (point) => formatMonth(point.month) },
    ...ids.map((id) => ({
      key: id,
      header: indicatorName(id, locale),
      numeric: true,
      cell: (point: TrendPoint) => <IndicatorFigure indicator={indicatorById(id)} value={point.values[id]} />,
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
        <MonthSpanPicker value={span} onChange={onSpanChange} label={t('overview.trends.span')} optionLabel={(n) => t('overview.trends.spanOption', { n })} />
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
